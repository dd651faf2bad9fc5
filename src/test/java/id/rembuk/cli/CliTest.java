package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.store.SessionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private Path newSession(String name, String... extra) {
        Path out = dir.resolve(name);
        String[] base = {"new", "--region", "Kabupaten Banggai", "--province", "Sulawesi Tengah", "--stage", "I",
            "--from", "2022-06-16", "--to", "2022-06-17", "--venue", "Ruang Rapat Khusus Kantor Bupati Banggai",
            "--facilitator", "Rossi Adi Nugroho", "--expert", "Lukito Edi Nugroho", "--expert", "Nunug Dwi Retnandari",
            "-o", out.toString()};
        String[] args = Stream.concat(Arrays.stream(base), Arrays.stream(extra)).toArray(String[]::new);
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return out;
    }

    @Test
    void helpListsEveryCommandInIndonesianByDefault() {
        CliRun r = CliRun.of("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Pemakaian:", "Perintah:", "new", "info", "check", "export-json", "import-json",
                "Kode keluar");
        assertThat(r.clean()).isTrue();
        assertThat(CliRun.of("new", "--help").out()).contains("--region", "--stage", "--from", "--to", "--venue",
                "--province", "--facilitator", "--expert", "-o", "--force", "Nama daerah");
    }

    @Test
    void englishWithLangOptionOrEnvironment() {
        assertThat(CliRun.of("--lang", "en", "--help").out()).contains("Usage:", "Commands:", "Creates a new session");
        assertThat(CliRun.withEnv(Map.of("LANG", "en_US.UTF-8"), "--help").out()).contains("Usage:");
        assertThat(CliRun.withEnv(Map.of("LANG", "id_ID.UTF-8"), "--help").out()).contains("Pemakaian:");
        CliRun r = CliRun.withEnv(Map.of("LANG", "en_GB.UTF-8"), "check", dir.resolve("none.rembuk").toString());
        assertThat(r.err()).contains("File not found");
    }

    @Test
    void versionIsPrinted() {
        CliRun r = CliRun.of("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Rembuk ");
    }

    @Test
    void newCreatesAHealthySessionFileWithTheSessionFacts() throws Exception {
        Path out = newSession("banggai.rembuk");
        assertThat(out).isNotEmptyFile();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
        Path copy = dir.resolve("copy.mv.db");
        Files.copy(out, copy);
        try (SessionFile s = SessionFile.open(copy, true)) {
            SessionInfo info = SessionInfo.from(s.state(), s.sessionId()).orElseThrow();
            assertThat(info.region()).isEqualTo("Kabupaten Banggai");
            assertThat(info.stage()).isEqualTo(Stage.I);
            assertThat(info.days()).containsExactly(LocalDate.of(2022, 6, 16), LocalDate.of(2022, 6, 17));
            assertThat(info.experts()).containsExactly("Lukito Edi Nugroho", "Nunug Dwi Retnandari");
            assertThat(info.facilitators()).containsExactly("Rossi Adi Nugroho");
            assertThat(info.sample()).isFalse();
            assertThat(s.verify().ok()).isTrue();
        }
    }

    @Test
    void newAcceptsMvDbAndStageNumbers() {
        CliRun r = CliRun.of("new", "--region", "Kota Tegal", "--stage", "2", "--from", "2023-06-26",
                "-o", dir.resolve("tegal.mv.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Tahap II", "2023-06-26 s.d. 2023-06-26");
    }

    @Test
    void newRefusesToOverwriteUnlessForced() throws Exception {
        Path out = newSession("s.rembuk");
        byte[] before = Files.readAllBytes(out);
        CliRun r = CliRun.of("new", "--region", "Lain", "--stage", "I", "--from", "2022-06-16", "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("sudah ada", "--force");
        assertThat(r.clean()).isTrue();
        assertThat(Files.readAllBytes(out)).isEqualTo(before);

        CliRun forced = CliRun.of("new", "--region", "Lain", "--stage", "I", "--from", "2022-06-16", "-o",
                out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(CliRun.of("info", out.toString()).out()).contains("Lain");
    }

    @Test
    void wrongUsageGivesExitTwoAndAPlainIndonesianMessage() {
        String out = dir.resolve("x.rembuk").toString();
        CliRun missing = CliRun.of("new", "--region", "X", "--stage", "I", "-o", out);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("wajib", "--from", "rembuk new --help");

        CliRun date = CliRun.of("new", "--region", "X", "--stage", "I", "--from", "16/06/2022", "-o", out);
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("YYYY-MM-DD", "16/06/2022");

        CliRun stage = CliRun.of("new", "--region", "X", "--stage", "V", "--from", "2022-06-16", "-o", out);
        assertThat(stage.err()).contains("Tahap harus");

        CliRun order = CliRun.of("new", "--region", "X", "--stage", "I", "--from", "2022-06-17", "--to", "2022-06-16",
                "-o", out);
        assertThat(order.code()).isEqualTo(2);
        assertThat(order.err()).contains("tidak boleh sebelum");

        CliRun ext = CliRun.of("new", "--region", "X", "--stage", "I", "--from", "2022-06-16", "-o",
                dir.resolve("x.txt").toString());
        assertThat(ext.code()).isEqualTo(2);
        assertThat(ext.err()).contains(".rembuk");

        CliRun unknown = CliRun.of("hapus-semua");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("tidak dikenal");

        for (CliRun r : List.of(missing, date, stage, order, ext, unknown)) {
            assertThat(r.clean()).as(r.err()).isTrue();
            assertThat(r.out()).isEmpty();
        }
        assertThat(dir.resolve("x.rembuk")).doesNotExist();
    }

    @Test
    void infoShowsTheSessionAndDoesNotTouchTheFile() throws Exception {
        Path file = newSession("info.rembuk", "--no-agenda");
        Path copy = dir.resolve("edit.mv.db");
        Files.move(file, copy);
        try (SessionFile s = SessionFile.open(copy)) {
            String sid = s.sessionId().toString();
            s.apply(Action.of("Tambah",
                    Edit.set("participant", "p1", "name", "Siti"), Edit.set("participant", "p2", "name", "Budi"),
                    Edit.set("group", "GOV", "dimension", "GOV"), Edit.set("readiness_indicator", "r1", "dimension", "SOC"),
                    Edit.set("readiness_indicator", "r2", "dimension", "SOC")));
            s.apply(Action.of("Hapus", Edit.delete("participant", "p2")));
            assertThat(sid).isNotEmpty();
        }
        Files.move(copy, file);
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] before = Files.readAllBytes(file);

        CliRun r = CliRun.of("info", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Kabupaten Banggai, Sulawesi Tengah", "Tahap        : I",
                "Kamis, 16 Juni 2022", "Jumat, 17 Juni 2022", "Ruang Rapat Khusus", "Lukito Edi Nugroho",
                "Laptop fasilitator", "Konflik      : 0");
        assertThat(r.out()).containsPattern("Peserta\\s+1\\n")
                .containsPattern("Indikator kesiapan\\s+0\\s+0\\s+0\\s+0\\s+2\\s+0\\n")
                .containsPattern("Kelompok\\s+1\\s+0\\s+0\\s+0\\s+0\\s+0\\n");
        assertThat(r.clean()).isTrue();

        CliRun en = CliRun.of("info", file.toString(), "--lang", "en");
        assertThat(en.out()).contains("Thursday, 16 June 2022", "Counts per kind");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void infoAsJson() throws Exception {
        Path file = newSession("j.rembuk", "--no-agenda");
        CliRun r = CliRun.of("info", "--json", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.get("region").asText()).isEqualTo("Kabupaten Banggai");
        assertThat(n.get("stage").asText()).isEqualTo("I");
        assertThat(n.get("firstDay").asText()).isEqualTo("2022-06-16");
        assertThat(n.get("countsByKind").get("session").asInt()).isEqualTo(1);
        assertThat(n.get("countsByDimension").get("programme").size()).isEqualTo(6);
        assertThat(n.get("countsByDimension").get("programme").get("ENV").asInt()).isZero();
        assertThat(n.get("conflicts").asInt()).isZero();
        assertThat(n.get("replicas").get(0).get("changes").asInt()).isEqualTo(9);
    }

    @Test
    void checkReportsHealthyDamagedAndUnopenableFiles() throws Exception {
        Path healthy = newSession("ok.rembuk");
        CliRun ok = CliRun.of("check", healthy.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("sehat");

        // a derived row lost: the file still opens, the integrity check finds it
        Path damaged = dir.resolve("rusak.mv.db");
        Files.copy(healthy, damaged);
        String url = "jdbc:h2:file:" + damaged.toString().replace(".mv.db", "") + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "rembuk", "rembuk"); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM head WHERE field = 'venue'");
        }
        CliRun bad = CliRun.of("check", damaged.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("bermasalah", "head");
        assertThat(bad.clean()).isTrue();

        CliRun missing = CliRun.of("check", dir.resolve("tidak-ada.rembuk").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("tidak ditemukan");

        Path garbage = dir.resolve("sampah.rembuk");
        Files.writeString(garbage, "ini bukan berkas sesi");
        CliRun g = CliRun.of("check", garbage.toString());
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err()).isNotBlank();
        assertThat(g.clean()).isTrue();
        assertThat(Files.readString(garbage)).isEqualTo("ini bukan berkas sesi");
    }

    @Test
    void exportAndImportRoundTripThroughTheCommandLine() throws Exception {
        Path file = newSession("asal.rembuk", "--no-agenda");
        Path json = dir.resolve("asal.json");
        CliRun ex = CliRun.of("export-json", file.toString(), json.toString());
        assertThat(ex.code()).as(ex.err()).isZero();
        assertThat(ex.out()).contains("Diekspor: 9 perubahan");

        Path rebuilt = dir.resolve("salinan.rembuk");
        CliRun im = CliRun.of("import-json", json.toString(), rebuilt.toString());
        assertThat(im.code()).as(im.err()).isZero();
        assertThat(im.out()).contains("Diimpor: 9 perubahan");

        Path json2 = dir.resolve("salinan.json");
        assertThat(CliRun.of("export-json", rebuilt.toString(), json2.toString()).code()).isZero();
        assertThat(Files.readString(json2)).isEqualTo(Files.readString(json));
        assertThat(CliRun.of("check", rebuilt.toString()).code()).isZero();

        CliRun again = CliRun.of("export-json", file.toString(), json.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("sudah ada");
        assertThat(CliRun.of("export-json", file.toString(), json.toString(), "--force").code()).isZero();
    }

    @Test
    void importOfABadJsonCreatesNothing() throws Exception {
        Path json = dir.resolve("rusak.json");
        Files.writeString(json, "{\"format\" : \"rembuk-session\", \"formatVersion\" : 1, \"changes\" : [");
        Path out = dir.resolve("hasil.rembuk");
        CliRun r = CliRun.of("import-json", json.toString(), out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("rusak atau terpotong", "baris 1");
        assertThat(r.clean()).isTrue();
        assertThat(out).doesNotExist();

        Files.writeString(json, "{\"format\" : \"rembuk-session\", \"formatVersion\" : 7}");
        CliRun newer = CliRun.of("import-json", json.toString(), out.toString());
        assertThat(newer.code()).isEqualTo(1);
        assertThat(newer.err()).contains("versi 7");
        assertThat(out).doesNotExist();

        CliRun none = CliRun.of("import-json", dir.resolve("tidak-ada.json").toString(), out.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("tidak ditemukan");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(json);
        }
    }
}
