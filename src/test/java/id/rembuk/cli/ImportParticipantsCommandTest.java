package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Participant;
import id.rembuk.participants.ImportPreview;
import id.rembuk.store.SessionFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rembuk import-participants}: the report, --dry-run leaving everything alone, and the real write. */
class ImportParticipantsCommandTest {
    private static final String LIST = String.join("\r\n",
            "DAFTAR PESERTA BIMTEK SMART CITY TAHAP I;;;;;;;;",
            "No;Nama;NIP;Jabatan;Instansi/OPD;Unsur;Kelompok;No. HP;Email",
            "1;Bpk. Ahmad Syafi\u2019i, S.Kom.;197805122003121004;Kepala Bidang Aplikasi Informatika;Diskominfo;OPD;GOV;"
                    + "0812 3456 7890;ahmad@banggaikab.go.id",
            "2;Ni Made Sri Astuti, S.E., M.Si.;1,98E+17;Kepala Bidang Anggaran;BPKAD;Dewan Smart City;ECO;"
                    + "081298765432;",
            ";;;;;;;;",
            "3;Rahmat Lamadi;;Ketua;KNPI;Tim Pelaksana;SOC;+62 813-1111-2222;",
            "4;;;Staf;Dinas Sosial;;;;",
            "");

    @TempDir
    Path dir;
    Path session;
    Path list;

    @BeforeEach
    void newSessionAndList() throws Exception {
        session = dir.resolve("banggai.rembuk");
        CliRun r = CliRun.of("new", "--region", "Kabupaten Banggai", "--stage", "I", "--from", "2022-06-16",
                "--no-agenda", "-o", session.toString());
        assertThat(r.code()).as(r.err()).isZero();
        list = dir.resolve("peserta.csv");
        Files.write(list, LIST.getBytes(Charset.forName("windows-1252")));
    }

