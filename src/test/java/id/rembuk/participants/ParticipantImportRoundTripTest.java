package id.rembuk.participants;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Participant;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.store.SessionFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The sample session's 80 participants, written to Excel the way an office would and imported again. */
class ParticipantImportRoundTripTest {
    @TempDir
    Path dir;

    /** Everything but the id, which a new session gives afresh. */
    record Fields(String name, String nip, String jabatan, String institution, Participant.Unsur unsur, String group,
                  String phone, String email) {
        static Fields of(Participant p) {
            return new Fields(p.name(), p.nip(), p.jabatan(), p.institution(), p.unsur(), p.group(), p.phone(), p.email());
        }
    }

    private static List<Fields> fields(List<Participant> ps) {
        return ps.stream().map(Fields::of).sorted(Comparator.comparing(Fields::name)).toList();
    }

    /** Unsur and group written as their labels in the language of the list, headers too, in another order. */
    private static List<List<Object>> sheet(List<Participant> ps, boolean english) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(english ? "PARTICIPANTS, SMART CITY WORKSHOP STAGE I" : "DAFTAR PESERTA BIMTEK SMART CITY TAHAP I"));
        rows.add(List.of());
        rows.add(english
                ? Arrays.asList("No", "Full name", "Institution", "Position", "NIP", "Category", "Group", "Mobile", "E-mail", "Signature")
                : Arrays.asList("No", "Nama Lengkap", "Instansi/OPD", "Jabatan", "NIP", "Unsur", "Kelompok", "No. HP", "Email", "Tanda Tangan"));
        int n = 1;
        for (Participant p : ps) {
            String group = Dimension.ofCode(p.group()).map(Dimension::defaultLabel).orElse(p.group());
            rows.add(Arrays.asList(n++, p.name(), p.institution(), p.jabatan(), p.nip().isEmpty() ? "-" : p.nip(),
                    Messages.get(p.unsur().messageKey()), group, p.phone(), p.email(), null));
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void theSamplesParticipantsComeBackFromExcelUnchanged(String language) throws Exception {
        SessionState sample = SessionState.fold(SessionJsonCodec.read(Path.of("samples/banggai-tahap1.json")).changes());
        List<Participant> original = ImportPreview.participantsOf(sample);
        assertThat(original).hasSize(80);

        Locale before = Messages.locale();
        Path xlsx;
        try {
            Messages.setLocale(Locale.forLanguageTag(language));
            xlsx = ImportFiles.xlsx(dir.resolve("peserta-" + language + ".xlsx"), "Peserta",
                    sheet(original, language.equals("en")));
        } finally {
            Messages.setLocale(before);
        }

        try (SessionFile s = SessionFile.create(dir.resolve("baru.mv.db"), UUID.randomUUID(), "test")) {
            ImportPreview p = ImportPreview.read(xlsx, s.state());
            assertThat(p.rows()).hasSize(80);
            assertThat(p.rows()).allSatisfy(r -> assertThat(r.problems()).as("row " + r.row()).isEmpty());
            assertThat(p.counts().ready()).isEqualTo(80);
            assertThat(p.counts().duplicatesInFile()).isZero();
            s.apply(p.toAction(Choices.defaults()).orElseThrow());
            assertThat(s.undoLabel()).contains("Impor 80 peserta dari peserta-" + language + ".xlsx");
            List<Participant> imported = ImportPreview.participantsOf(s.state());
            assertThat(fields(imported)).isEqualTo(fields(original));
        }
    }
}
