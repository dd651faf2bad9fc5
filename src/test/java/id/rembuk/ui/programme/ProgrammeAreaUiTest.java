package id.rembuk.ui.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Programme;
import id.rembuk.domain.Records;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.tows.Shots;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The programme matrix as the composition root wires it, in the real main window on the sample:
 * the sidebar area, a programme typed in, the room's screen and a dimension group's tab.
 */
@ExtendWith(ApplicationExtension.class)
class ProgrammeAreaUiTest {
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

    private List<Programme> programmes() {
        return Records.read(context.shell().stateProperty().get(), EntityKind.PROGRAMME, Programme::from).records();
    }

    @Test
    void theMatrixOpensFromTheSidebarShowsOnTheRoomsScreenAndOnAGroupsLaptop(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        int before = programmes().size();

        robot.clickOn("#nav-programme");
        waitFor(() -> robot.lookup("#programmeTable").tryQuery().isPresent());
        robot.clickOn("#programmeDimension-GOV");
        robot.clickOn("#programmeAdd");
        waitFor(() -> programmes().size() == before + 1);
        robot.write("Pasar digital desa").type(KeyCode.ENTER);
        waitFor(() -> programmes().stream().anyMatch(p -> p.name().equals("Pasar digital desa")
                && p.dimension() == Dimension.GOV));
        Shots.save(stage.getScene(), "app-programme-1366x768");

        robot.clickOn("#programmeProject");
        waitFor(() -> context.run().projector().stage() != null && context.run().projector().stage().getScene() != null
                && context.run().projector().stage().getScene().lookup("#programmePleno") != null);
        Shots.save(context.run().projector().stage().getScene(), "app-programme-projector");
        assertThat(((javafx.scene.control.Label) context.run().projector().stage().getScene()
                .lookup("#programmePlenoHeading")).getText()).isEqualTo("Program Smart Governance");
        robot.interact(() -> context.run().projector().showingProperty().set(false));

        robot.interact(() -> stage.requestFocus());
        robot.clickOn("#nav-breakout");
        robot.clickOn("#breakoutOpen-GOV");
        robot.clickOn("#breakoutOpenFree");
        waitFor(() -> context.shell().screenProperty().get() == Screen.BREAKOUT);
        robot.clickOn("#breakoutTool-programme");
        waitFor(() -> robot.lookup("#programmeTable").tryQuery().isPresent());
        assertThat(robot.lookup("#programmeDimensions").tryQuery()).as("a group's dimension is fixed").isEmpty();
        javafx.scene.control.TableView<?> table = robot.lookup("#programmeTable").queryAs(
                javafx.scene.control.TableView.class);
        assertThat(table.getItems()).extracting(r -> ((ProgrammeRow) r).dimension()).containsOnly(Dimension.GOV)
                .isNotEmpty();
        Shots.save(stage.getScene(), "app-breakout-programme-1366x768");
        robot.clickOn("#breakoutLeave");
        waitFor(() -> context.shell().screenProperty().get() == Screen.SESSION);
    }
}
