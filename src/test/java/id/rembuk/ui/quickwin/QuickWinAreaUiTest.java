package id.rembuk.ui.quickwin;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Criterion;
import id.rembuk.domain.Score;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.PlanSession;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import id.rembuk.ui.tows.Shots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The quick-win area as the composition root wires it, in the real main window on the sample. */
@ExtendWith(ApplicationExtension.class)
class QuickWinAreaUiTest {
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
    void theGridFollowsTheSessionAndGoesOnTheRoomsScreen(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);

        robot.clickOn("#nav-quickwin");
        waitFor(() -> robot.lookup("#qwChart").tryQuery().isPresent());
        int before = robot.lookup(".qw-bubble-node").queryAll().size();

        robot.interact(() -> {
            context.shell().apply(new Action("Isi program", PlanSession.programmes()));
            List<Edit> edits = new ArrayList<>();
            for (Criterion c : Criterion.values()) {
                boolean benefit = c == Criterion.IMPACT || c == Criterion.PRIORITY;
                edits.addAll(Score.of(PlanSession.GOV_ANTREAN, c, "Kelompok GOV", benefit ? 5 : 4).toEdits());
            }
            context.shell().apply(new Action("Nilai", edits));
        });
        waitFor(() -> robot.lookup("#qwBubble-GOV-1").tryQuery().isPresent()
                || robot.lookup(".qw-bubble-node").queryAll().size() > before);
        assertThat(robot.lookup(".qw-bubble-node").queryAll()).hasSize(before + 1);
        Shots.save(stage.getScene(), "app-quickwin-1366x768");

        robot.clickOn("#qwProject");
        waitFor(() -> context.run().projector().stage() != null
                && context.run().projector().stage().getScene().lookup("#qwPleno") != null);
        Scene room = context.run().projector().stage().getScene();
        assertThat(room.getRoot().lookupAll(".qw-bubble-node")).hasSize(before + 1);
        Shots.save(room, "app-quickwin-projector");
        robot.interact(() -> context.run().projector().showingProperty().set(false));
    }
}
