package id.rembuk.ui;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.shell.MainWindow;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window for TestFX tests: Indonesian, themed, on its own home folder. */
public final class TestWindow {
    private TestWindow() {
    }

    public static AppContext show(Stage stage, Path home, RecordingDialogs dialogs, Clock clock) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        AppContext context = new AppContext(home, new UiSettings(null), new BackgroundTaskExecutor(), dialogs, clock);
        new MainWindow(context, stage);
        stage.show();
        return context;
    }

    /**
     * The real main window at a laptop's 1366×768, or the screen's size where Monocle's screen is
     * smaller: its size is set by the first test class of the JVM, and a window must stay inside it.
     */
    public static AppContext onLaptopScreen(Stage stage, Path home, RecordingDialogs dialogs) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        AppContext context = new AppContext(home, new UiSettings(null), new BackgroundTaskExecutor(), dialogs,
                Clock.systemDefaultZone());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        double width = Math.min(1366, screen.getWidth());
        double height = Math.min(768, screen.getHeight());
        stage.setScene(new Scene(new Pane(), width, height));
        new MainWindow(context, stage);
        stage.show();
        // the stage is shared by the JVM's test classes and keeps a size one of them set; a smaller
        // window scrolls the sidebar, and a click on an area out of view would miss
        stage.setWidth(width);
        stage.setHeight(height);
        return context;
    }

    /**
     * Whether screenshots for the docs are wanted (-Drembuk.screenshots=DIR). Without them a
     * screenshot class does nothing at all: a 1366 px window on a screen another test class set up
     * smaller (Monocle keeps the first geometry) would overflow the frame buffer.
     */
    public static boolean screenshotsWanted() {
        return !System.getProperty("rembuk.screenshots", "").isBlank();
    }

    /** The folder the screenshots go to, made if need be; skips the test when none was asked for. */
    public static Path screenshotFolder() throws java.io.IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(screenshotsWanted(),
                "set -Drembuk.screenshots=DIR to make the screenshots");
        return java.nio.file.Files.createDirectories(Path.of(System.getProperty("rembuk.screenshots")));
    }

    /** The real main window at exactly 1366×768, as the docs show it. */
    public static AppContext forScreenshots(Stage stage, Path home, RecordingDialogs dialogs, Clock clock) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        AppContext context = new AppContext(home, new UiSettings(null), new BackgroundTaskExecutor(), dialogs, clock);
        stage.setScene(new Scene(new Pane(), 1366, 768));
        new MainWindow(context, stage);
        stage.show();
        return context;
    }

    /** Waits for a condition the background work brings about, then for the screen to catch up. */
    public static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens the bundled sample in the window and waits until its overview is shown and the shell
     * is idle. Importing the sample into a new home takes a while on a busy machine.
     */
    public static void openSample(org.testfx.api.FxRobot robot, AppContext context) throws Exception {
        robot.interact(() -> context.shell().openSample());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#overviewRegion").tryQuery().isPresent()
                && !context.shell().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
