package id.rembuk.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.HandClock;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: pictures of the conflicts area in the real window, on a master that took in the GOV
 * and ECO groups' conflicting edits ({@link ConflictSession}); the sample has no conflicts.
 * Skipped unless {@code rembuk.screenshots} names the output folder (see {@code tools/screenshots}).
 */
@ExtendWith(ApplicationExtension.class)
class ConflictsScreenshot {
    static {
        // Monocle's headless screen is 1280x800 unless told; a 1366x768 window does not fit it
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;
    private Stage stage;
    private final java.util.TimeZone zone = java.util.TimeZone.getDefault();

    @Start
    void start(Stage stage) {
        if (!TestWindow.screenshotsWanted()) {
            return;
        }
        // the other areas' provenance lines use the laptop's own zone: this picture's laptop is in the hall
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(ConflictSession.WITA));
        HandClock clock = new HandClock(LocalDateTime.of(2026, 12, 7, 10, 45).atZone(ConflictSession.WITA)
                .toInstant(), ConflictSession.WITA);
        context = TestWindow.forScreenshots(stage, homes.resolve(UUID.randomUUID().toString()), dialogs, clock);
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.shutdown();
        }
        java.util.TimeZone.setDefault(zone);
    }

    @Test
    void conflictsArea(FxRobot robot) throws Exception {
        Path out = TestWindow.screenshotFolder();
        ConflictSession files = new ConflictSession(homes.resolve("files"));

        robot.interact(() -> context.shell().openFile(files.master));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-conflicts").tryQuery().isPresent()
                && context.shell().stateProperty().get() != null);
        // the window rebuilds when the session opens: the first sidebar's buttons linger without a scene
        robot.interact(() -> robot.lookup("#nav-conflicts").match(n -> n.getScene() != null)
                .queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conflictHeading").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#conflictList").query().requestFocus());
        robot.type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.RIGHT);
        settle();
        id.rembuk.ui.Screenshot.save(stage.getScene(), out.resolve("conflicts.png"));
        robot.type(KeyCode.UP);
        settle();
        id.rembuk.ui.Screenshot.save(stage.getScene(), out.resolve("conflicts-deleted.png"));
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.G);
        settle();
        id.rembuk.ui.Screenshot.save(stage.getScene(), out.resolve("conflicts-combine.png"));
        assertThat(dialogs.errors).isEmpty();
    }

    /** The provenance line where the other areas show one: a SWOT card, a programme's form, a person's form. */
    @Test
    void provenanceElsewhere(FxRobot robot) throws Exception {
        Path out = TestWindow.screenshotFolder();
        ConflictSession files = new ConflictSession(homes.resolve("files-" + UUID.randomUUID()));
        robot.interact(() -> context.shell().openFile(files.master));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-conflicts").tryQuery().isPresent()
                && context.shell().stateProperty().get() != null);
        nav(robot, "conflicts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conflictHeading").tryQuery().isPresent());
        // Budi comes back with the phone number the GOV laptop wrote
        robot.interact(() -> robot.lookup("#conflictList").query().requestFocus());
        robot.type(KeyCode.HOME).type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.shell().stateProperty().get()
                .get("participant", ConflictSession.PERSON).map(e -> e.live()).orElse(false));

        nav(robot, "participants");
        settle();
        robot.interact(() -> {
            var table = robot.lookup("#participantTable").queryAs(javafx.scene.control.TableView.class);
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#personOrigin").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        settle();
        id.rembuk.ui.Screenshot.save(stage.getScene(), out.resolve("provenance-participant.png"));
        robot.type(KeyCode.ESCAPE);

        nav(robot, "programme");
        settle();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<Object> table = robot.lookup("#programmeTable")
                    .queryAs(javafx.scene.control.TableView.class);
            var column = table.getColumns().stream().filter(c -> "programmeColumn-STRATEGIES".equals(c.getId()))
                    .findFirst().orElseThrow();
            table.requestFocus();
            table.getSelectionModel().select(0, column);
            table.getFocusModel().focus(0, column);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#programmeForm").query().isVisible());
        settle();
        id.rembuk.ui.Screenshot.save(stage.getScene(), out.resolve("provenance-programme.png"));
        robot.type(KeyCode.ESCAPE);

        nav(robot, "swot");
        settle();
        robot.clickOn(robot.lookup(".swot-card-text").match(n -> n instanceof javafx.scene.control.Label l
                && l.getText().startsWith("Pusat data daerah")).queryAs(javafx.scene.Node.class));
        settle();
        id.rembuk.ui.Screenshot.save(stage.getScene(), out.resolve("provenance-swot.png"));

        nav(robot, "overview");
        settle();
        id.rembuk.ui.Screenshot.save(stage.getScene(), out.resolve("provenance-overview.png"));
        assertThat(dialogs.errors).isEmpty();
    }

    private static void nav(FxRobot robot, String area) {
        robot.interact(() -> robot.lookup("#nav-" + area).match(n -> n.getScene() != null)
                .queryAs(javafx.scene.control.ToggleButton.class).fire());
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
