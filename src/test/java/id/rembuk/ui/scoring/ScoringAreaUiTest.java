package id.rembuk.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Criterion;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.Score;
import id.rembuk.domain.change.Action;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.PlanSession;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.tows.Shots;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
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
 * Scoring as the composition root wires it, in the real main window on the sample with the test
 * programmes added: the sidebar area, the room's screen, and a group's laptop scoring as the group.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringAreaUiTest {
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
    void theAreaOpensShowsOnTheRoomsScreenAndAGroupScoresAsItself(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        robot.interact(() -> context.shell().apply(new Action("Isi program", PlanSession.programmes())));

        robot.clickOn("#nav-scoring");
        waitFor(() -> robot.lookup("#scoringSheet").tryQuery().isPresent());
        Shots.save(stage.getScene(), "app-scoring-1366x768");
        robot.clickOn("#scoringProject");
        waitFor(() -> context.run().projector().stage() != null
                && context.run().projector().stage().getScene().lookup("#scoringPleno") != null);
        robot.interact(() -> context.run().projector().showingProperty().set(false));

        robot.interact(() -> stage.requestFocus());
        robot.clickOn("#nav-breakout");
        robot.clickOn("#breakoutOpen-GOV");
        robot.clickOn("#breakoutOpenFree");
        waitFor(() -> context.shell().screenProperty().get() == Screen.BREAKOUT);
        robot.clickOn("#breakoutTool-scoring");
        waitFor(() -> robot.lookup("#scoringSheet").tryQuery().isPresent());
        assertThat(robot.lookup("#scoringScorer").tryQuery()).as("the group cannot score as another").isEmpty();
        assertThat(robot.lookup("#scoringScorerFixed").queryLabeled().getText())
                .isEqualTo("Kelompok GOV · Smart Governance");

        Node first = robot.lookup(".scoring-value").match(n -> n instanceof TableCell<?, ?> t && t.getItem() != null
                && ((ScoringRow) t.getItem()).programmeId().equals(PlanSession.GOV_ANTREAN)
                && t.getTableColumn().getUserData() == Criterion.IMPACT).queryAs(Node.class);
        robot.clickOn(first).type(KeyCode.DIGIT4, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        // the sample's own programmes carry their groups' scores; only the test programme's are new
        assertThat(Records.read(context.shell().stateProperty().get(), EntityKind.SCORE, Score::from).records()
                .stream().filter(s -> s.programmeId().equals(PlanSession.GOV_ANTREAN)).toList())
                .containsExactlyInAnyOrder(Score.of(PlanSession.GOV_ANTREAN, Criterion.IMPACT, "GOV", 4),
                        Score.of(PlanSession.GOV_ANTREAN, Criterion.SPEED, "GOV", 2));
        Shots.save(stage.getScene(), "app-breakout-scoring-1366x768");
        robot.clickOn("#breakoutLeave");
        waitFor(() -> context.shell().screenProperty().get() == Screen.SESSION);
    }
}
