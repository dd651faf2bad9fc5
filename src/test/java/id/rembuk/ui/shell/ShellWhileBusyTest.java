package id.rembuk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.ManualExecutor;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.session.LibrarySessionService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user can do while work is still under way, with the background work driven by hand. */
class ShellWhileBusyTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-13T02:30:00Z"), ZoneId.of("Asia/Makassar"));
    private final ManualExecutor executor = new ManualExecutor();
    private ShellViewModel shell;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        shell = new ShellViewModel(new LibrarySessionService(new SessionLibrary(home, Duration.ofMinutes(10), clock),
                Optional.empty()), executor, dialogs, clock);
    }

    @AfterEach
    void tearDown() {
        shell.close();
        executor.runAll();
    }

    private void fillForm(String region) {
        shell.newSession();
        SessionFormViewModel form = shell.formProperty().get();
        form.regionProperty().set(region);
        form.stageProperty().set(Stage.II);
    }

    private long files(String ending) throws IOException {
        Path sessions = home.resolve("sessions");
        if (!Files.isDirectory(sessions)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(sessions)) {
            return s.filter(p -> p.toString().endsWith(ending)).count();
        }
    }

    @Test
    void aSecondPressOfCreateWhileTheFirstIsUnderWayCreatesNothingMore() throws Exception {
        fillForm("Kota Palu");
        shell.submitForm();
        shell.submitForm(); // Enter on the default button, under the busy overlay
        executor.runAll();
        shell.submitForm(); // the form is gone once the session is open

        executor.runAll();
        assertThat(dialogs.errors).isEmpty();
        assertThat(files(".mv.db")).isEqualTo(1);
        assertThat(shell.infoProperty().get().region()).isEqualTo("Kota Palu");
        assertThat(shell.recent()).hasSize(1);
    }

    @Test
    void aCreateThatFailedCanBeSubmittedAgain() throws Exception {
        fillForm("Kota Palu");
        Files.writeString(home.resolve("sessions"), "a file where the folder should be");
        shell.submitForm();
        executor.runAll();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.SESSION_FORM);

        Files.delete(home.resolve("sessions"));
        shell.submitForm();
        executor.runAll();
        assertThat(shell.infoProperty().get().region()).isEqualTo("Kota Palu");
    }

    @Test
    void quittingWhileASessionOpensClosesItEvenWhenItsResultNeverArrives() throws Exception {
        shell.openSample();
        shell.close();
        executor.runWorkOnly();

        assertThat(files(".mv.db")).isEqualTo(1);
        assertThat(files(".running")).as("the next start must not report a crash").isZero();
    }

    @Test
    void quittingWhileASessionOpensClosesItWhenItsResultArrivesLate() throws Exception {
        fillForm("Kota Palu");
        shell.submitForm();
        executor.runAll();
        shell.openSample();
        shell.close();
        executor.runAll();

        assertThat(files(".mv.db")).isEqualTo(2);
        assertThat(files(".running")).isZero();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theOverlayStaysUntilBothSaveAsAndOpenAreDoneAndSaysWhatIsUnderWay() throws Exception {
        fillForm("Kota Palu");
        shell.submitForm();
        executor.runAll();
        dialogs.toSave = elsewhere.resolve("palu");

        shell.saveAs();
        assertThat(shell.busyProperty().get()).isTrue();
        assertThat(shell.busyMessageKeyProperty().get()).isEqualTo("ui.busy.saving");
        assertThat(Messages.get(shell.busyMessageKeyProperty().get())).isEqualTo("Menyimpan salinan sesi…");
        shell.openSample();
        assertThat(shell.busyMessageKeyProperty().get()).isEqualTo("ui.busy");

        executor.step(); // the copy is written first
        assertThat(elsewhere.resolve("palu.rembuk")).exists();
        assertThat(shell.busyProperty().get()).as("the sample is still opening").isTrue();
        assertThat(shell.busyMessageKeyProperty().get()).isEqualTo("ui.busy");

        executor.runAll();
        assertThat(shell.busyProperty().get()).isFalse();
        assertThat(shell.infoProperty().get().sample()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theEditFormOfASessionNoLongerOpenIsDroppedNotWrittenIntoTheNewOne() throws Exception {
        fillForm("Kota Palu");
        shell.submitForm();
        executor.runAll();
        shell.openSample();
        shell.editSessionInfo(); // the facts of Palu, while the sample opens
        shell.formProperty().get().regionProperty().set("Kota Palu Baru");
        executor.runAll();

        shell.submitForm();
        executor.runAll();
        assertThat(shell.infoProperty().get().region()).isEqualTo("Kabupaten Banggai (CONTOH)");
        assertThat(shell.formProperty().get()).isNull();
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.SESSION);
        assertThat(shell.noticeProperty().get()).isEqualTo(Messages.get("ui.notice.editFormDropped"));
        assertThat(shell.canUndoProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }
}
