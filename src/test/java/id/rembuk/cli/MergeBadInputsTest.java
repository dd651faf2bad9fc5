package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.store.SessionFile;
import id.rembuk.store.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: every bad input to {@code rembuk merge} gets the message recorded in
 * {@code src/test/resources/id/rembuk/cli/golden/merge/}, the master keeps every edit it had and
 * gains none, and the bad file is left byte for byte as it was. Rewrite the golden files after a
 * deliberate change of wording with {@code -Drembuk.golden.update=true}, and read the diff.
 */
class MergeBadInputsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/id/rembuk/cli/golden/merge");

    @TempDir
    Path dir;

    @FunctionalInterface
    interface Maker {
        Path make(Path dir, Path master) throws Exception;
    }

    record Case(String name, Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("zero-bytes", (d, m) -> Files.write(d.resolve("kosong.rembuk"), new byte[0])),
                new Case("random-bytes", (d, m) -> {
                    byte[] b = new byte[65_536];
                    new Random(7).nextBytes(b);
                    return Files.write(d.resolve("acak.rembuk"), b);
                }),
                new Case("csv-renamed", (d, m) -> Files.writeString(d.resolve("peserta.rembuk"),
                        "Nama;NIP\nBudi Santoso;197805122003121004\n")),
                new Case("truncated", (d, m) -> {
                    // a group file as the app writes it (compacted), cut short on its way over a USB stick
                    Path pack = d.resolve("gov.rembuk");
                    assertThat(CliRun.of("group-pack", m.toString(), "--group", "GOV", "-o", pack.toString()).code())
                            .isZero();
                    byte[] b = Files.readAllBytes(pack);
                    Files.delete(pack);
                    return Files.write(d.resolve("terpotong.rembuk"), java.util.Arrays.copyOf(b, b.length * 3 / 4));
                }),
                new Case("foreign-h2", (d, m) -> {
                    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + d.resolve("crm"), "sa", "x")) {
                        c.createStatement().execute("CREATE TABLE pelanggan(id INT PRIMARY KEY, nama VARCHAR(100))");
                    }
                    return Files.move(d.resolve("crm.mv.db"), d.resolve("crm.rembuk"));
                }),
                new Case("newer-version", (d, m) -> {
                    Path f = TestFiles.session(d.resolve("baru.mv.db"), 2);
                    TestFiles.plant(f, "UPDATE meta SET v = '99' WHERE k = 'schema_version'");
                    return f;
                }),
                new Case("planted-trigger", (d, m) -> {
                    Path f = Files.copy(m, d.resolve("jebakan.mv.db"));
                    TestFiles.plant(f, TestFiles.triggerWritingMarker("meta", d.resolve("marker")));
                    // creating the trigger ran it once, here, in the attacker's role; the merge must not
                    Files.deleteIfExists(d.resolve("marker"));
                    return f;
                }),
                new Case("planted-alias", (d, m) -> {
                    Path f = Files.copy(m, d.resolve("alias.mv.db"));
                    TestFiles.plant(f, TestFiles.aliasWritingMarker(d.resolve("marker")));
                    return f;
                }),
                new Case("other-session", (d, m) -> TestFiles.session(d.resolve("sesi-lain.mv.db"), 2)),
                new Case("missing", (d, m) -> d.resolve("tidak-ada.rembuk")),
                new Case("malformed-json", (d, m) -> Files.writeString(d.resolve("rusak.json"),
                        "{\"format\": \"rembuk-session\", \"changes\": [")),
                new Case("not-a-session-json", (d, m) -> Files.writeString(d.resolve("lain.json"), "{\"halo\": 1}")),
                new Case("newer-format-json", (d, m) -> Files.writeString(d.resolve("baru.json"),
                        "{\"format\": \"rembuk-session\", \"formatVersion\": 9, \"sessionId\": "
                                + "\"7290fede-7694-4a10-bad3-5af364d800d1\", \"schemaVersion\": 1, \"replicas\": [], "
                                + "\"changes\": []}")),
                new Case("json-missing-field", (d, m) -> Files.writeString(d.resolve("kurang.json"),
                        "{\"format\": \"rembuk-session\", \"formatVersion\": 1, \"schemaVersion\": 1, "
                                + "\"replicas\": [], \"changes\": []}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithItsMessageAndNothingTouched(Case c) throws Exception {
        Path master = SessionFixture.withParticipant(dir, "induk.mv.db");
        Path bad = c.maker().make(dir, master);
        String badBefore = Files.exists(bad) ? TestFiles.sha256(bad) : null;
        long digestBefore;
        int countBefore;
        try (SessionFile s = SessionFile.open(master, true)) {
            digestBefore = s.digest();
            countBefore = s.changeCount();
        }

        CliRun r = CliRun.of("merge", master.toString(), bad.toString());

        String actual = ("exit " + r.code() + "\n--- out\n" + r.out() + "--- err\n" + r.err())
                .replace(dir.toString(), "<dir>")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
        Path golden = GOLDEN.resolve(c.name() + ".txt");
        if (Boolean.getBoolean("rembuk.golden.update") || !Files.exists(golden)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.clean()).isTrue();
        if (badBefore != null) {
            assertThat(TestFiles.sha256(bad)).as("the bad file is only read").isEqualTo(badBefore);
        }
        assertThat(dir.resolve("marker")).as("no planted code ran").doesNotExist();
        try (SessionFile s = SessionFile.open(master, true)) {
            assertThat(s.digest()).isEqualTo(digestBefore);
            assertThat(s.changeCount()).isEqualTo(countBefore);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no backup when nothing was merged")
                    .noneMatch(n -> n.contains("sebelum-gabung"));
        }
    }
}
