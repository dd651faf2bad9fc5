package id.rembuk.ui.profile;

import java.util.ArrayList;
import java.util.List;
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
    /** Below this width the fields would get too narrow beside a label column. */
    static final double WIDE = 640;
    private static final double LABEL = 160;

    private final GridPane grid = new GridPane();
    private final List<Node[]> rows = new ArrayList<>();
    private Boolean wide;

    FormGrid() {
        grid.getStyleClass().add("profile-grid");
        grid.setHgap(14);
        grid.setVgap(8);
        grid.widthProperty().addListener((o, was, w) -> layout(w.doubleValue() >= WIDE));
    }

    GridPane root() {
        return grid;
    }

    /** A field with its label; a null label lets the field take the whole width. */
    void add(Label label, Node field) {
        rows.add(new Node[] {label, field});
        wide = null;
        layout(grid.getWidth() == 0 || grid.getWidth() >= WIDE);
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
