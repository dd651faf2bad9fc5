package id.rembuk.ui.vision;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.tows.Shots;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The TOWS and vision areas as the composition root wires them, in the real main window on the
 * sample (a Tahap I session): sidebar, the Tahap I note, the room's screen, the group tabs.
 */
@ExtendWith(ApplicationExtension.class)
class StrategyAreasUiTest {
    static {
        // Monocle's headless screen is 1280x800 unless told; a 1366x768 window does not fit it
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        context = TestWindow.onLaptopScreen(stage, homes.resolve(UUID.randomUUID().toString()), dialogs);
        this.stage = stage;
    }

    @AfterEach
    void close() {
        context.shutdown();
        assertThat(dialogs.errors).isEmpty();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        TestWindow.waitFor(condition);
    }

    @Test
    void theAreasOpenOnTheSampleAndShowOnTheRoomsScreen(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);

        robot.clickOn("#nav-tows");
        waitFor(() -> robot.lookup("#towsMatrix").tryQuery().isPresent());
        assertThat(robot.lookup("#towsStageOne").query().isVisible()).as("the sample is Tahap I").isTrue();
        Shots.save(stage.getScene(), "app-tows-1366x768");
        robot.clickOn("#towsProject");
        waitFor(() -> context.run().projector().stage() != null
                && context.run().projector().stage().getScene().lookup("#towsPleno") != null);
        Shots.save(context.run().projector().stage().getScene(), "app-tows-projector");
        // the room's window may lie over the sidebar on a small test screen: clicks must reach the laptop's
        robot.interact(() -> context.run().projector().showingProperty().set(false));

        robot.interact(() -> stage.requestFocus());
        robot.clickOn("#nav-vision");
        waitFor(() -> robot.lookup("#visionTabs").tryQuery().isPresent());
        Shots.save(stage.getScene(), "app-vision-1366x768");
        robot.clickOn("#visionProject");
        waitFor(() -> context.run().projector().stage().getScene().lookup("#visionPleno") != null);
        robot.interact(() -> context.run().projector().showingProperty().set(false));

        robot.interact(() -> stage.requestFocus());
        robot.clickOn("#nav-breakout");
        robot.clickOn("#breakoutOpen-GOV");
        robot.clickOn("#breakoutOpenFree");
        waitFor(() -> context.shell().screenProperty().get() == Screen.BREAKOUT);
        robot.clickOn("#breakoutTool-tows");
        waitFor(() -> robot.lookup("#towsMatrix").tryQuery().isPresent());
        assertThat(robot.lookup("#towsDimensions").tryQuery()).as("a group's dimension is fixed").isEmpty();
        assertThat(robot.lookup("#towsDimensionName").queryLabeled().getText()).isEqualTo("Smart Governance");
        Shots.save(stage.getScene(), "app-breakout-tows-1366x768");
        robot.clickOn("#breakoutTool-vision");
        waitFor(() -> robot.lookup("#cascadeTree").tryQuery().isPresent());
        Shots.save(stage.getScene(), "app-breakout-vision-1366x768");
        robot.clickOn("#breakoutLeave");
        waitFor(() -> context.shell().screenProperty().get() == Screen.SESSION);
    }
}
