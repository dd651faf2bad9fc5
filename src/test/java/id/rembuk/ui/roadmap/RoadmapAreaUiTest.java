package id.rembuk.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.shell.MainWindow;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import id.rembuk.ui.tows.Shots;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        context = new AppContext(homes.resolve(UUID.randomUUID().toString()), new UiSettings(null),
                new BackgroundTaskExecutor(), dialogs, Clock.systemDefaultZone());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setScene(new Scene(new Pane(), Math.min(1366, screen.getWidth()), Math.min(768, screen.getHeight())));
        new MainWindow(context, stage);
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        context.shutdown();
        assertThat(dialogs.errors).isEmpty();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAreaOpensOnTheSampleAndShowsOnTheRoomsScreen(FxRobot robot) throws Exception {
        robot.interact(() -> context.shell().openSample());
        waitFor(() -> robot.lookup("#overviewRegion").tryQuery().isPresent());

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
