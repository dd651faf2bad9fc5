package id.rembuk.participants;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Duplicates;
import id.rembuk.domain.Group;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Participant.Unsur;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files the way offices produce them, each quirk in a file of its own kind. */
class ParticipantImportCsvTest {
    @TempDir
    Path dir;

    private static List<String> keys(RowPreview r) {
        return r.problems().stream().map(RowProblem::key).toList();
    }

    private static Participant participant(ImportPreview p, int row) {
        return p.row(row).orElseThrow().participant().orElseThrow();
    }

    /** Excel "CSV" on an Indonesian Windows: semicolons, Windows-1252, a title block, empty rows, extra columns. */
    @Test
    void semicolonWindows1252WithTitleEmptyRowsExtraColumnsAndQuotedNewline() throws Exception {
        String csv = String.join("\r\n",
                "DAFTAR PESERTA BIMTEK SMART CITY TAHAP I, KABUPATEN BANGGAI;;;;;;;;;",
                "Luwuk, 16 Juni 2022;;;;;;;;;",
                ";;;;;;;;;",
                "No;Nama;NIP;Jabatan;Instansi/OPD;Unsur;Kelompok;No. HP;Email;Tanda Tangan",
                "1;Bpk. Ahmad Syafi\u2019i, S.Kom.;197805122003121004;Kepala Bidang Aplikasi Informatika;"
                        + "Dinas Komunikasi dan Informatika;OPD;Smart Governance;0812 3456 7890;ahmad@banggaikab.go.id;",
                "2;Ni Made Sri Astuti, S.E., M.Si.;1,98E+17;\"Kepala Bidang\r\nAnggaran\";BPKAD;Perangkat Daerah;"
                        + "Tata Kelola;081298765432;;",
                ";;;;;;;;;",
                "3;Andr\u00e9as Tangkilisan;19800101200501100;Dosen;Universitas Tompotika;Akademisi;ECO;6281311112222;;",
                "4;Rahmat Lamadi;-;Ketua;KNPI;Tim Pelaksana;Kelompok 9;+62 813-1111-2222;rahmat@contoh;",
                "5;;;;;;;;;",
                "");
        Path f = ImportFiles.text(dir.resolve("peserta.csv"), csv, TextDecoding.WINDOWS_1252, false);

        ImportPreview p = ImportPreview.read(f, List.of());

        ImportPreview.Source s = p.source();
        assertThat(s.format()).isEqualTo(Table.Format.CSV);
        assertThat(s.encoding()).isEqualTo("Windows-1252");
        assertThat(s.delimiter()).isEqualTo(";");
        assertThat(s.headerRow()).isEqualTo(4);
        assertThat(s.headers()).containsEntry(Column.INSTITUTION, "Instansi/OPD").containsEntry(Column.PHONE, "No. HP");
        assertThat(s.ignored()).extracting(HeaderMap.IgnoredColumn::header, HeaderMap.IgnoredColumn::letter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("No", "A"),
                        org.assertj.core.groups.Tuple.tuple("Tanda Tangan", "J"));
        assertThat(p.rows()).extracting(RowPreview::row).containsExactly(5, 6, 8, 9);

        Participant ahmad = participant(p, 5);
        assertThat(ahmad.name()).isEqualTo("Bpk. Ahmad Syafi\u2019i, S.Kom.");
        assertThat(ahmad.nip()).isEqualTo("197805122003121004");
        assertThat(ahmad.institution()).isEqualTo("Dinas Komunikasi dan Informatika");
        assertThat(ahmad.unsur()).isEqualTo(Unsur.OPD);
        assertThat(ahmad.group()).isEqualTo(Group.idFor(Dimension.GOV));
        assertThat(ahmad.phone()).isEqualTo("0812 3456 7890");
        assertThat(p.row(5).orElseThrow().problems()).isEmpty();

        // 1,98E+17: flagged, and the row would be imported only without a NIP
        RowPreview made = p.row(6).orElseThrow();
        assertThat(keys(made)).containsExactly("participants.problem.nip_scientific");
        assertThat(made.problems().get(0).message()).contains("1,98E+17");
        assertThat(made.participant().orElseThrow().nip()).isEmpty();
        assertThat(made.participant().orElseThrow().name()).isEqualTo("Ni Made Sri Astuti, S.E., M.Si.");
        assertThat(made.participant().orElseThrow().jabatan()).isEqualTo("Kepala Bidang Anggaran");
        assertThat(made.participant().orElseThrow().unsur()).isEqualTo(Unsur.OPD);
        assertThat(made.importable(false)).isFalse();
        assertThat(made.importable(true)).isTrue();

        RowPreview andreas = p.row(8).orElseThrow();
        assertThat(andreas.participant().orElseThrow().name()).isEqualTo("Andr\u00e9as Tangkilisan");
        assertThat(keys(andreas)).containsExactly("participants.problem.nip_short");
        assertThat(andreas.problems().get(0).args()).containsExactly("19800101200501100", "17");

        // "-" is no NIP; Tim Pelaksana and an unknown group are warnings; a bad e-mail is a droppable error
        RowPreview rahmat = p.row(9).orElseThrow();
        assertThat(keys(rahmat)).containsExactly("participants.problem.unsur_team", "participants.problem.group_unknown",
                "participants.problem.email_invalid");
        assertThat(rahmat.participant().orElseThrow().unsur()).isEqualTo(Unsur.LAINNYA);
        assertThat(rahmat.participant().orElseThrow().group()).isEmpty();
        assertThat(rahmat.participant().orElseThrow().nip()).isEmpty();
        // +62 813-1111-2222 and 6281311112222 are the same number
        assertThat(rahmat.inFile()).containsExactly(new RowPreview.FileMatch(8, Duplicates.Reason.PHONE));
        assertThat(andreas.inFile()).containsExactly(new RowPreview.FileMatch(9, Duplicates.Reason.PHONE));

        ImportPreview.Counts c = p.counts();
        assertThat(c.rows()).isEqualTo(4);
        assertThat(c.ready()).isEqualTo(1);
        assertThat(c.withErrors()).isEqualTo(3);
        assertThat(c.fixable()).isEqualTo(3);
        assertThat(c.withWarnings()).isEqualTo(1);
        assertThat(c.duplicatesInFile()).isEqualTo(2);
        assertThat(c.emptyRows()).isEqualTo(1);
    }