    private List<Participant> participants() throws Exception {
        Path copy = dir.resolve("baca-" + System.nanoTime() + SessionFile.SUFFIX);
        Files.copy(session, copy);
        try (SessionFile s = SessionFile.open(copy, true)) {
            assertThat(s.verify().ok()).isTrue();
            return ImportPreview.participantsOf(s.state()).stream()
                    .sorted(Comparator.comparing(Participant::name)).toList();
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private record Snapshot(byte[] bytes, FileTime time) {
        static Snapshot of(Path p) throws Exception {
            return new Snapshot(Files.readAllBytes(p), Files.getLastModifiedTime(p));
        }

        void assertSame(Path p) throws Exception {
            assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
            assertThat(Files.getLastModifiedTime(p)).isEqualTo(time);
        }
    }

    private void assertNoLeftovers() throws Exception {
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("banggai.rembuk", "peserta.csv");
        }
    }

    @Test
    void dryRunPrintsTheReportAndChangesNothing() throws Exception {
        Snapshot s = Snapshot.of(session);
        Snapshot l = Snapshot.of(list);
        CliRun r = CliRun.of("import-participants", session.toString(), list.toString(), "--dry-run");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains(
                "Berkas       : peserta.csv (CSV, pemisah \";\", Windows-1252)",
                "Judul kolom  : baris 2: Nama, NIP, Jabatan, Instansi/OPD, Unsur, Kelompok, No. HP, Email",
                "Kolom A \"No\" diabaikan: judul kolom tidak dikenal; tidak diimpor",
                "Baris 4 KESALAHAN  NIP: NIP tertulis 1,98E+17",
                "Baris 6 peringatan Unsur: \"Tim Pelaksana\" adalah tim, bukan unsur",
                "Baris 7 KESALAHAN  Nama: Nama kosong",
                "Ringkasan: 4 baris peserta; 2 siap diimpor, 2 ada kesalahan, 1 ada peringatan, 0 sudah ada di sesi, "
                        + "0 ganda dalam berkas, 1 baris kosong dilewati.",
                "1 baris hanya bermasalah pada NIP, nomor HP atau email; pakai --without-bad-values",
                "Baris 4 tidak diimpor: ada kesalahan",
                "Uji coba (--dry-run): 2 peserta akan ditambahkan, 0 dilengkapi, 2 baris dilewati. Sesi tidak diubah.");
        assertThat(r.clean()).isTrue();
        s.assertSame(session);
        l.assertSame(list);
        assertNoLeftovers();
        assertThat(participants()).isEmpty();
    }

    @Test
    void importWritesTheSessionAndASecondRunFindsEveryoneThere() throws Exception {
        Snapshot l = Snapshot.of(list);
        CliRun r = CliRun.of("import-participants", session.toString(), list.toString());
        // rows with errors stayed out: exit 1, the others are in
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Selesai: 2 peserta ditambahkan, 0 dilengkapi, 2 baris dilewati");
        assertThat(r.clean()).isTrue();
        l.assertSame(list);
        assertNoLeftovers();
        List<Participant> ps = participants();
        assertThat(ps).extracting(Participant::name).containsExactly("Bpk. Ahmad Syafi\u2019i, S.Kom.", "Rahmat Lamadi");
        assertThat(ps.get(0).nip()).isEqualTo("197805122003121004");

        // the two rows in the session are recognised; the broken NIP row can now come in without its NIP
        CliRun again = CliRun.of("import-participants", session.toString(), list.toString(), "--without-bad-values");
        assertThat(again.code()).as(again.err()).isEqualTo(1);
        assertThat(again.out()).contains(
                "Baris 3 mungkin sama dengan peserta sesi \"Bpk. Ahmad Syafi\u2019i, S.Kom.\" (NIP sama)",
                "Baris 6 mungkin sama dengan peserta sesi \"Rahmat Lamadi\" (Nomor HP sama)",
                "Baris 3 tidak diimpor: sudah ada di sesi",
                "Selesai: 1 peserta ditambahkan, 0 dilengkapi, 3 baris dilewati");
        assertThat(participants()).extracting(Participant::name, Participant::nip).contains(
                org.assertj.core.groups.Tuple.tuple("Ni Made Sri Astuti, S.E., M.Si.", ""));

        Snapshot s = Snapshot.of(session);
        Files.writeString(list, "Nama;No. HP\nRahmat Lamadi;6281311112222\n", StandardCharsets.UTF_8);
        CliRun third = CliRun.of("import-participants", session.toString(), list.toString());
        assertThat(third.code()).as(third.err()).isZero();
        assertThat(third.out()).contains("Tidak ada peserta untuk diimpor");
        s.assertSame(session);
        assertNoLeftovers();
    }

    @Test
    void duplicatesCanFillInTheParticipantsTheSessionHas() throws Exception {
        Files.writeString(list, "Nama;Instansi\nRahmat Lamadi;KNPI\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("import-participants", session.toString(), list.toString()).code()).isZero();
        Files.writeString(list, "Nama;Instansi;Email;Kelompok\nRahmat Lamadi;KNPI;rahmat@knpi.or.id;SOC\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("import-participants", session.toString(), list.toString(), "--duplicates", "update");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Selesai: 0 peserta ditambahkan, 1 dilengkapi, 0 baris dilewati");
        assertThat(participants()).singleElement().satisfies(p -> {
            assertThat(p.email()).isEqualTo("rahmat@knpi.or.id");
            assertThat(p.group()).isEqualTo("SOC");
        });
    }

    @Test
    void anUnreadableListOrSessionIsExitTwoAndChangesNothing() throws Exception {
        Snapshot s = Snapshot.of(session);
        Files.write(list, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0, 0, 0});
        CliRun r = CliRun.of("import-participants", session.toString(), list.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("berformat Excel lama (.xls)");
        assertThat(r.clean()).isTrue();
        s.assertSame(session);

        Files.writeString(list, "Nama\nBudi Lasaka\n");
        CliRun missing = CliRun.of("import-participants", dir.resolve("tidak-ada.rembuk").toString(), list.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("tidak ditemukan");
        Files.writeString(dir.resolve("bukan.rembuk"), "bukan sesi");
        CliRun notSession = CliRun.of("import-participants", dir.resolve("bukan.rembuk").toString(), list.toString(),
                "--dry-run");
        assertThat(notSession.code()).isEqualTo(2);
        assertThat(notSession.clean()).isTrue();

        CliRun bad = CliRun.of("import-participants", session.toString(), list.toString(), "--duplicates", "merge");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--duplicates", "merge");
        s.assertSame(session);
    }

    @Test
    void englishReportAndHelp() throws Exception {
        CliRun r = CliRun.withEnv(Map.of("LANG", "en_GB.UTF-8"), "import-participants", session.toString(),
                list.toString(), "--dry-run");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("File         : peserta.csv (CSV, separator \";\", Windows-1252)",
                "Row 4 ERROR   NIP: The NIP reads 1,98E+17", "Row 7 ERROR   Name: The name is empty",
                "Dry run (--dry-run): 2 participants would be added");
        CliRun help = CliRun.of("--lang", "en", "import-participants", "--help");
        assertThat(help.out()).contains("--dry-run", "--duplicates", "--without-bad-values", "Exit codes: 0",
                "SESSION", "FILE");
        assertThat(CliRun.of("--help").out()).contains("import-participants");
        assertThat(Optional.of(CliRun.of("import-participants", "--help").out()).orElseThrow())
                .contains("Kode keluar: 0 semua baris peserta diimpor");
    }
}
