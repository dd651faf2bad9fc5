package id.rembuk.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.theme.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board control on its own, with plain notes for cards and the test as the caller: the board
 * shows what it is given and only reports what the user asked for.
 */
@ExtendWith(ApplicationExtension.class)
class BoardViewTest {
    record Note(String id, String text, String cluster) {
    }

    private BoardView<Note> board;
    private final Map<String, List<Note>> lanes = new LinkedHashMap<>();
    private final List<String> said = new ArrayList<>();
    private boolean refuseLaneB;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        board = new BoardView<>(List.of(new BoardLane("A", "Lajur A", "Tambah ke A", "", 0, 0),
                new BoardLane("B", "Lajur B", "Tambah ke B", "", 1, 0)), Note::id, Note::text, Note::cluster,
                () -> new BoardCard<>() {
                    private final Label label = new Label();

                    @Override
                    public Node node() {
                        return label;
                    }

                    @Override
                    public void show(Note n) {
                        label.setText(n.text());
                    }
                });
        lanes.put("A", new ArrayList<>(List.of(new Note("a1", "Satu", ""), new Note("a2", "Dua", "K"),
                new Note("a3", "Tiga", "K"))));
        lanes.put("B", new ArrayList<>());
        board.setDropPolicy(new DropPolicy<>() {
            @Override
            public boolean allows(Note item, BoardDrop drop) {
                return !(refuseLaneB && drop.lane().equals("B"));
            }

            @Override
            public void drop(Note item, BoardDrop drop) {
                said.add("drop " + item.id() + " " + drop);
                lanes.values().forEach(l -> l.removeIf(n -> n.id().equals(item.id())));
                lanes.get(drop.lane()).add(drop.index(), new Note(item.id(), item.text(), drop.cluster()));
                show();
            }
        });
        board.setOnAdd((lane, text) -> {
            said.add("add " + lane + " " + text);
            lanes.get(lane).add(new Note("n" + said.size(), text, ""));
            show();
            return true;
        });
        board.setOnEdit((n, text) -> said.add("edit " + n.id() + " " + text));
        board.setOnDelete(ns -> said.add("delete " + ns.stream().map(Note::id).toList()));
        board.setOnRenameCluster((lane, from, to) -> said.add("rename " + lane + " " + from + " " + to));
        show();
        Scene scene = new Scene(board, 800, 500);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void show() {
        lanes.forEach((id, items) -> board.setItems(id, List.copyOf(items)));
    }

    private static Node cell(FxRobot robot, String lane, String text) {
        return robot.lookup("#boardLane-" + lane + " .board-cell").match(n -> n instanceof ListCell<?> c
                && c.getItem() instanceof BoardRow.Card<?> card && ((Note) card.item()).text().equals(text)).query();
    }

    @Test
    void theBoardShowsClustersUnderTheirHeadingAndReportsWhatTheUserAsks(FxRobot robot) {
        assertThat(robot.lookup("#boardLane-A").queryListView().getItems()).hasSize(4);
        assertThat(robot.lookup("#boardLane-A").queryListView().getItems().get(1))
                .isEqualTo(new BoardRow.Header<Note>("A", "K", 2));

        robot.clickOn("#boardAdd-B").write("Empat").type(KeyCode.ENTER);
        assertThat(said).containsExactly("add B Empat");
        assertThat(board.items("B")).extracting(Note::text).containsExactly("Empat");

        // F2 edits in place; Esc cancels without a word to the caller, Enter reports the new text
        robot.clickOn(cell(robot, "A", "Satu")).type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        // Backspace and Delete edit the text, they do not delete the card
        robot.write(" lagi").type(KeyCode.BACK_SPACE, KeyCode.DELETE).type(KeyCode.ESCAPE);
        assertThat(said).hasSize(1);
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("!").type(KeyCode.ENTER);
        assertThat(said).last().isEqualTo("edit a1 Satu!");

        robot.type(KeyCode.DELETE);
        assertThat(said).last().isEqualTo("delete [a1]");
    }

    @Test
    void altArrowsMoveThroughClusterBoundariesAndToTheLaneBeside(FxRobot robot) {
        robot.clickOn(cell(robot, "A", "Satu"));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(said).last().isEqualTo("drop a1 " + new BoardDrop("A", 0, "K"));
        assertThat(board.items("A")).extracting(Note::id).containsExactly("a1", "a2", "a3");
        assertThat(board.selection()).extracting(Note::id).containsExactly("a1");

        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(said).last().isEqualTo("drop a1 " + new BoardDrop("B", 0, ""));
        assertThat(board.items("B")).extracting(Note::id).containsExactly("a1");

        // a place the caller refuses is not offered
        refuseLaneB = true;
        robot.clickOn(cell(robot, "A", "Dua"));
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(said).hasSize(2);
    }

    @Test
    void aLongLaneTurnsToRowsOfOneHeightAndSelectionFollowsAcrossLanes(FxRobot robot) {
        assertThat(board.dense("A")).isFalse();
        robot.interact(() -> {
            board.setDenseAbove(3);
            lanes.get("A").add(new Note("a4", "Empat", ""));
            show();
        });
        assertThat(board.dense("A")).isTrue();
        assertThat(board.dense("B")).isFalse();

        robot.clickOn(cell(robot, "A", "Satu"));
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, "A", "Tiga")).release(KeyCode.CONTROL);
        assertThat(board.selection()).extracting(Note::id).containsExactly("a1", "a3");
        // the order picked is kept when the caller's data comes back
        robot.interact(this::show);
        assertThat(board.selection()).extracting(Note::id).containsExactly("a1", "a3");
    }
}
