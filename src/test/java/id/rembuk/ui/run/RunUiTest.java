package id.rembuk.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.HandClock;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sample's first day run from the keyboard, in the real window, with the projector beside it. */
@ExtendWith(ApplicationExtension.class)
class RunUiTest {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HandClock clock = new HandClock(
            LocalDateTime.of(2022, 6, 16, 7, 58).atZone(WITA).toInstant(), WITA);
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = TestWindow.show(stage, homes.resolve(UUID.randomUUID().toString()), dialogs, clock);
    }

    @AfterEach
    void closeSession() {
        context.shutdown();
    }

    private void openSampleOnRunScreen(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        robot.clickOn("#nav-run");
        waitFor(() -> robot.lookup("#runCountdown").tryQuery().isPresent());
    }

    @Test
    void theKeyboardRunsTheDayAndEveryBlockKeepsItsActualTimesInTheFile(FxRobot robot) throws Exception {
        openSampleOnRunScreen(robot);
        assertThat(text(robot, "#runTitle")).isEqualTo("Berikutnya: Registrasi peserta hari pertama");
        assertThat(text(robot, "#runCountdown")).isEqualTo("30:00");

        clock.set(LocalDateTime.of(2022, 6, 16, 8, 2).atZone(WITA).toInstant());
        robot.type(KeyCode.SPACE);
        waitFor(() -> "Registrasi peserta hari pertama".equals(text(robot, "#runTitle")));
        clock.advance(Duration.ofMinutes(10));
        waitFor(() -> "20:00".equals(text(robot, "#runCountdown")));
        assertThat(text(robot, "#runSchedule")).isEqualTo("Terlambat 2 menit");

        robot.type(KeyCode.SPACE);
        waitFor(() -> "Dijeda".equals(text(robot, "#runState")));
        clock.advance(Duration.ofMinutes(5));
        robot.type(KeyCode.SPACE);
        waitFor(() -> "tersisa".equals(text(robot, "#runState")));
        assertThat(text(robot, "#runCountdown")).isEqualTo("20:00");

        robot.type(KeyCode.PLUS);
        waitFor(() -> "21:00".equals(text(robot, "#runCountdown")));
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        waitFor(() -> "19:00".equals(text(robot, "#runCountdown")));

        robot.type(KeyCode.RIGHT);
        waitFor(() -> text(robot, "#runTitle").startsWith("Pembukaan"));
        robot.type(KeyCode.LEFT);
        waitFor(() -> "Registrasi peserta hari pertama".equals(text(robot, "#runTitle")));
        robot.type(KeyCode.RIGHT);
        waitFor(() -> text(robot, "#runTitle").startsWith("Pembukaan"));

        // the file holds how the first block ran: 10 minutes, a 5-minute pause, one minute taken
        waitFor(() -> !context.shell().busyProperty().get());
        List<BlockRun> runs = Records.read(context.shell().stateProperty().get(), EntityKind.BLOCK_RUN,
                BlockRun::from).records();
        BlockRun first = runs.stream().filter(r -> r.status() == BlockRun.Status.DONE).findFirst().orElseThrow();
        assertThat(first.startedAt()).contains(LocalDateTime.of(2022, 6, 16, 8, 2).atZone(WITA).toInstant());
        assertThat(first.endedAt()).contains(LocalDateTime.of(2022, 6, 16, 8, 17).atZone(WITA).toInstant());
        assertThat(first.pausedSeconds()).isEqualTo(5 * 60);
        assertThat(first.extraMinutes()).isEqualTo(-1);
        assertThat(runs).filteredOn(r -> r.status() == BlockRun.Status.RUNNING).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theProjectorShowsTheBlockInLargeTypeAndObeysTheFacilitatorsKeys(FxRobot robot) throws Exception {
        openSampleOnRunScreen(robot);
        clock.set(LocalDateTime.of(2022, 6, 16, 8, 0).atZone(WITA).toInstant());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.F5);
        waitFor(() -> projector() != null);
        Stage p = projector();
        assertThat(p.getTitle()).isEqualTo("Rembuk — layar proyektor");
        Label title = (Label) p.getScene().lookup("#projectorTitle");
        Label countdown = (Label) p.getScene().lookup("#projectorCountdown");
        waitFor(() -> "Registrasi peserta hari pertama".equals(title.getText()));
        assertThat(countdown.getText()).isEqualTo("30:00");
        assertThat(((Label) p.getScene().lookup("#projectorInstruction")).getText()).isEqualTo("Daftar hadir hari 1");
        assertThat(((Label) p.getScene().lookup("#projectorNext")).getText()).startsWith("Berikutnya 08.30 · Pembukaan");
        // readable from the back of the hall on a 1024x768 projector
        assertThat(countdown.getFont().getSize()).isGreaterThanOrEqualTo(120);
        assertThat(title.getFont().getSize()).isGreaterThanOrEqualTo(40);
        Node design = p.getScene().lookup("#projectorDesign");
        assertThat(design.getBoundsInParent().getWidth()).isEqualTo(1024);

        robot.type(KeyCode.B);
        waitFor(() -> p.getScene().lookup("#projectorBlackout").isVisible());
        robot.type(KeyCode.B);
        waitFor(() -> !p.getScene().lookup("#projectorBlackout").isVisible());
        robot.type(KeyCode.P);
        waitFor(() -> p.getScene().lookup("#projectorRundown") != null
                && p.getScene().lookup("#projectorRundown").isVisible());
        robot.type(KeyCode.P);

        // keys pressed on the projector window work too
        robot.interact(p::requestFocus);
        robot.interact(() -> p.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, false, false)));
        waitFor(() -> title.getText().startsWith("Pembukaan"));

        robot.interact(() -> context.run().projector().showingProperty().set(false));
        waitFor(() -> projector() == null);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void spaceAndArrowsInTheNotesAreTypingNotClockKeys(FxRobot robot) throws Exception {
        openSampleOnRunScreen(robot);
        robot.clickOn("#noteText").write("tata kelola");
        robot.type(KeyCode.SPACE, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#noteText").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("tata kelola b");
        assertThat(context.run().viewModel().runningProperty().get()).isFalse();
        // notes made before the day starts go to its first block
        robot.type(KeyCode.ENTER);
        Callable<List<id.rembuk.domain.Note>> typed = () -> Records.read(context.shell().stateProperty().get(),
                EntityKind.NOTE, id.rembuk.domain.Note::from).records().stream()
                .filter(n -> n.text().equals("tata kelola b")).toList();
        waitFor(() -> typed.call().size() == 1);
        assertThat(typed.call().get(0).agendaItemId())
                .isEqualTo(context.run().viewModel().rows().get(0).block().id());
        // F5 still reaches the projector while the cursor is in a field
        robot.type(KeyCode.F5);
        waitFor(() -> projector() != null);
        robot.interact(() -> context.run().projector().showingProperty().set(false));
    }

    @Test
    void theShortcutOverlayListsTheRunKeys(FxRobot robot) throws Exception {
        openSampleOnRunScreen(robot);
        robot.type(KeyCode.F1);
        waitFor(() -> robot.lookup("#shortcutHelp").tryQuery().isPresent());
        assertThat(robot.lookup("#shortcutHelp .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Jalannya acara", "Spasi", "Mulai, jeda atau lanjutkan blok", "F5",
                        "Layar proyektor tampil atau tutup");
        // while the overlay is open Space does not start the day
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.run().viewModel().runningProperty().get()).isFalse();
    }

    private static Stage projector() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "Rembuk — layar proyektor".equals(s.getTitle())).map(w -> (Stage) w).findFirst().orElse(null);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
