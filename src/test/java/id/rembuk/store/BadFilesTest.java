package id.rembuk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import id.rembuk.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not healthy sessions of ours: each is refused with its own message in Bahasa
 * Indonesia, by every way in (pre-flight, read-only copy, import), and left byte for byte as it was.
 */
class BadFilesTest {
    @TempDir
    Path dir;

    private SessionLibrary library() {
        return new SessionLibrary(dir.resolve("home"));
    }

    @Test
    void zeroByteFile() throws Exception {
        Path f = Files.createFile(dir.resolve("kosong.rembuk"));
        assertRefusedEverywhere(f, Problem.EMPTY_FILE);
    }

    @Test
    void randomBytes() throws Exception {
        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        assertRefusedEverywhere(Files.write(dir.resolve("acak.rembuk"), junk), Problem.NOT_H2);
    }

    @Test
    void textPdfAndZipRenamed() throws Exception {
        assertRefusedEverywhere(Files.writeString(dir.resolve("catatan.rembuk"), "Notulen rapat hari pertama\n"),
                Problem.NOT_H2);
        assertRefusedEverywhere(Files.writeString(dir.resolve("laporan.rembuk"),
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"), Problem.NOT_H2);
        Path zip = dir.resolve("arsip.rembuk");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("session.mv.db"));
            z.write(Files.readAllBytes(TestFiles.session(dir.resolve("inner.mv.db"), 2)));
        }
        assertRefusedEverywhere(zip, Problem.NOT_H2);
    }

    /** Session files handed on are made by saveAs; a copy of one cut short anywhere is recognised. */
    @Test
    void truncatedCopiesOfARealSession() throws Exception {
        Path real = savedSession(200);
        byte[] all = Files.readAllBytes(real);
        int n = all.length;
        int[] cuts = {n - 1, n - 128, n - 4096, n - 3 * 4096, n / 2, 3 * 4096, 2 * 4096, 4096 + 10, 100};
        for (int cut : cuts) {
            Path f = Files.write(dir.resolve("cut-" + cut + ".rembuk"), java.util.Arrays.copyOf(all, cut));
            assertRefusedEverywhere(f, Problem.TRUNCATED);
        }
    }

    /** A working file cut short opens in H2 with older data; the library does not let that pass. */
    @Test
    void truncatedWorkingFile() throws Exception {
        SessionLibrary lib = library();
        Path file;
        try (WorkingSession w = lib.create(SessionLibraryTest.info(), "Fasilitator")) {
            file = w.file().file();
            for (int i = 0; i < 300; i++) {
                w.file().apply(id.rembuk.domain.change.Action.of("Tambah",
                        id.rembuk.domain.change.Edit.set("participant", "p" + i, "name", "Peserta " + i)));
            }
        }
        byte[] all = Files.readAllBytes(file);
        int refused = 0;
        for (int cut : new int[] {all.length - 4096, all.length / 2 / 4096 * 4096, all.length / 3, all.length - 1000, 3 * 4096}) {
            Files.write(file, java.util.Arrays.copyOf(all, cut));
            String before = TestFiles.sha256(file);
            try (WorkingSession w = lib.openWorking(file)) {
                // the cut took only blocks H2 no longer used: nothing is lost, so it may open
                assertThat(w.file().changeCount()).as("cut at " + cut).isEqualTo(309);
                assertThat(w.file().verify().ok()).isTrue();
            } catch (StoreException e) {
                assertThat(e.problem()).as("cut at " + cut + " " + e.getMessage()).isIn(Problem.TRUNCATED, Problem.CORRUPT);
                assertThat(TestFiles.sha256(file)).as("a refused working file is left as it is").isEqualTo(before);
                refused++;
            }
        }
        assertThat(refused).as("at least the cut to 12 KiB cannot hold 309 changes").isPositive();
    }

    private Path savedSession(int edits) throws Exception {
        SessionLibrary lib = new SessionLibrary(dir.resolve("maker"));
        try (WorkingSession w = lib.create(SessionLibraryTest.info(), "Fasilitator")) {
            for (int i = 0; i < edits; i++) {
                w.file().apply(id.rembuk.domain.change.Action.of("Tambah",
                        id.rembuk.domain.change.Edit.set("participant", "p" + i, "name", "Peserta " + i)));
            }
            return lib.saveAs(w.file(), dir.resolve("asli"));
        }
    }

