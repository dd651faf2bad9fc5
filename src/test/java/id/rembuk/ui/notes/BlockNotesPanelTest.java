package id.rembuk.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.Note;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel headless, in a 400 px column beside a stand-in for the run of show, on a real session file. */
@ExtendWith(ApplicationExtension.class)
class BlockNotesPanelTest {
    @TempDir
    static Path homes;

    private NotesSession session;
    private final ObjectProperty<String> block = new SimpleObjectProperty<>();
    private BlockNotesViewModel vm;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        session = new NotesSession(homes.resolve(UUID.randomUUID().toString()));
        vm = new BlockNotesViewModel(session.shell, block);
        BlockNotesPanel panel = new BlockNotesPanel(vm);
        Node column = panel.root();
        BorderPane window = new BorderPane(new StackPane(new Label("Rundown")));
        window.setRight(column);
        Scene scene = new Scene(window, 1366, 720);
        Theme.style(scene);
        // as the main window does: Ctrl+Z undoes the last action of the session
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                session.shell::undo);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    @Test
    void typesPointsSwitchesKindAddsAFollowUpAndDeletesANote(FxRobot robot) {
        robot.interact(() -> block.set(NotesSession.TALK));
        assertThat(text(robot, "#notesTitle")).isEqualTo("Paparan arah kebijakan Smart City");
        assertThat(text(robot, "#notesWhen")).isEqualTo("Hari 1 · 09.00–10.30 · Dr. Lukito Edi Nugroho");
        assertThat(shown(robot.lookup("#notesEmpty").query())).isTrue();

        TextField text = robot.lookup("#noteText").queryAs(TextField.class);
        robot.interact(() -> robot.lookup("#noteSpeaker").queryAs(TextField.class).setText("Siti Rahmawati"));
        robot.clickOn(text).write("Data belum terpadu").type(KeyCode.ENTER);

        assertThat(vm.notes()).extracting(Note::text).containsExactly("Data belum terpadu");
        assertThat(text.getText()).isEmpty();
        assertThat(text.isFocused()).isTrue();

        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        assertThat(robot.lookup("#noteKindDecision").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(text.getText()).isEmpty();
        robot.write("Sepakat").type(KeyCode.ENTER);

        assertThat(vm.notes()).extracting(Note::type).containsExactly(Note.Kind.POINT, Note.Kind.DECISION);
        assertThat(tags(robot)).containsExactly("Poin", "Keputusan");
        assertThat(robot.lookup("#notesList .note-speaker").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("Siti Rahmawati  ");

        TextField action = robot.lookup("#followUpAction").queryAs(TextField.class);
        DatePicker due = robot.lookup("#followUpDue").queryAs(DatePicker.class);
        robot.clickOn(action).write("Susun perbup");
        robot.interact(() -> robot.lookup("#followUpOwner").queryAs(TextField.class).setText("Bagian Hukum"));
        robot.clickOn(due.getEditor()).write("30/6/2022").type(KeyCode.ENTER);

        assertThat(vm.followUps()).extracting(ActionItem::step).containsExactly("Susun perbup");
        assertThat(followUpLines(robot)).containsExactly("Susun perbup — Bagian Hukum · 30 Juni 2022");
        assertThat(due.getEditor().getText()).isEmpty();
        assertThat(action.isFocused()).isTrue();

        robot.clickOn(cellOf(robot, "Data belum terpadu")).type(KeyCode.DELETE);

        assertThat(vm.notes()).extracting(Note::text).containsExactly("Sepakat");
        assertThat(tags(robot)).containsExactly("Keputusan");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.notes()).extracting(Note::text).containsExactly("Data belum terpadu", "Sepakat");
        assertThat(tags(robot)).containsExactly("Poin", "Keputusan");
    }

    @Test
    void ctrlZInTheFieldUndoesTheTypingFirstThenTheLineJustAdded(FxRobot robot) {
        robot.interact(() -> block.set(NotesSession.TALK));
        TextField text = robot.lookup("#noteText").queryAs(TextField.class);
        robot.clickOn(text).write("ab").type(KeyCode.ENTER).write("cd");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(text.getText()).isEmpty();
        assertThat(vm.notes()).extracting(Note::text).containsExactly("ab");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(vm.notes()).isEmpty();
        assertThat(text.isFocused()).isTrue();
    }

    @Test
    void f2EditsTheSelectedNoteAndAltDownMovesIt(FxRobot robot) {
        robot.interact(() -> {
            block.set(NotesSession.TALK);
            for (String t : List.of("satu", "dua")) {
                vm.textProperty().set(t);
                vm.submitNote();
            }
        });

        robot.clickOn(cellOf(robot, "satu")).type(KeyCode.F2);
        TextField text = robot.lookup("#noteText").queryAs(TextField.class);
        assertThat(text.getText()).isEqualTo("satu");
        assertThat(text.isFocused()).isTrue();
        assertThat(shown(robot.lookup("#noteEditing").query())).isTrue();
        robot.write(" lagi").type(KeyCode.ENTER);
        assertThat(vm.notes()).extracting(Note::text).containsExactly("satu lagi", "dua");
        assertThat(shown(robot.lookup("#noteEditing").query())).isFalse();

        robot.clickOn(cellOf(robot, "satu lagi"));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(vm.notes()).extracting(Note::text).containsExactly("dua", "satu lagi");
        ListView<?> list = robot.lookup("#notesList").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }

    @Test
    void emptyStatesSayWhatToDoAndBlankEnterOnlyHints(FxRobot robot) {
        assertThat(robot.lookup("#notesNoBlock").queryAs(Label.class).getText())
                .isEqualTo("Pilih blok agenda untuk mencatat");
        assertThat(shown(robot.lookup("#notesNoBlock").query())).isTrue();

        robot.interact(() -> block.set(NotesSession.FGD));
        assertThat(shown(robot.lookup("#notesNoBlock").query())).isFalse();
        assertThat(robot.lookup("#notesEmpty").queryAs(Label.class).getText())
                .isEqualTo("Belum ada catatan. Ketik poin lalu tekan Enter.");

        robot.clickOn("#noteText").type(KeyCode.ENTER);
        Label hint = robot.lookup("#noteHint").queryAs(Label.class);
        assertThat(shown(hint)).isTrue();
        assertThat(hint.getText()).isEqualTo("Ketik isinya dulu, lalu tekan Enter.");
        assertThat(vm.notes()).isEmpty();
        robot.write("x");
        assertThat(shown(hint)).isFalse();
    }

    /** Visible with every parent up to the scene. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The filled cells of a list, top to bottom. */
    private static <T> List<ListCell<T>> cells(FxRobot robot, String query) {
        return robot.lookup(query).<ListCell<T>>queryAll().stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex)).toList();
    }

    private static List<String> tags(FxRobot robot) {
        return BlockNotesPanelTest.<Note>cells(robot, "#notesList .note-cell").stream()
                .map(c -> ((Label) c.getGraphic().lookup(".note-tag")).getText()).toList();
    }

    /** What the cells show: their text nodes joined, as a reader sees the line. */
    private static List<String> followUpLines(FxRobot robot) {
        return BlockNotesPanelTest.<ActionItem>cells(robot, "#followUpList .follow-up-cell").stream()
                .map(c -> ((TextFlow) c.getGraphic().lookup(".note-flow")).getChildren().stream()
                        .map(n -> ((Text) n).getText()).reduce("", String::concat))
                .toList();
    }

    private static Node cellOf(FxRobot robot, String noteText) {
        return BlockNotesPanelTest.<Note>cells(robot, "#notesList .note-cell").stream()
                .filter(c -> c.getItem().text().equals(noteText)).findFirst().orElseThrow();
    }
}


