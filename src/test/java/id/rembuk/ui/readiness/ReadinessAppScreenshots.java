package id.rembuk.ui.readiness;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.shell.MainWindow;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the readiness area in the real main window on the sample, the projector it feeds and a
 * group's breakout tab, at 1366×768. Skipped unless {@code rembuk.readinessShots} names the folder.
 */
@ExtendWith(ApplicationExtension.class)
class ReadinessAppScreenshots {
    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        if (System.getProperty("rembuk.readinessShots", "").isBlank()) {
            // skipped: no window at all, a 1366 px one would not fit the suite's headless screen
            return;
        }
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        context = new AppContext(homes.resolve(UUID.randomUUID().toString()), new UiSettings(null),
                new BackgroundTaskExecutor(), new RecordingDialogs(), Clock.systemDefaultZone());
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1366, 768));
        new MainWindow(context, stage);
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.shutdown();
        }
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        String dir = System.getProperty("rembuk.readinessShots", "");
        Assumptions.assumeTrue(!dir.isBlank(), "set -Drembuk.readinessShots=DIR to make the pictures");
        Path out = Path.of(dir);
        Files.createDirectories(out);
        robot.interact(() -> context.shell().openSample());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#overviewRegion").tryQuery().isPresent());
        robot.clickOn("#nav-readiness");
        robot.clickOn("#readinessDefaults");
        settle();
        save(stage.getScene(), out.resolve("app-1-worksheet-1366x768.png"));
        robot.type(KeyCode.F1);
        settle();
        save(stage.getScene(), out.resolve("app-2-f1-1366x768.png"));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#readinessProjector");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> projector() != null);
        Stage p = projector();
        robot.interact(() -> {
            p.setWidth(1024);
            p.setHeight(768);
        });
        settle();
        save(p.getScene(), out.resolve("app-3-projector-1024x768.png"));
        robot.interact(() -> context.run().projector().showingProperty().set(false));
        robot.interact(stage::requestFocus);
        robot.clickOn("#nav-breakout");
        robot.clickOn("#breakoutOpen-GOV");
        robot.clickOn("#breakoutOpenFree");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> context.shell().screenProperty().get() == Screen.BREAKOUT);
        robot.clickOn("#breakoutTool-readiness");
        settle();
        save(stage.getScene(), out.resolve("app-4-group-sheet-1366x768.png"));
        robot.clickOn("#breakoutTool-gap");
        settle();
        save(stage.getScene(), out.resolve("app-5-group-gap-1366x768.png"));
    }

    private static Stage projector() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().contains("proyektor")).map(w -> (Stage) w).findFirst()
                .orElse(null);
    }

    private static void settle() {
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void save(Scene scene, Path file) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
