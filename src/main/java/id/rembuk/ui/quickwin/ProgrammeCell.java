package id.rembuk.ui.quickwin;

import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A programme in the side list, with the quadrant's name above the first of each quadrant, so the
 * list reads as the grid does while the arrow keys walk it as one list.
 */
final class ProgrammeCell extends ListCell<Portfolio.Entry> {
    private final Label header = new Label();
    private final Circle dot = new Circle(6);
    private final Label ref = new Label();
    private final Label name = new Label();
    private final HBox marks = new HBox(2);
    private final HBox row;
    private final VBox box;

    ProgrammeCell() {
        getStyleClass().add("qw-item");
        // as wide as the list, not as the longest name: names end in "…" rather than scroll sideways
        setPrefWidth(0);
        header.getStyleClass().add("qw-list-header");
        header.setMaxWidth(Double.MAX_VALUE);
        ref.getStyleClass().add("qw-item-ref");
        ref.setMinWidth(Label.USE_PREF_SIZE);
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        dot.getStyleClass().add("qw-bubble");
        marks.setAlignment(Pos.CENTER_RIGHT);
        marks.setMinWidth(Label.USE_PREF_SIZE);
        row = new HBox(6, dot, ref, name, marks);
        row.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, header, row);
        setText(null);
    }

    @Override
    protected void updateItem(Portfolio.Entry e, boolean empty) {
        super.updateItem(e, empty);
        if (empty || e == null) {
            setGraphic(null);
            return;
        }
        Optional<String> group = e.quadrant().map(q -> q.name().toLowerCase(Locale.ROOT));
        int i = getIndex();
        boolean first = i == 0 || !getListView().getItems().get(i - 1).quadrant().equals(e.quadrant());
        header.setText(Messages.get("quickwin.quadrant." + group.orElse("unplaced")));
        header.setVisible(first);
        header.setManaged(first);
        dot.getStyleClass().removeIf(s -> s.startsWith("dim-"));
        dot.getStyleClass().add("dim-" + e.dimension().code());
        ref.setText(e.ref());
        name.setText(e.programme().name());
        marks.getChildren().clear();
        if (e.chosen()) {
            marks.getChildren().add(icon(Material2MZ.STAR, "qw-star"));
        }
        if (e.nudge().isPresent()) {
            marks.getChildren().add(icon(Material2MZ.PUSH_PIN, "qw-pin"));
        }
        if (!e.broken().isEmpty()) {
            marks.getChildren().add(icon(Material2MZ.REPORT_PROBLEM, "qw-flag"));
        }
        setGraphic(box);
    }

    private static FontIcon icon(org.kordamp.ikonli.Ikon ikon, String style) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add(style);
        i.setIconSize(14);
        return i;
    }
}