    /** Excel's "CSV UTF-8": a BOM, commas, English headers in another order, quoted names with commas. */
    @Test
    void commaUtf8WithBomAndEnglishHeadersInAnotherOrder() throws Exception {
        String csv = String.join("\n",
                "Email,Phone,Notes,Name,Group,Category,Institution,Position,NIP",
                "astuti@gianyarkab.go.id,'081234567001,datang hari kedua,\"Ni Made Sri Astuti, S.E., M.Si.\","
                        + "Smart Economy,Government,\"Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)\","
                        + "Kepala Bidang Anggaran,'198203152006042003",
                "\"syafii@contoh.id\",+62 812 3456 7002,,\"Bpk. Ahmad Syafi'i, S.Kom.\",Environment,Academia,"
                        + "\"Universitas Tompotika, Luwuk\",\"Dosen\nTeknik Informatika\",\"19780512 200312 1 004\"",
                "");
        Path f = ImportFiles.text(dir.resolve("participants.csv"), csv, StandardCharsets.UTF_8, true);

        ImportPreview p = ImportPreview.read(f, List.of());

        assertThat(p.source().encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(p.source().delimiter()).isEqualTo(",");
        assertThat(p.source().headerRow()).isEqualTo(1);
        assertThat(p.source().ignored()).extracting(HeaderMap.IgnoredColumn::header).containsExactly("Notes");
        assertThat(p.rows()).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        Participant astuti = participant(p, 2);
        assertThat(astuti).extracting(Participant::name, Participant::nip, Participant::jabatan, Participant::institution,
                        Participant::unsur, Participant::group, Participant::phone, Participant::email)
                .containsExactly("Ni Made Sri Astuti, S.E., M.Si.", "198203152006042003", "Kepala Bidang Anggaran",
                        "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)", Unsur.OPD, "ECO", "081234567001",
                        "astuti@gianyarkab.go.id");
        Participant ahmad = participant(p, 3);
        assertThat(ahmad.name()).isEqualTo("Bpk. Ahmad Syafi'i, S.Kom.");
        // the printed form of a NIP is the same 18 digits
        assertThat(ahmad.nip()).isEqualTo("197805122003121004");
        assertThat(ahmad.institution()).isEqualTo("Universitas Tompotika, Luwuk");
        assertThat(ahmad.jabatan()).isEqualTo("Dosen Teknik Informatika");
        assertThat(ahmad.unsur()).isEqualTo(Unsur.AKADEMISI);
        assertThat(ahmad.group()).isEqualTo("ENV");
    }

    @Test
    void utf8WithoutBomAndTabs() throws Exception {
        String tsv = "Nama\tInstansi\tHP\tKelompok\n\u00c9tienne Kalengkongan\tDinas Pariwisata\t0813 5555 1234\tBRD\n";
        Path f = ImportFiles.text(dir.resolve("peserta.txt"), tsv, StandardCharsets.UTF_8, false);
        ImportPreview p = ImportPreview.read(f, List.of());
        assertThat(p.source().encoding()).isEqualTo("UTF-8");
        assertThat(p.source().delimiter()).isEqualTo("Tab");
        assertThat(participant(p, 2).name()).isEqualTo("\u00c9tienne Kalengkongan");
        assertThat(participant(p, 2).group()).isEqualTo("BRD");
    }

    @Test
    void excelSeparatorHintLineIsObeyedAndNotCounted() throws Exception {
        // the data line has more semicolons than the header has commas: without the hint, ';' would win
        String csv = "sep=,\nNama,Instansi\nHasan Saleh,Dinas Sosial; Bidang A; Bidang B\n";
        Path f = ImportFiles.text(dir.resolve("sep.csv"), csv, StandardCharsets.UTF_8, false);
        ImportPreview p = ImportPreview.read(f, List.of());
        assertThat(p.source().delimiter()).isEqualTo(",");
        assertThat(p.source().headerRow()).isEqualTo(1);
        assertThat(participant(p, 2).institution()).isEqualTo("Dinas Sosial; Bidang A; Bidang B");
    }

    @Test
    void headerNamesOfficesUse() throws Exception {
        String csv = "NO.;NAMA PESERTA;Nama Instansi;Nama Jabatan;Jenis Kelamin;No. WA;Alamat E-mail;NIP (bagi ASN);Unsur Peserta\n"
                + "1;Sri Husain;Dinas Kesehatan;Kepala Seksi;P;0813 1234 0001;sri@dinkes.go.id;-;OPD\n";
        ImportPreview p = ImportPreview.read(ImportFiles.text(dir.resolve("kop.csv"), csv, StandardCharsets.UTF_8,
                false), List.of());
        assertThat(p.source().headers()).containsOnlyKeys(Column.NAME, Column.INSTITUTION, Column.JABATAN,
                Column.PHONE, Column.EMAIL, Column.NIP, Column.UNSUR);
        assertThat(p.source().ignored()).extracting(HeaderMap.IgnoredColumn::header).containsExactly("NO.", "Jenis Kelamin");
        assertThat(participant(p, 2)).isEqualTo(new Participant(participant(p, 2).id(), "Sri Husain", "", "Kepala Seksi",
                "Dinas Kesehatan", Unsur.OPD, "", "0813 1234 0001", "sri@dinkes.go.id"));
    }

    @Test
    void everyNipManglingIsFlaggedAndNeverStored() throws Exception {
        String csv = String.join("\n",
                "Nama;NIP",
                "A Satu;1.98E+17",
                "A Dua;1,98001E+17",
                "A Tiga;19780512200312100",
                "A Empat;198001012005011000",
                "A Lima;7271012345678901",
                "A Enam;198.001.012.005.011.001",
                "A Tujuh;1980O1O12OO5O11OO1",
                "A Delapan;1978051220031210041",
                "A Sembilan;199913322003121004",
                "A Sepuluh;'197805122003121004",
                "A Sebelas;NIP. 197805122003121004",
                "A Dua Belas;19780512 200312 1 004",
                "");
        Path f = ImportFiles.text(dir.resolve("nip.csv"), csv, StandardCharsets.UTF_8, false);
        ImportPreview p = ImportPreview.read(f, List.of());
        assertThat(p.rows()).extracting(r -> keys(r).isEmpty() ? "" : keys(r).get(0)).containsExactly(
                "participants.problem.nip_scientific", "participants.problem.nip_scientific",
                "participants.problem.nip_short", "participants.problem.nip_rounded", "participants.problem.nip_nik",
                "participants.problem.nip_separators", "participants.problem.nip_not_digits",
                "participants.problem.nip_long", "participants.problem.nip_pattern", "", "", "");
        // an error keeps the NIP out; a doubtful pattern (a warning) keeps the digits exactly as typed
        assertThat(p.rows().subList(0, 8)).allSatisfy(r -> {
            assertThat(r.hasErrors()).isTrue();
            assertThat(r.participant().orElseThrow().nip()).isEmpty();
            assertThat(r.canDropBadFields()).isTrue();
        });
        assertThat(participant(p, 10).nip()).isEqualTo("199913322003121004");
        assertThat(p.rows().subList(9, 12)).allSatisfy(r ->
                assertThat(r.participant().orElseThrow().nip()).isEqualTo("197805122003121004"));
    }

    @Test
    void phonesAndEmailsInOneContactColumn() throws Exception {
        String csv = "Nama,No. HP/Email\nLukman Saleh,0812 1111 2222 / lukman@contoh.id\nSri Husain,sri@contoh.id\n"
                + "Wahyu Rauf,81311112222\nIndah Baso,8.13111E+10\n";
        Path f = ImportFiles.text(dir.resolve("kontak.csv"), csv, StandardCharsets.UTF_8, false);
        ImportPreview p = ImportPreview.read(f, List.of());
        assertThat(participant(p, 2).phone()).isEqualTo("0812 1111 2222");
        assertThat(participant(p, 2).email()).isEqualTo("lukman@contoh.id");
        assertThat(participant(p, 3).phone()).isEmpty();
        assertThat(participant(p, 3).email()).isEqualTo("sri@contoh.id");
        // a mobile number that lost its 0 gets it back, and the row says so
        assertThat(participant(p, 4).phone()).isEqualTo("081311112222");
        assertThat(keys(p.row(4).orElseThrow())).containsExactly("participants.problem.phone_zero");
        assertThat(keys(p.row(5).orElseThrow())).containsExactly("participants.problem.phone_scientific");
        assertThat(participant(p, 5).phone()).isEmpty();
    }

    @Test
    void unsurAndGroupAreReadLenientlyAndUnknownValuesReported() throws Exception {
        String csv = String.join("\n", "Nama;Kategori;Dimensi",
                "P1;Dewan Smart City;Tata Kelola", "P2;Perangkat Daerah;Smart Branding", "P3;Seniman/Budayawan;Kelompok Ekonomi",
                "P4;Relawan TIK;Smart Living", "P5;Swasta;Society", "P6;Media;Lingkungan", "P7;Akademisi;Struktur",
                "P8;Tokoh Agama;Kelompok 1", "P9;Narasumber;Infrastruktur", "P10;panitia;suprastruktur", "");
        Path f = ImportFiles.text(dir.resolve("unsur.csv"), csv, StandardCharsets.UTF_8, false);
        ImportPreview p = ImportPreview.read(f, List.of());
        assertThat(p.rows()).extracting(r -> r.participant().orElseThrow().unsur()).containsExactly(
                Unsur.DEWAN_SMART_CITY, Unsur.OPD, Unsur.SENIMAN_BUDAYAWAN, Unsur.RELAWAN_TIK, Unsur.BISNIS, Unsur.MEDIA,
                Unsur.AKADEMISI, Unsur.LAINNYA, Unsur.TENAGA_AHLI, Unsur.PANITIA);
        assertThat(p.rows()).extracting(r -> r.participant().orElseThrow().group()).containsExactly(
                "GOV", "BRD", "ECO", "LIV", "SOC", "ENV", "STRUKTUR", "", "INFRASTRUKTUR", "SUPRASTRUKTUR");
        assertThat(keys(p.row(9).orElseThrow())).containsExactly("participants.problem.unsur_unknown",
                "participants.problem.group_unknown");
        assertThat(p.row(9).orElseThrow().hasErrors()).isFalse();
        assertThat(p.rows()).filteredOn(r -> r.row() != 9).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void rowsWithoutANameAreErrorsThatCannotBeDropped() throws Exception {
        String csv = "No;Nama;Instansi\n1;;Dinas Sosial\n2;Budi Lasaka;\n3;;\n";
        Path f = ImportFiles.text(dir.resolve("tanpa-nama.csv"), csv, StandardCharsets.UTF_8, false);
        ImportPreview p = ImportPreview.read(f, List.of());
        // a numbered but unused line of a form is an empty row, not an error
        assertThat(p.rows()).extracting(RowPreview::row).containsExactly(2, 3);
        RowPreview noName = p.row(2).orElseThrow();
        assertThat(keys(noName)).containsExactly("participants.problem.name_missing");
        assertThat(noName.participant()).isEmpty();
        assertThat(noName.canDropBadFields()).isFalse();
        assertThat(noName.importable(true)).isFalse();
    }

    @Test
    void aRepeatedHeaderFurtherDownIsSkipped() throws Exception {
        String csv = "Nama,Instansi\nBudi Lasaka,Dinas Sosial\nNama,Instansi\nSri Husain,Dinas Kesehatan\n";
        ImportPreview p = ImportPreview.read(ImportFiles.text(dir.resolve("dua-halaman.csv"), csv,
                StandardCharsets.UTF_8, false), List.of());
        assertThat(p.rows()).extracting(RowPreview::row).containsExactly(2, 4);
        assertThat(p.counts().repeatedHeaders()).isEqualTo(1);
    }
}
