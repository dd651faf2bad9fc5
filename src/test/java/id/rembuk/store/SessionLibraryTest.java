package id.rembuk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.HandClock;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLibraryTest {
    @TempDir
    Path dir;

    static SessionInfo info() {
        return new SessionInfo("Kabupaten Banggai", "Sulawesi Tengah", Stage.I, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 11), "Ruang Rapat Khusus Kantor Bupati Banggai, Luwuk",
                List.of("Rina"), List.of("Dr. Ahmad"), false);
    }

    /** A clock the test moves by hand. */
    @Test
    void defaultHomeFollowsEachSystemsConvention() {
        assertThat(AppHome.resolve(Map.of(), "/tmp/x", "Linux", "/home/u")).isEqualTo(Path.of("/tmp/x"));
        assertThat(AppHome.resolve(Map.of(), null, "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/rembuk"));
        assertThat(AppHome.resolve(Map.of("XDG_DATA_HOME", "/data"), null, "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/rembuk"));
        assertThat(AppHome.resolve(Map.of(), null, "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Rembuk"));
        assertThat(AppHome.resolve(Map.of("APPDATA", "/c/AppData/Roaming"), null, "Windows 11", "/c/u"))
                .isEqualTo(Path.of("/c/AppData/Roaming/Rembuk"));
    }

    @Test
    void createKeepsMarkerWhileOpenAndListsTheSessionAsRecent() throws Exception {
        SessionLibrary lib = new SessionLibrary(dir);
        Path file;
        try (WorkingSession w = lib.create(info(), "Fasilitator")) {
            file = w.file().file();
            assertThat(file.getParent()).isEqualTo(lib.sessionsDir());
            assertThat(SessionInfo.from(w.file().state(), w.file().sessionId())).contains(info());
            assertThat(lib.marker(file)).exists();
            assertThat(lib.backups(file)).hasSize(1);
        }
        assertThat(lib.marker(file)).doesNotExist();
        assertThat(lib.manifest(file)).exists();
        assertThat(lib.recent()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo(file);
            assertThat(r.region()).isEqualTo("Kabupaten Banggai");
            assertThat(r.stage()).isEqualTo("I");
            assertThat(r.exists()).isTrue();
        });
        try (WorkingSession w = lib.openWorking(file)) {
            assertThat(w.uncleanExit()).isFalse();
            assertThat(w.verifyReport()).isEmpty();
        }
    }

    @Test
    void aLeftOverMarkerMeansVerifyOnNextOpen() throws Exception {
        SessionLibrary lib = new SessionLibrary(dir);
        WorkingSession w = lib.create(info(), "Fasilitator");
        w.file().apply(Action.of("Tambah", Edit.set("participant", "p1", "name", "Siti")));
        Path file = w.file().file();
        w.file().close(); // as if the app died: the working session never closed
        try (WorkingSession again = lib.openWorking(file)) {
            assertThat(again.uncleanExit()).isTrue();
            assertThat(again.verifyReport()).hasValueSatisfying(r -> assertThat(r.ok()).isTrue());
            assertThat(again.file().state().get("participant", "p1")).isPresent();
        }
        try (WorkingSession clean = lib.openWorking(file)) {
            assertThat(clean.uncleanExit()).isFalse();
        }
    }

    @Test
    void recentListFollowsEditsOfTheSessionFactsAndSortsByTime() throws Exception {
        HandClock clock = new HandClock();
        SessionLibrary lib = new SessionLibrary(dir, Duration.ofMinutes(10), clock);
        try (WorkingSession w = lib.create(info(), "Fasilitator")) {
            clock.advance(Duration.ofMillis(1500)); // "…01.500Z" sorts before "…01Z" as text
            var edits = new SessionInfo("Kota Luwuk Baru", "", Stage.II, LocalDate.of(2022, 6, 16),
                    LocalDate.of(2022, 6, 17), "", List.of(), List.of(), false).toEdits(w.file().sessionId());
            w.file().apply(new Action("Ubah", edits));
            w.checkpoint();
            assertThat(lib.recent().get(0).region()).isEqualTo("Kota Luwuk Baru");
            assertThat(lib.recent().get(0).stage()).isEqualTo("II");
        }
        clock.advance(Duration.ofSeconds(1));
        WorkingSession first = lib.openWorking(Path.of(lib.recent().get(0).file()));
        clock.advance(Duration.ofSeconds(1));
        try (WorkingSession second = lib.create(info(), "Fasilitator")) {
            clock.advance(Duration.ofSeconds(1));
            first.close(); // switching sessions closes the old one after the new one opened
            assertThat(lib.recent()).hasSize(2);
            assertThat(lib.recent().get(0).file()).isEqualTo(second.file().file().toString());
        }
    }

    /** A file that passes the pre-flight but fails to load leaves no half-made working copy behind. */
    @Test
    void aFailedImportLeavesNoWorkingFile() throws Exception {
        Path external = dir.resolve("luar").resolve("rusak.mv.db");
        Files.createDirectories(external.getParent());
        try (SessionFile s = SessionFile.create(external, java.util.UUID.randomUUID(), "Laptop lain")) {
            s.apply(Action.of("Tambah", Edit.set("participant", "p", "name", "P")));
        }
        String base = external.toString().substring(0, external.toString().length() - SessionFile.SUFFIX.length());
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base, "rembuk", "rembuk");
             var st = c.createStatement()) {
            st.executeUpdate("UPDATE meta SET v = '12345' WHERE k = 'change_digest'");
        }
        String before = TestFiles.sha256(external);
        SessionLibrary lib = new SessionLibrary(dir.resolve("home"));
        assertThatThrownBy(() -> lib.importExternal(external)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT));
        assertThat(TestFiles.sha256(external)).isEqualTo(before);
        if (Files.isDirectory(lib.sessionsDir())) {
            try (var files = Files.list(lib.sessionsDir())) {
                assertThat(files).isEmpty();
            }
        }
    }

    /** A laptop whose clock falls back years must still keep its newest backups, newest first. */
    @Test
    void backupsStayInOrderWhenTheClockGoesBack() throws Exception {
        HandClock clock = new HandClock();
        SessionLibrary lib = new SessionLibrary(dir, Duration.ofMinutes(10), clock);
        try (WorkingSession w = lib.create(info(), "Fasilitator")) {
            for (int i = 0; i < SessionLibrary.KEEP_BACKUPS; i++) {
                w.file().apply(Action.of("Tambah", Edit.set("participant", "p" + i, "name", "P" + i)));
                w.backupNow();
            }
            clock.set(Instant.parse("2019-01-01T00:00:00Z"));
            w.file().apply(Action.of("Tambah", Edit.set("participant", "late", "name", "Terlambat")));
            Backup newest = w.backupNow();
            assertThat(newest.file()).exists();
            List<Backup> all = lib.backups(w.file().file());
            assertThat(all).hasSize(SessionLibrary.KEEP_BACKUPS);
            assertThat(all.get(0).file()).isEqualTo(newest.file());
            assertThat(all.get(0).changeCount()).isEqualTo(w.file().changeCount());
        }
    }

    /** A backup per open would cost seconds on a big session; one per distinct state is enough. */
    @Test
    void reopeningAnUnchangedSessionAddsNoBackup() throws Exception {
        SessionLibrary lib = new SessionLibrary(dir);
        Path file;
        try (WorkingSession w = lib.create(info(), "Fasilitator")) {
            file = w.file().file();
        }
        assertThat(lib.backups(file)).hasSize(1);
        try (WorkingSession w = lib.openWorking(file)) {
            assertThat(w.uncleanExit()).isFalse();
        }
        assertThat(lib.backups(file)).hasSize(1);
        try (WorkingSession w = lib.openWorking(file)) {
            w.file().apply(Action.of("Tambah", Edit.set("participant", "p", "name", "P")));
        }
        try (WorkingSession w = lib.openWorking(file)) {
            assertThat(lib.backups(file)).hasSize(2);
            assertThat(lib.backups(file).get(0).changeCount()).isEqualTo(w.file().changeCount());
        }
    }

    /** H2 shows an older copy of the file without complaint; the manifest does not let it pass. */
    @Test
    void rolledBackFileIsTruncatedAndRestoreMovesItAside() throws Exception {
        SessionLibrary lib = new SessionLibrary(dir);
        Path file;
        Path older = dir.resolve("older.mv.db");
        try (WorkingSession w = lib.create(info(), "Fasilitator")) {
            file = w.file().file();
            w.file().checkpoint();
            w.file().snapshotTo(older);
            for (int i = 0; i < 5; i++) {
                w.file().apply(Action.of("Tambah", Edit.set("participant", "p" + i, "name", "P" + i)));
            }
        }
        try (WorkingSession w = lib.openWorking(file)) {
            assertThat(lib.backups(file)).hasSize(2);
        }
        Files.copy(older, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String damaged = TestFiles.sha256(file);
        assertThatThrownBy(() -> lib.openWorking(file)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).problem()).isEqualTo(Problem.TRUNCATED);

        List<Backup> offer = lib.backups(file);
        assertThat(offer).isSortedAccordingTo((a, b) -> Long.compare(b.changeCount(), a.changeCount()));
        Backup newest = offer.get(0);
        assertThat(newest.changeCount()).isEqualTo(14);
        Path aside = lib.restore(file, newest).orElseThrow();
        assertThat(aside.getParent()).isEqualTo(lib.damagedDir());
        assertThat(TestFiles.sha256(aside)).as("the damaged file is kept as it was").isEqualTo(damaged);
        try (WorkingSession w = lib.openWorking(file)) {
            assertThat(w.file().changeCount()).isEqualTo(14);
            assertThat(w.file().verify().ok()).isTrue();
        }
    }

    @Test
    void damagedLogIsCorruptAndCanBeRestored() throws Exception {
        SessionLibrary lib = new SessionLibrary(dir);
        Path file;
        try (WorkingSession w = lib.create(info(), "Fasilitator")) {
            file = w.file().file();
        }
        TestFiles.plant(file, "UPDATE change_log SET val = 'Kota Palsu' WHERE field = 'region'");
        assertThatThrownBy(() -> lib.openWorking(file)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).problem()).isEqualTo(Problem.CORRUPT);
        lib.restore(file, lib.backups(file).get(0));
        try (WorkingSession w = lib.openWorking(file)) {
            assertThat(SessionInfo.from(w.file().state(), w.file().sessionId()).orElseThrow().region())
                    .isEqualTo("Kabupaten Banggai");
        }
        try (var aside = Files.list(lib.damagedDir())) {
            assertThat(aside.toList()).hasSize(1);
        }
    }

    @Test
    void backupsRollAtCheckpointsAndKeepTheLastTen() throws Exception {
        HandClock clock = new HandClock();
        SessionLibrary lib = new SessionLibrary(dir, Duration.ofMinutes(10), clock);
        try (WorkingSession w = lib.create(info(), "Fasilitator")) {
            w.checkpoint();
            assertThat(lib.backups(w.file().file())).hasSize(1); // not due yet
            for (int i = 0; i < 12; i++) {
                w.file().apply(Action.of("Tambah", Edit.set("participant", "p" + i, "name", "P" + i)));
                clock.advance(Duration.ofMinutes(11));
                w.checkpoint();
            }
            List<Backup> all = lib.backups(w.file().file());
            assertThat(all).hasSize(SessionLibrary.KEEP_BACKUPS);
            assertThat(all.get(0).changeCount()).isEqualTo(9 + 12);
            try (SessionFile oldest = SessionFile.open(all.get(all.size() - 1).file(), true)) {
                assertThat(oldest.verify().ok()).isTrue();
            }
        }
    }

    @Test
    void saveAsWritesAnExternalFileOthersCanImport() throws Exception {
        SessionLibrary lib = new SessionLibrary(dir.resolve("a"));
        Path target = dir.resolve("usb/Banggai Tahap I");
        Path written;
        List<id.rembuk.domain.change.Change> changes;
        try (WorkingSession w = lib.create(info(), "Fasilitator")) {
            w.file().apply(Action.of("Tambah", Edit.set("participant", "p1", "name", "Siti")));
            written = lib.saveAs(w.file(), target);
            changes = w.file().changes();
            w.file().apply(Action.of("Ubah", Edit.set("participant", "p1", "name", "Siti R.")));
            assertThat(lib.saveAs(w.file(), written)).isEqualTo(written);
        }
        assertThat(written.getFileName().toString()).isEqualTo("Banggai Tahap I.rembuk");
        try (var files = Files.list(written.getParent())) {
            assertThat(files.toList()).as("no temp file left").containsExactly(written);
        }
        String sha = TestFiles.sha256(written);
        SessionLibrary other = new SessionLibrary(dir.resolve("b"));
        try (WorkingSession imported = other.importExternal(written)) {
            assertThat(imported.file().file().getParent()).isEqualTo(other.sessionsDir());
            assertThat(imported.file().changes()).containsAll(changes).hasSize(changes.size() + 1);
        }
        assertThat(TestFiles.sha256(written)).isEqualTo(sha);
    }

    @Test
    void onlyWorkingFilesOpenDirectly() throws Exception {
        SessionLibrary lib = new SessionLibrary(dir.resolve("lib"));
        Path outside = TestFiles.session(dir.resolve("luar.mv.db"), 1);
        assertThatThrownBy(() -> lib.openWorking(outside)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).problem()).isEqualTo(Problem.BAD_PATH);
    }

    @Test
    void aDamagedRecentListIsForgottenNotFatal() throws Exception {
        SessionLibrary lib = new SessionLibrary(dir);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("recent.json"), "{ not json");
        assertThat(lib.recent()).isEmpty();
        try (WorkingSession w = lib.create(info(), "Fasilitator")) {
            assertThat(lib.recent()).hasSize(1);
        }
    }
}
