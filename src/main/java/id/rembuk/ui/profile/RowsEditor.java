package id.rembuk.ui.profile;

import id.rembuk.domain.QuickWin;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The schedule or the indicators as a small table of text fields: Insert adds a row under the one
 * the keyboard is in, Ctrl+Delete removes it, Enter saves, and leaving the table saves it whole as
 * one field. The schedule's rows carry a strip of the twelve months with the step's bar.
 */
final class RowsEditor {
    private static final double CELL = 22;

    private final ProfileViewModel vm;
    private final ProfileField field;
    private final boolean schedule;
    private final VBox rowsBox = new VBox(4);
    private final List<HBox> strips = new ArrayList<>();
    private final List<Row> shown = new ArrayList<>();
    private final ListChangeListener<Row> rebuild = c -> build();

    RowsEditor(ProfileViewModel vm, ProfileField field) {
        this.vm = vm;
        this.field = field;
        this.schedule = field == ProfileField.SCHEDULE;
    }

    Node root() {
        VBox box = new VBox(4);
        box.setId("profileRows-" + field.name());
        box.getStyleClass().add("profile-rows");
        box.getChildren().addAll(header(), rowsBox, addButton());
        ObservableList<Row> rows = vm.rows(field);
        rows.addListener(new WeakListChangeListener<>(rebuild));
        box.getProperties().put(ListChangeListener.class, rebuild);
        build();
        FieldKeys.markRefused(vm, field, box);
        if (schedule) {
            Observe.whileAlive(box, this::paintAll, vm.selectedProperty());
        }
        box.focusWithinProperty().addListener((o, was, now) -> {
            if (now) {
                vm.editingProperty().set(field);
            } else {
                vm.commit(field);
                if (vm.editingProperty().get() == field) {
                    vm.editingProperty().set(null);
                }
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int at = focusedRow();
            if (e.getCode() == KeyCode.INSERT) {
                e.consume();
                vm.commit(field);
                Row r = vm.insertRow(field, at < 0 ? vm.rows(field).size() - 1 : at);
                focus(vm.rows(field).indexOf(r));
            } else if (e.getCode() == KeyCode.DELETE && e.isShortcutDown() && at >= 0) {
                e.consume();
                vm.removeRow(field, at);
                focus(Math.min(at, vm.rows(field).size() - 1));
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.commit(field);
            } else if (e.getCode() == KeyCode.ESCAPE && vm.dirty(field)) {
                e.consume();
                vm.revert(field);
            }
        });
        return box;
    }

    private Node header() {
        HBox h = new HBox(6);
        h.getStyleClass().add("profile-rows-head");
        h.setAlignment(Pos.BOTTOM_LEFT);
        if (schedule) {
            h.getChildren().addAll(head("profile.schedule.from", 46), head("profile.schedule.to", 46));
            Label activity = head("profile.schedule.activity", 0);
            HBox.setHgrow(activity, Priority.ALWAYS);
            activity.setMaxWidth(Double.MAX_VALUE);
            h.getChildren().addAll(activity, Months.header(CELL), gap());
        } else {
            Label name = head("profile.indicator.name", 0);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            Label arrow = new Label("");
            arrow.setMinWidth(18);
            h.getChildren().addAll(name, head("profile.indicator.baseline", 150), arrow,
                    head("profile.indicator.target", 150), gap());
        }
        return h;
    }

    private static Label head(String key, double width) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("profile-rows-title");
        if (width > 0) {
            l.setMinWidth(width);
            l.setPrefWidth(width);
        }
        return l;
    }

