package id.rembuk.ui.groups;

import atlantafx.base.theme.Styles;
import id.rembuk.ui.groups.GroupsViewModel.Member;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A person in a group's list: name and unsur tag, the institution below; drag it to another group. */
final class MemberCell extends ListCell<Member> {
    /** Marks what is dragged, so text dragged in from elsewhere is never taken for a person. */
    static final String DRAG_PREFIX = "rembuk-participant:";

    private final Label name = new Label();
    private final Label tag = new Label();
    private final Label institution = new Label();
    private final VBox box;

    MemberCell() {
        getStyleClass().add("member-cell");
        // as wide as the list, never wider: long names and institutions end in "…" instead of scrolling
        setPrefWidth(0);
        name.getStyleClass().add("member-name");
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        tag.getStyleClass().add("unsur-tag");
        tag.setMinWidth(Label.USE_PREF_SIZE);
        institution.getStyleClass().addAll("member-institution", Styles.TEXT_MUTED);
        institution.setMinWidth(0);
        HBox top = new HBox(6, name, tag);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(0, top, institution);
        box.setMinWidth(0);
        setOnDragDetected(e -> {
            Member m = getItem();
            if (m == null || isEmpty()) {
                return;
            }
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent c = new ClipboardContent();
            c.putString(DRAG_PREFIX + m.id());
            db.setContent(c);
            db.setDragView(snapshot(null, null));
            e.consume();
        });
    }

    @Override
    protected void updateItem(Member m, boolean empty) {
        super.updateItem(m, empty);
        tag.getStyleClass().removeIf(s -> s.startsWith("unsur-") && !s.equals("unsur-tag"));
        if (empty || m == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        name.setText(m.name());
        tag.setText(m.tag());
        tag.getStyleClass().add("unsur-" + m.unsur().name().toLowerCase(Locale.ROOT));
        institution.setText(m.institutionShort());
        institution.setVisible(!m.institution().isEmpty());
        institution.setManaged(!m.institution().isEmpty());
        setTooltip(m.institution().isEmpty() ? null : new Tooltip(m.institution()));
        setAccessibleText(m.name() + ", " + m.unsurLabel() + (m.institution().isEmpty() ? "" : ", " + m.institution()));
        setText(null);
        setGraphic(box);
    }
}