    /** A flipped bit is refused, or if H2 does not notice it, the data read is exactly the original's. */
    @Test
    void bitFlips() throws Exception {
        Path real = savedSession(40);
        List<id.rembuk.domain.change.Change> original;
        try (ExternalFile.Copy c = ExternalFile.openReadOnlyCopy(real)) {
            original = c.session().changes();
        }
        byte[] all = Files.readAllBytes(real);
        Random random = new Random(42);
        int refused = 0;
        // the newest chunk (named by the clean header) holds the live pages: most flips aim there
        String head = new String(all, 0, 200, StandardCharsets.ISO_8859_1);
        int block = Integer.parseInt(head.replaceAll("(?s).*?,block:([0-9a-f]+),.*", "$1"), 16);
        for (int i = 0; i < 8; i++) {
            byte[] bad = all.clone();
            int at = i == 0 ? 10 : i < 3 ? random.nextInt(bad.length) : block * 4096 + 200 + random.nextInt(all.length - block * 4096 - 400);
            bad[at] ^= (byte) (1 << random.nextInt(8));
            Path f = Files.write(dir.resolve("flip-" + at + ".rembuk"), bad);
            String before = TestFiles.sha256(f);
            try (ExternalFile.Copy c = ExternalFile.openReadOnlyCopy(f)) {
                assertThat(c.session().changes()).as("flip at " + at).isEqualTo(original);
                assertThat(c.session().verify().ok()).isTrue();
            } catch (StoreException e) {
                refused++;
                assertThat(e.userMessage()).doesNotStartWith("!").contains(f.toString());
            }
            assertThat(TestFiles.sha256(f)).isEqualTo(before);
        }
        assertThat(refused).as("damage to live data is noticed").isPositive();
    }

    @Test
    void anotherProgramsH2Database() throws Exception {
        Path f = dir.resolve("crm.mv.db");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("crm"), "sa", "rahasia")) {
            c.createStatement().execute("CREATE TABLE pelanggan(id INT PRIMARY KEY, nama VARCHAR(100))");
            c.createStatement().execute("INSERT INTO pelanggan VALUES (1, 'Budi')");
        }
        Path renamed = Files.move(f, dir.resolve("crm.rembuk"));
        assertRefusedEverywhere(renamed, Problem.NOT_A_SESSION);
    }

    @Test
    void newerSchemaVersion() throws Exception {
        Path f = TestFiles.session(dir.resolve("baru.mv.db"), 2);
        TestFiles.plant(f, "UPDATE meta SET v = '99' WHERE k = 'schema_version'");
        assertRefusedEverywhere(f, Problem.NEWER_VERSION);
    }

    @Test
    void plantedTriggerAndAlias() throws Exception {
        Path marker = dir.resolve("marker");
        Path t = TestFiles.session(dir.resolve("trig.mv.db"), 2);
        TestFiles.plant(t, TestFiles.triggerWritingMarker("meta", marker));
        Path a = TestFiles.session(dir.resolve("alias.mv.db"), 2);
        TestFiles.plant(a, TestFiles.aliasWritingMarker(marker));
        Files.deleteIfExists(marker);
        assertRefusedEverywhere(t, Problem.FOREIGN_CODE);
        assertRefusedEverywhere(a, Problem.FOREIGN_CODE);
        assertThat(marker).doesNotExist();
    }

    @Test
    void fileHeldOpenByAnotherProcess() throws Exception {
        SessionLibrary lib = library();
        Path working;
        try (WorkingSession w = lib.create(SessionLibraryTest.info(), "Fasilitator")) {
            working = w.file().file();
        }
        Path external = TestFiles.session(dir.resolve("dipakai.mv.db"), 3);
        Process holdWorking = ChildJvm.start(HoldOpen.class, List.of(), working.toString());
        Process holdExternal = ChildJvm.start(HoldOpen.class, List.of(), external.toString());
        try {
            awaitOpen(holdWorking);
            awaitOpen(holdExternal);
            assertThatThrownBy(() -> lib.openWorking(working)).isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).problem()).isEqualTo(Problem.LOCKED);
            assertRefusedEverywhere(external, Problem.LOCKED);
        } finally {
            holdWorking.getOutputStream().close();
            holdExternal.getOutputStream().close();
            assertThat(holdWorking.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(holdExternal.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (WorkingSession w = lib.openWorking(working)) {
            assertThat(w.file().changeCount()).isPositive();
        }
    }

    private static void awaitOpen(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null || !line.startsWith("open")) {
            fail("child did not open the file: " + line);
        }
    }

    private void assertRefusedEverywhere(Path file, Problem expected) throws Exception {
        String before = TestFiles.sha256(file);
        SessionLibrary lib = new SessionLibrary(dir.resolve("import-home"));
        List<ThrowingCall> ways = List.of(() -> Preflight.check(file), () -> ExternalFile.openReadOnlyCopy(file).close(),
                () -> lib.importExternal(file).close());
        for (ThrowingCall way : ways) {
            assertThatThrownBy(way::call).isInstanceOf(StoreException.class).satisfies(e -> {
                StoreException s = (StoreException) e;
                assertThat(s.problem()).as(file + ": " + s.getMessage()).isEqualTo(expected);
                Messages.setLocale(Messages.INDONESIAN);
                assertThat(s.userMessage()).doesNotStartWith("!").contains(file.toString());
            });
            assertThat(TestFiles.sha256(file)).as("left untouched").isEqualTo(before);
        }
        if (Files.isDirectory(lib.sessionsDir())) {
            try (var files = Files.list(lib.sessionsDir())) {
                assertThat(files.toList()).as("no working copy of a refused file").isEmpty();
            }
        }
    }

    @FunctionalInterface
    interface ThrowingCall {
        void call() throws Exception;
    }
}