    /** Room for the remove button of the rows below. */
    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(30);
        return r;
    }

    private Node addButton() {
        Button add = new Button(Messages.get(schedule ? "profile.schedule.add" : "profile.indicator.add"),
                new FontIcon(Material2OutlinedAL.ADD));
        add.setId("profileAdd-" + field.name());
        add.getStyleClass().addAll("flat", "small");
        // in the Tab order: with no rows yet there is nothing else here for Insert to be pressed in
        add.setOnAction(e -> {
            vm.commit(field);
            Row r = vm.insertRow(field, vm.rows(field).size() - 1);
            focus(vm.rows(field).indexOf(r));
        });
        return add;
    }

    private void build() {
        shown.clear();
        strips.clear();
        List<Node> children = new ArrayList<>();
        List<Row> rows = vm.rows(field);
        for (int i = 0; i < rows.size(); i++) {
            children.add(row(rows.get(i), i));
        }
        if (rows.isEmpty()) {
            Label empty = new Label(Messages.get(schedule ? "profile.schedule.empty" : "profile.indicator.empty"));
            empty.getStyleClass().add("profile-muted");
            children.add(empty);
        }
        rowsBox.getChildren().setAll(children);
        paintAll();
    }

    private Node row(Row r, int index) {
        shown.add(r);
        HBox h = new HBox(6);
        h.getStyleClass().add("profile-row");
        h.setAlignment(Pos.CENTER_LEFT);
        String id = "profileRow-" + field.name() + "-" + index;
        if (schedule) {
            TextField from = cell(r, 0, id + "-from", 46, Messages.get("profile.schedule.from"));
            TextField to = cell(r, 1, id + "-to", 46, Messages.get("profile.schedule.to"));
            TextField activity = cell(r, 2, id + "-activity", 0, Messages.get("profile.schedule.activity"));
            HBox strip = Months.strip(CELL);
            strips.add(strip);
            InvalidationListener paint = o -> paint(strip, r);
            r.cell(0).addListener(paint);
            r.cell(1).addListener(paint);
            h.getChildren().addAll(from, to, activity, strip);
        } else {
            TextField name = cell(r, 0, id + "-name", 0, Messages.get("profile.indicator.name"));
            TextField baseline = cell(r, 1, id + "-baseline", 150, Messages.get("profile.indicator.baseline"));
            Label arrow = new Label("→");
            arrow.getStyleClass().add("profile-arrow");
            arrow.setMinWidth(18);
            TextField target = cell(r, 2, id + "-target", 150, Messages.get("profile.indicator.target"));
            h.getChildren().addAll(name, baseline, arrow, target);
        }
        Button remove = new Button(null, new FontIcon(Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE));
        remove.getStyleClass().addAll("flat", "small", "profile-remove");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip(Messages.get("profile.row.remove")));
        remove.setAccessibleText(Messages.get("profile.row.remove"));
        remove.setOnAction(e -> vm.removeRow(field, vm.rows(field).indexOf(r)));
        h.getChildren().add(remove);
        return h;
    }

    private TextField cell(Row r, int i, String id, double width, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setAccessibleText(prompt);
        t.textProperty().bindBidirectional(r.cell(i));
        FieldKeys.passUndoToWindow(t, () -> vm.dirty(field));
        if (width > 0) {
            t.setPrefWidth(width);
            t.setMinWidth(width);
            t.setMaxWidth(width);
        } else {
            t.setMinWidth(100);
            HBox.setHgrow(t, Priority.ALWAYS);
        }
        return t;
    }

    private void paintAll() {
        for (int i = 0; i < strips.size(); i++) {
            paint(strips.get(i), shown.get(i));
        }
    }

    private void paint(HBox strip, Row r) {
        QuickWin q = vm.quickWin().orElse(null);
        int from = Months.parse(r.cell(0).get());
        int to = Months.parse(r.cell(1).get());
        if (from == 0 && to > 0) {
            from = to;
        } else if (to < from) {
            to = from;
        }
        Months.paint(strip, from, to, q);
    }

    private int focusedRow() {
        Node n = rowsBox.getScene() == null ? null : rowsBox.getScene().getFocusOwner();
        while (n != null && n.getParent() != rowsBox) {
            n = n.getParent();
        }
        return n == null ? -1 : rowsBox.getChildren().indexOf(n);
    }

    private void focus(int index) {
        if (index >= 0 && index < rowsBox.getChildren().size()
                && rowsBox.getChildren().get(index) instanceof HBox h) {
            h.getChildren().get(0).requestFocus();
        }
    }
}
