package id.rembuk.ui.profile;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Labels beside their fields when the form is wide enough, above them when it is not (a narrow
 * window, a large font): the same rows laid out again when the width crosses {@link #WIDE}.
 */
final class FormGrid {
    /** Below this width (of the whole form) the fields would get too narrow beside a label column. */
    static final double WIDE = 700;
    private static final double LABEL = 160;

    private final GridPane grid = new GridPane();
    private final List<Node[]> rows = new ArrayList<>();
    private Boolean wide;

    private final ObservableDoubleValue available;

    /**
     * @param available the width the form is given (the scroll pane's viewport): the grid's own width
     *                  cannot tell, as it never shrinks below the wide layout's minimum
     */
    FormGrid(ObservableDoubleValue available) {
        this.available = available;
        grid.getStyleClass().add("profile-grid");
        grid.setHgap(14);
        grid.setVgap(8);
        available.addListener((o, was, w) -> layout(wide()));
    }

    private boolean wide() {
        return available.get() == 0 || available.get() >= WIDE;
    }

    GridPane root() {
        return grid;
    }

    /** A field with its label; a null label lets the field take the whole width. */
    void add(Label label, Node field) {
        rows.add(new Node[] {label, field});
        wide = null;
        layout(wide());
    }

    private void layout(boolean nowWide) {
        if (wide != null && wide == nowWide) {
            return;
        }
        wide = nowWide;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        if (nowWide) {
            labels.setMinWidth(LABEL);
            labels.setPrefWidth(LABEL);
            labels.setMaxWidth(LABEL);
            grid.getColumnConstraints().addAll(labels, fields);
        } else {
            labels.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(labels);
        }
        int r = 0;
        for (Node[] row : rows) {
            Label label = (Label) row[0];
            Node field = row[1];
            if (label == null) {
                grid.add(field, 0, r++, nowWide ? 2 : 1, 1);
            } else if (nowWide) {
                GridPane.setValignment(label, VPos.TOP);
                GridPane.setHalignment(label, HPos.LEFT);
                grid.add(label, 0, r);
                grid.add(field, 1, r++);
            } else {
                grid.add(label, 0, r++);
                grid.add(field, 0, r++);
            }
        }
    }
}
