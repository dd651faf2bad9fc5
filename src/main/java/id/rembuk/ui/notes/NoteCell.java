package id.rembuk.ui.notes;

import id.rembuk.domain.Note;
import id.rembuk.i18n.Messages;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** One note: its kind as a coloured tag, the speaker in bold, then the text, wrapped to the column. */
final class NoteCell extends ListCell<Note> {
    private static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing-note");
    private final BlockNotesViewModel vm;
    private final Label tag = new Label();
    private final Text speaker = new Text();
    private final Text body = new Text();
    private final FontIcon conflict = new FontIcon(Material2OutlinedMZ.WARNING);
    private final HBox box;

    NoteCell(BlockNotesViewModel vm) {
        this.vm = vm;
        tag.getStyleClass().add("note-tag");
        tag.setMinWidth(Label.USE_PREF_SIZE);
        speaker.getStyleClass().add("note-speaker");
        body.getStyleClass().add("note-body");
        conflict.getStyleClass().add("note-conflict");
        Tooltip.install(conflict, new Tooltip(Messages.get("notes.conflict")));
        TextFlow flow = new TextFlow(speaker, body);
        flow.getStyleClass().add("note-flow");
        HBox.setHgrow(flow, Priority.ALWAYS);
        box = new HBox(8, tag, flow, conflict);
        box.setAlignment(Pos.TOP_LEFT);
        // the cell takes the list's width, not its text's, so long lines wrap instead of scrolling sideways
        setPrefWidth(0);
        getStyleClass().add("note-cell");
    }

    @Override
    protected void updateItem(Note note, boolean empty) {
        super.updateItem(note, empty);
        setText(null);
        Note edited = vm.editingNoteProperty().get();
        pseudoClassStateChanged(EDITING, !empty && note != null && edited != null && edited.id().equals(note.id()));
        if (empty || note == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String kind = BlockNotesPanel.kindLabel(note.type());
        tag.setText(kind);
        tag.getStyleClass().removeIf(c -> c.startsWith("note-tag-"));
        tag.getStyleClass().add("note-tag-" + note.type().name().toLowerCase(Locale.ROOT));
        speaker.setText(note.speaker().isEmpty() ? "" : note.speaker() + "  ");
        body.setText(note.text());
        boolean conflicted = vm.hasConflict(note);
        conflict.setVisible(conflicted);
        conflict.setManaged(conflicted);
        setGraphic(box);
        setAccessibleText(Messages.get("notes.cell.note", kind, note.speaker(), note.text()));
    }
}
