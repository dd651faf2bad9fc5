package id.rembuk.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Participant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The keyword table of natural dimensions, as OPD names are really written. */
class GroupNaturalDimensionsTest {
    private final NaturalDimensions table = NaturalDimensions.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Badan Perencanaan Pembangunan Daerah dan Penelitian Pengembangan (Bappeda dan Litbang)|GOV",
        "BAPPEDA|GOV",
        "Inspektorat Daerah|GOV",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)|GOV",
        "Bagian Organisasi Sekretariat Daerah|GOV",
        "Bagian Perekonomian Sekretariat Daerah|ECO",
        "Dinas Pariwisata dan Kebudayaan|BRD",
        "Dinas Komunikasi dan Informatika|BRD",
        "Dinas Komunikasi, Informatika, Statistik dan Persandian|BRD",
        "Dinas Perdagangan|ECO",
        "Dinas Koperasi dan UMKM|ECO",
        "Dinas Kelautan dan Perikanan|ECO",
        "Dinas Kesehatan|LIV",
        "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)|LIV",
        "Dinas Perumahan dan Kawasan Permukiman|LIV",
        "Dinas Perhubungan|LIV",
        "Dinas Sosial|SOC",
        "Dinas Pendidikan dan Kebudayaan|SOC",
        "Dinas Kependudukan dan Pencatatan Sipil|SOC",
        "Dinas Pemberdayaan Masyarakat dan Desa|SOC",
        "Dinas Lingkungan Hidup|ENV",
        "Badan Penanggulangan Bencana Daerah (BPBD)|ENV",
        "Dinas Kebersihan dan Pertamanan|ENV"})
    void opdNamesPointToTheirDimension(String institution, String code) {
        assertThat(table.of(institution)).contains(Dimension.valueOf(code));
    }

    @ParameterizedTest
    @CsvSource({"Kecamatan Luwuk", "Universitas Tompotika Luwuk", "''", "Sosialita"})
    void otherNamesHaveNone(String institution) {
        assertThat(table.of(institution)).isEmpty();
    }

    @Test
    void onlyGovernmentPeopleHaveANaturalDimension() {
        Participant opd = new Participant("a", "A", "", "", "Dinas Kesehatan", Participant.Unsur.OPD, "", "", "");
        Participant dewan = new Participant("b", "B", "", "", "Dinas Kesehatan", Participant.Unsur.DEWAN_SMART_CITY,
                "", "", "");
        Participant community = new Participant("c", "C", "", "", "Forum Dinas Kesehatan", Participant.Unsur.KOMUNITAS,
                "", "", "");
        assertThat(table.of(opd)).contains(Dimension.LIV);
        assertThat(table.of(dewan)).contains(Dimension.LIV);
        assertThat(table.of(community)).isEmpty();
    }

    @Test
    void aTableIsReadFromLinesAndABadLineIsNamed() {
        NaturalDimensions own = NaturalDimensions.parse(List.of("# komentar", "", "env: taman kota, dinas taman"));
        assertThat(own.of("Dinas Taman Kota")).contains(Dimension.ENV);
        assertThat(own.of("Bappeda")).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> NaturalDimensions.parse(List.of("XYZ: bappeda"))).hasMessageContaining("line 1");
    }

    @Test
    void institutionsCompareLooselyAndShowTheirAbbreviation() {
        assertThat(Institutions.key(" Dinas  Sosial. ")).isEqualTo(Institutions.key("DINAS SOSIAL"));
        assertThat(Institutions.shortName("Badan Penanggulangan Bencana Daerah (BPBD)")).isEqualTo("BPBD");
        assertThat(Institutions.shortName("Dinas Sosial")).isEqualTo("Dinas Sosial");
    }
}
