package id.rembuk.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
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

/** The roadmap area as the composition root wires it, in the real main window on the sample. */
@ExtendWith(ApplicationExtension.class)
class RoadmapAreaUiTest {
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
    void theAreaOpensOnTheSampleAndShowsOnTheRoomsScreen(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);

        robot.clickOn("#nav-roadmap");
        waitFor(() -> robot.lookup("#roadmapChart").tryQuery().isPresent());
        assertThat(robot.lookup("#roadmapTabs").tryQuery()).isPresent();
        Shots.save(stage.getScene(), "app-roadmap-1366x768");
        robot.clickOn("#roadmapProject");
        waitFor(() -> context.run().projector().stage() != null
                && context.run().projector().stage().getScene().lookup("#roadmapPleno") != null);
        Shots.save(context.run().projector().stage().getScene(), "app-roadmap-projector");
        robot.interact(() -> context.run().projector().showingProperty().set(false));
    }
}
