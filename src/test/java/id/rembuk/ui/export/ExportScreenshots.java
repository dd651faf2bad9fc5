package id.rembuk.ui.export;


import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.Screenshot;
import id.rembuk.ui.TestWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export window before and after, for the docs. Skipped unless {@code rembuk.screenshots} names a folder. */
@ExtendWith(ApplicationExtension.class)
class ExportScreenshots {
    static {
        // Monocle's headless screen is 1280x800 unless told; a 1366x768 window does not fit it
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;

    @Start
    void start(Stage stage) {
        if (!TestWindow.screenshotsWanted()) {
            return;
        }
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
    void exportWindow(FxRobot robot) throws Exception {
        Path dir = TestWindow.screenshotFolder();
        TestWindow.openSample(robot, context);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        TestWindow.waitFor(() -> Screenshot.window("#exportDialog").isPresent());
        AtomicReference<ExportViewModel> vm = new AtomicReference<>();
        robot.interact(() -> vm.set(context.export().open()));
        robot.interact(() -> vm.get().folderProperty().set(Path.of("/home/fasilitator/Dokumen/Rembuk")));
        Screenshot.save(Screenshot.window("#exportDialog").orElseThrow().getScene(), dir.resolve("export.png"));
        robot.interact(() -> vm.get().folderProperty().set(homes.resolve("Dokumen/Rembuk")));
        robot.clickOn("#exportWrite");
        TestWindow.waitFor(() -> vm.get().phaseProperty().get() == ExportViewModel.Phase.DONE);
        assertThat(vm.get().written()).as("the documents the picture reports as written").isNotEmpty()
                .allMatch(ExportViewModel.Written::ok);
        Screenshot.save(Screenshot.window("#exportDialog").orElseThrow().getScene(), dir.resolve("export-done.png"));
    }
}
