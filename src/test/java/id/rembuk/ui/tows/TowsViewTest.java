package id.rembuk.ui.tows;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Stage;
import id.rembuk.ui.LaptopScene;
import id.rembuk.domain.Strategy;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.tows.TowsMatrix.Entry;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The TOWS matrix headless beside a 200 px stand-in for the sidebar and under a 56 px header, on a
 * real session file, in a 1366×720 scene (a maximised window on a 1366×768 laptop).
 */
@ExtendWith(ApplicationExtension.class)
class TowsViewTest {
    @TempDir
    static Path homes;

    private Path home;
    private BoardSession session;
    private ShellViewModel reopened;
    private final RecordingDialogs reopenDialogs = new RecordingDialogs();
    private javafx.stage.Stage stage;
    private Scene scene;
    private TowsViewModel vm;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        this.stage = stage;
        home = homes.resolve(UUID.randomUUID().toString());
        session = new BoardSession(home, Stage.II);
        show(session.shell);
        stage.show();
    }

    private void show(ShellViewModel shell) {
        vm = new TowsViewModel(shell);
        scene = LaptopScene.of(new TowsView(vm, true, () -> { }).root(), shell::undo);
        stage.setScene(scene);
    }

    @AfterEach
    void close() {
        session.close();
        if (reopened != null) {
            reopened.close();
        }
        assertThat(session.dialogs.errors).isEmpty();
        assertThat(reopenDialogs.errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Entry> cell(FxRobot robot, Strategy.Type t) {
        return (ListView<Entry>) robot.lookup("#towsCell-" + t.name()).queryAs(ListView.class);
    }

    /** Writes an SO strategy the way a person does: +, type, tick two cards, Enter. */
    private void writeStrategyByHand(FxRobot robot) {
        robot.clickOn("#towsAdd-SO");
        assertThat(robot.lookup("#towsEditor").query().isVisible()).isTrue();
        robot.write("Satu data bersama kampus");
        robot.clickOn(robot.lookup("#towsChoiceInternal .tows-choice")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null
                        && ((TowsMatrix.Card) c.getItem()).id().equals(BoardSession.S_DATA)).queryAs(Node.class));
        robot.clickOn(robot.lookup("#towsChoiceExternal .tows-choice")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null
                        && ((TowsMatrix.Card) c.getItem()).id().equals(BoardSession.O_KAMPUS)).queryAs(Node.class));
        robot.clickOn("#towsText").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aStrategyIsWrittenWithItsCardsAndTheMatrixShowsTheLinksBothWays(FxRobot robot) {
        writeStrategyByHand(robot);

        assertThat(robot.lookup("#towsEditor").query().isVisible()).isFalse();
        List<Entry> so = cell(robot, Strategy.Type.SO).getItems();
        assertThat(so).singleElement().satisfies(e -> {
            assertThat(e.strategy().text()).isEqualTo("Satu data bersama kampus");
            assertThat(e.strategy().swotItems()).containsExactly(BoardSession.S_DATA, BoardSession.O_KAMPUS);
        });
        assertThat(robot.lookup("#towsSelection").queryAs(Label.class).getText()).isEqualTo("SO1 memadukan S1, O1");

        robot.clickOn(robot.lookup("#towsCards-O .tows-item").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null && ((TowsMatrix.Card) c.getItem()).id().equals(BoardSession.O_PUSAT))
                .queryAs(Node.class));
        assertThat(robot.lookup("#towsSelection").queryAs(Label.class).getText())
                .isEqualTo("O2 belum dipakai strategi mana pun");
        assertThat(robot.lookup("#towsCards-O .tows-unused").queryAll().stream().filter(Node::isVisible).count())
                .as("the unused card is marked").isEqualTo(1);

        // Delete from the cell, and Ctrl+Z brings it back
        robot.clickOn(robot.lookup("#towsCell-SO .tows-item").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null).queryAs(Node.class));
        robot.type(KeyCode.DELETE);
        assertThat(cell(robot, Strategy.Type.SO).getItems()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(cell(robot, Strategy.Type.SO).getItems()).hasSize(1);
    }

    @Test
    void towsLinksSurviveSaveAndReopen(FxRobot robot) {
        writeStrategyByHand(robot);
        Path file = session.shell.openFile().orElseThrow();

        robot.interact(() -> {
            session.close();
            reopened = BoardSession.shell(home, reopenDialogs);
            reopened.openFile(file);
            show(reopened);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reopened.stateProperty().get()).isNotNull();
        List<Entry> so = cell(robot, Strategy.Type.SO).getItems();
        assertThat(so).singleElement().satisfies(e -> {
            assertThat(e.strategy().swotItems()).containsExactly(BoardSession.S_DATA, BoardSession.O_KAMPUS);
            assertThat(e.misfits()).isEmpty();
        });
        List<String> chips = robot.lookup("#towsCell-SO .tows-ref").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
        assertThat(chips).contains("SO1", "S1", "O1");
        // and the other way: the campus card is used by SO1
        List<String> usage = robot.lookup("#towsCards-O .tows-meta").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
        assertThat(usage).contains("→ SO1");
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        robot.interact(session::fillForPictures);
        robot.interact(() -> vm.selectedCardProperty().set(BoardSession.O_KAMPUS));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "tows-card-selected-1366x720");
        robot.clickOn(robot.lookup("#towsCell-WO .tows-item").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "tows-strategy-selected-1366x720");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "tows-editor-1366x720");
        robot.type(KeyCode.ESCAPE);

        javafx.scene.Parent pleno = (javafx.scene.Parent) new TowsProjector(session.shell.stateProperty(),
                id.rembuk.domain.Dimension.GOV).root();
        robot.interact(() -> {
            Scene room = new Scene(new StackPane(pleno), ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(room);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(pleno.getScene(), "tows-projector-1024x768");
        assertThat(robot.lookup("#towsPleno-SO").queryAs(FitColumn.class).shown()).isEqualTo(2);
        robot.interact(() -> pleno.getScene().getWindow().hide());
    }

    @Test
    void theRoomsScreenSaysHowManyStrategiesDoNotFitRatherThanShrinkingThem(FxRobot robot) {
        robot.interact(() -> {
            java.util.List<id.rembuk.domain.change.Edit> edits = new java.util.ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                edits.addAll(new Strategy(id.rembuk.domain.Ids.random(), id.rembuk.domain.Dimension.GOV,
                        Strategy.Type.SO, "Strategi panjang nomor " + i + " yang memanfaatkan kekuatan daerah untuk "
                        + "meraih peluang program nasional", List.of(BoardSession.S_DATA), i).toEdits());
            }
            session.shell.apply(new id.rembuk.domain.change.Action("Banyak strategi", edits));
        });
        javafx.scene.Parent pleno = (javafx.scene.Parent) new TowsProjector(session.shell.stateProperty(),
                id.rembuk.domain.Dimension.GOV).root();
        robot.interact(() -> {
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new Scene(new StackPane(pleno), ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        FitColumn so = robot.lookup("#towsPleno-SO").queryAs(FitColumn.class);
        assertThat(so.shown()).isBetween(1L, 8L);
        Label more = (Label) so.getChildrenUnmodifiable().get(so.getChildrenUnmodifiable().size() - 1);
        assertThat(more.isVisible()).isTrue();
        assertThat(more.getText()).isEqualTo("+ " + (9 - so.shown()) + " strategi lain");
        assertThat(more.getBoundsInParent().getMaxY()).isLessThanOrEqualTo(so.getHeight());
        robot.interact(() -> pleno.getScene().getWindow().hide());
    }
}
