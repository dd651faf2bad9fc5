package id.rembuk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.Screenshot;
import id.rembuk.ui.TestWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a test: the high-contrast look on the sample, for the docs (kontras-tinggi.png) and for a
 * look at the boards, a dialog and the projector. Skipped unless {@code rembuk.screenshots} is set.
 */
@ExtendWith(ApplicationExtension.class)
class HighContrastScreenshots {
    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        if (!TestWindow.screenshotsWanted()) {
            return;
        }
        this.stage = stage;
        context = TestWindow.forScreenshots(stage, homes.resolve(UUID.randomUUID().toString()), dialogs,
                Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.shutdown();
        }
    }

    @Test
    void highContrast(FxRobot robot) throws Exception {
        Path out = TestWindow.screenshotFolder();
        TestWindow.openSample(robot, context);
        robot.interact(() -> context.settings().highContrastProperty().set(true));
        assertThat(stage.getScene().getStylesheets()).contains(Theme.HIGH_CONTRAST_CSS);
        String[][] areas = {{"overview", "kontras-tinggi"}, {"swot", "hc-swot"}, {"quickwin", "hc-quickwin"},
            {"readiness", "hc-readiness"}, {"participants", "hc-participants"}, {"tows", "hc-tows"}};
        for (String[] a : areas) {
            robot.interact(() -> context.navigation().selectedProperty().set(a[0]));
            Screenshot.save(stage.getScene(), out.resolve(a[1] + ".png"));
        }
        robot.interact(() -> context.export().open());
        Screenshot.save(Screenshot.window("#exportDialog").orElseThrow().getScene(), out.resolve("hc-export.png"));
        robot.interact(() -> Screenshot.window("#exportDialog").orElseThrow().hide());
        for (String[] p : new String[][] {{"run", null}, {"quickwin", "#qwProject"},
            {"scoring", "#scoringProject"}}) {
            robot.interact(() -> context.navigation().selectedProperty().set(p[0]));
            if (p[1] == null) {
                robot.interact(() -> context.run().projector().showingProperty().set(true));
            } else {
                robot.interact(() -> robot.lookup(p[1]).queryAs(javafx.scene.control.ButtonBase.class).fire());
            }
            TestWindow.waitFor(() -> context.run().projector().showingProperty().get());
            Window w = Window.getWindows().stream().filter(x -> x != stage && x.isShowing()).findFirst().orElseThrow();
            robot.interact(() -> {
                w.setWidth(1024);
                w.setHeight(768);
            });
            Screenshot.save(w.getScene(), out.resolve("hc-projector-" + p[0] + ".png"));
            robot.interact(() -> context.run().projector().showingProperty().set(false));
        }
        robot.interact(() -> context.navigation().selectedProperty().set("breakout"));
        robot.interact(() -> robot.lookup("#breakoutOpen-GOV").queryButton().fire());
        robot.interact(() -> robot.lookup("#breakoutOpenFree").queryButton().fire());
        Screenshot.save(stage.getScene(), out.resolve("hc-breakout.png"));
    }
}
