package id.rembuk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionFile;
import id.rembuk.store.SessionLibrary;
import id.rembuk.store.StoreException;
import id.rembuk.store.WorkingSession;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.SameThreadExecutor;
import id.rembuk.ui.session.LibrarySessionService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell over real files in a temporary app-data folder: the sample, foreign files, crashes and restore. */
class SessionFilesViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-13T02:30:00Z"), ZoneId.of("Asia/Makassar"));
    private final List<ShellViewModel> shells = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
    }

    @AfterEach
    void tearDown() {
        shells.forEach(ShellViewModel::close);
    }

    /** A fresh app start on the same folder; backups at every checkpoint so a restore has the latest edit. */
    private ShellViewModel start() {
        ShellViewModel s = new ShellViewModel(service(), new SameThreadExecutor(), dialogs, clock);
        shells.add(s);
        return s;
    }

    private LibrarySessionService service() {
        return new LibrarySessionService(new SessionLibrary(home, Duration.ZERO, libraryClock), Optional.empty());
    }

    /** The test's moment, a millisecond later at every reading: backups and openings keep their order. */
    private final Clock libraryClock = new Clock() {
        private final java.util.concurrent.atomic.AtomicLong ticks = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return clock.instant().plusMillis(ticks.incrementAndGet());
        }
    };

    private List<Path> workingFiles() throws Exception {
        Path dir = home.resolve("sessions");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SessionFile.SUFFIX)).toList();
        }
    }

    private static long participants(ShellViewModel s) {
        return s.stateProperty().get().count(EntityKind.PARTICIPANT.code());
    }

    private static SessionInfo withVenue(SessionInfo i, String venue) {
        return new SessionInfo(i.region(), i.province(), i.stage(), i.firstDay(), i.lastDay(), venue, i.facilitators(),
                i.experts(), i.sample());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theSampleIsImportedOnceAndItsEditsAreThereAtTheNextStart() throws Exception {
        ShellViewModel first = start();
        first.openSample();
        assertThat(dialogs.errors).isEmpty();
        assertThat(first.infoProperty().get().region()).isEqualTo("Kabupaten Banggai (CONTOH)");
        assertThat(participants(first)).isEqualTo(80);
        var overview = new id.rembuk.ui.overview.OverviewViewModel(first.stateProperty(), first.sessionIdProperty());
        assertThat(overview.dimensions()).extracting(r -> r.dimension().code() + "=" + r.total())
                .containsExactly("GOV=39", "BRD=5", "ECO=5", "LIV=5", "SOC=31", "ENV=5");
        first.saveInfo(withVenue(first.infoProperty().get(), "Aula Kantor Bupati Banggai"));
        Path copy = first.recent().get(0).file();
        first.openSample(); // already open: stays as it is
        assertThat(first.recent().get(0).file()).isEqualTo(copy);
        first.close();

        ShellViewModel second = start();
        second.start(List.of());
        assertThat(dialogs.errors).isEmpty();
        assertThat(second.infoProperty().get().venue()).isEqualTo("Aula Kantor Bupati Banggai");
        assertThat(participants(second)).isEqualTo(80);
        assertThat(workingFiles()).containsExactly(copy);
        assertThat(second.noticeProperty().get()).isEmpty();
    }

    @Test
    void theSampleIsFoundByScanningWhenTheRecentListForgotIt() throws Exception {
        ShellViewModel first = start();
        first.openSample();
        Path copy = first.recent().get(0).file();
        first.close();
        Files.delete(home.resolve("recent.json"));

        ShellViewModel second = start();
        second.openSample();
        assertThat(second.recent()).extracting(r -> r.file()).containsExactly(copy);
        assertThat(workingFiles()).containsExactly(copy);
    }

    @Test
    void aRembukFileFromElsewhereBecomesANewWorkingCopyWithItsOwnReplica() throws Exception {
        LibrarySessionService service = service();
        Path external;
        UUID sessionId;
        UUID theirReplica;
        try (WorkingSession w = service.create(new SessionInfo("Kota Palu", "Sulawesi Tengah", Stage.II,
                LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 3), "", List.of(), List.of(), false))) {
            sessionId = w.file().sessionId();
            theirReplica = w.file().replicaId();
            external = service.saveAs(w, elsewhere.resolve("palu"));
        }
        Files.delete(home.resolve("recent.json"));
        String before = sha256(external);

        ShellViewModel shell = start();
        shell.openFile(external);
        assertThat(dialogs.errors).isEmpty();
        assertThat(shell.infoProperty().get().region()).isEqualTo("Kota Palu");
        assertThat(shell.sessionIdProperty().get()).isEqualTo(sessionId);
        Path ours = shell.recent().get(0).file();
        assertThat(ours).hasParent(home.resolve("sessions")).isNotEqualTo(external);
        shell.saveInfo(withVenue(shell.infoProperty().get(), "Gedung Juang, Palu"));
        shell.close();

        assertThat(sha256(external)).as("the user's file is only read").isEqualTo(before);
        try (SessionFile copy = SessionFile.open(ours, true)) {
            assertThat(copy.replicaId()).isNotEqualTo(theirReplica);
            assertThat(copy.replicas()).containsKey(theirReplica);
        }
    }

    @Test
    void aFileWithAPlantedTriggerIsRefusedAndNothingOfItIsKept() throws Exception {
        Path marker = elsewhere.resolve("marker");
        Path planted = elsewhere.resolve("kiriman.mv.db");
        SessionFile.create(planted, UUID.randomUUID(), "Laptop lain").close();
        String base = planted.toString().substring(0, planted.toString().length() - SessionFile.SUFFIX.length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "rembuk", "rembuk");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE participant_x(x INT)");
            st.execute("CREATE TRIGGER evil BEFORE SELECT ON participant_x AS '"
                    + "org.h2.api.Trigger create() { try { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                    + marker.toString().replace("\\", "\\\\") + "\"), \"pwned\"); } catch (Exception e) { } "
                    + "return new org.h2.api.Trigger() { public void fire(java.sql.Connection c, Object[] o, Object[] n) { } }; }'");
        }
        Files.deleteIfExists(marker); // creating the trigger ran it once, here
        Path file = Files.move(planted, elsewhere.resolve("kiriman.rembuk"));
        String before = sha256(file);

        ShellViewModel shell = start();
        shell.openFile(file);

        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo(new StoreException(id.rembuk.store.Problem.FOREIGN_CODE, file.toString()).userMessage());
        assertThat(marker).doesNotExist();
        assertThat(workingFiles()).isEmpty();
        assertThat(shell.stateProperty().get()).isNull();
        assertThat(shell.busyProperty().get()).isFalse();
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aJsonExportOpensAsANewWorkingCopyAndABrokenOneIsExplained() throws Exception {
        Path json = Path.of("samples/banggai-tahap1.json");
        ShellViewModel shell = start();
        dialogs.toOpen = json;
        shell.chooseAndOpen();
        assertThat(dialogs.errors).isEmpty();
        assertThat(participants(shell)).isEqualTo(80);
        assertThat(workingFiles()).hasSize(1);

        Path broken = Files.writeString(elsewhere.resolve("potong.json"), "{\"format\": \"rembuk-session\", ");
        shell.start(List.of(broken.toString()));
        assertThat(dialogs.errors).singleElement().asString().startsWith("Berkas JSON rusak atau terpotong");
        assertThat(workingFiles()).hasSize(1);
        assertThat(participants(shell)).isEqualTo(80);
    }

    @Test
    void afterACrashTheNextOpenSaysTheFileWasCheckedWithoutStoppingTheUser() throws Exception {
        LibrarySessionService service = service();
        WorkingSession crashed = service.importSample();
        Path file = crashed.file().file();
        crashed.file().close(); // the app died: the working session was never closed

        ShellViewModel shell = start();
        shell.openSample();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions).isEmpty();
        assertThat(shell.noticeProperty().get())
                .isEqualTo("Rembuk tidak ditutup dengan benar terakhir kali; berkas sudah diperiksa dan utuh.");
        assertThat(shell.recent().get(0).file()).isEqualTo(file);
        assertThat(participants(shell)).isEqualTo(80);
    }

    /** Puts the working file back to how it was before the last edit: H2 opens it, the manifest does not let it pass. */
    private Path rolledBackSample(ShellViewModel shell) throws Exception {
        shell.openSample();
        Path file = shell.recent().get(0).file();
        shell.close();
        Path older = elsewhere.resolve("older.mv.db");
        Files.copy(file, older);
        ShellViewModel again = start();
        again.openSample();
        again.saveInfo(withVenue(again.infoProperty().get(), "Aula Kantor Bupati Banggai"));
        again.close();
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Test
    void aDamagedWorkingFileIsRestoredFromItsNewestBackupWhenTheUserAgrees() throws Exception {
        Path file = rolledBackSample(start());
        String damaged = sha256(file);

        ShellViewModel shell = start();
        dialogs.answer = true;
        shell.openSample();

        assertThat(dialogs.questions).singleElement().asString()
                .isEqualTo("Berkas sesi rusak. Pulihkan dari cadangan pukul 10.30 (3.129 perubahan)?");
        assertThat(dialogs.errors).isEmpty();
        assertThat(shell.infoProperty().get().venue()).isEqualTo("Aula Kantor Bupati Banggai");
        assertThat(shell.noticeProperty().get()).startsWith("Sesi dipulihkan dari cadangan pukul 10.30.");
        assertThat(shell.recent().get(0).file()).isEqualTo(file);
        try (Stream<Path> aside = Files.list(home.resolve("damaged"))) {
            assertThat(aside.toList()).singleElement().satisfies(p -> assertThat(sha256(p)).isEqualTo(damaged));
        }
    }

    @Test
    void declinedRestoreExplainsTheDamageAndLeavesTheFileAsItIs() throws Exception {
        Path file = rolledBackSample(start());
        String damaged = sha256(file);

        ShellViewModel shell = start();
        dialogs.answer = false;
        shell.openSample();

        assertThat(dialogs.questions).hasSize(1);
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Berkas sesi terpotong atau tidak lengkap").contains(file.toString());
        assertThat(shell.stateProperty().get()).isNull();
        assertThat(sha256(file)).isEqualTo(damaged);
        assertThat(workingFiles()).containsExactly(file);
    }
}
