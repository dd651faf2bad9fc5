package id.rembuk.ui.notes;

import id.rembuk.domain.ActionItem;
import id.rembuk.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** One follow-up as the minutes print it: "Aksi — PIC · 30 Juni 2022", the owner and date muted. */
final class FollowUpCell extends ListCell<ActionItem> {
    private final BlockNotesViewModel vm;
    private final Text action = new Text();
    private final Text meta = new Text();
    private final FontIcon conflict = new FontIcon(Material2OutlinedMZ.WARNING);
    private final HBox box;

    FollowUpCell(BlockNotesViewModel vm) {
        this.vm = vm;
        action.getStyleClass().add("note-body");
        meta.getStyleClass().add("note-meta");
        conflict.getStyleClass().add("note-conflict");
        Tooltip.install(conflict, new Tooltip(Messages.get("notes.conflict")));
        FontIcon icon = new FontIcon(Material2OutlinedAL.ASSIGNMENT_TURNED_IN);
        icon.getStyleClass().add("follow-up-icon");
        TextFlow flow = new TextFlow(action, meta);
        flow.getStyleClass().add("note-flow");
        HBox.setHgrow(flow, Priority.ALWAYS);
        box = new HBox(8, icon, flow, conflict);
        box.setAlignment(Pos.TOP_LEFT);
        setPrefWidth(0);
        getStyleClass().add("follow-up-cell");
    }

    @Override
    protected void updateItem(ActionItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        action.setText(item.step());
        meta.setText(BlockNotesViewModel.followUpMeta(item));
        boolean conflicted = vm.hasConflict(item);
        conflict.setVisible(conflicted);
        conflict.setManaged(conflicted);
        setGraphic(box);
        setAccessibleText(BlockNotesViewModel.followUpLine(item));
    }
}
