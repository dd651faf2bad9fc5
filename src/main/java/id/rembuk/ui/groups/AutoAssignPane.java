package id.rembuk.ui.groups;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.groups.GroupsViewModel.Preview;
import id.rembuk.ui.groups.GroupsViewModel.PreviewRow;
import id.rembuk.ui.groups.GroupsViewModel.Targets;
import java.text.NumberFormat;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Bagi otomatis": the options and the balance they would give, shown over the groups before
 * anything is written. Enter applies, Escape closes without writing.
 */
final class AutoAssignPane {
    private final GroupsViewModel vm;
    private final StackPane root = new StackPane();
    private final GridPane table = new GridPane();
    private final Label summary = new Label();
    private final Label score = new Label();

    AutoAssignPane(GroupsViewModel vm) {
        this.vm = vm;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        Label title = new Label(Messages.get("groups.auto.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label(Messages.get("groups.auto.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);

        ToggleGroup targets = new ToggleGroup();
        RadioButton dims = new RadioButton(Messages.get("groups.auto.targetDimensions"));
        dims.setId("autoDimensions");
        dims.setUserData(Targets.DIMENSIONS);
        dims.setToggleGroup(targets);
        RadioButton elems = new RadioButton(Messages.get("groups.auto.targetElements"));
        elems.setId("autoElements");
        elems.setUserData(Targets.ELEMENTS);
        elems.setToggleGroup(targets);
        HBox targetRow = new HBox(16, dims, elems);
        targetRow.visibleProperty().bind(vm.elementGroupsProperty());
        targetRow.managedProperty().bind(targetRow.visibleProperty());
        Observe.whileAlive(targetRow, () -> (vm.autoTargetsProperty().get() == Targets.ELEMENTS ? elems : dims)
                .setSelected(true), vm.autoTargetsProperty());
        targets.selectedToggleProperty().addListener((o, old, t) -> {
            if (t != null) {
                vm.autoTargetsProperty().set((Targets) t.getUserData());
            }
        });

        CheckBox keep = new CheckBox(Messages.get("groups.auto.keep"));
        keep.setId("autoKeep");
        keep.setWrapText(true);
        keep.selectedProperty().bindBidirectional(vm.autoKeepProperty());
        CheckBox near = new CheckBox(Messages.get("groups.auto.near"));
        near.setId("autoNear");
        near.setWrapText(true);
        near.selectedProperty().bindBidirectional(vm.autoNearProperty());
        near.disableProperty().bind(vm.autoTargetsProperty().isEqualTo(Targets.ELEMENTS));

        summary.setId("autoSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        score.setId("autoScore");
        score.setWrapText(true);
        score.getStyleClass().add(Styles.TEXT_MUTED);
        table.setId("autoTable");
        table.getStyleClass().add("auto-table");
        table.setHgap(0);
        Observe.whileAlive(table, this::fill, vm.previewProperty());

        Button other = new Button(Messages.get("groups.auto.other"));
        other.setId("autoOther");
        other.setTooltip(new Tooltip(Messages.get("groups.auto.otherTooltip")));
        other.setOnAction(e -> vm.otherArrangement());
        Button cancel = new Button(Messages.get("groups.auto.cancel"));
        cancel.setId("autoCancel");
        cancel.setOnAction(e -> vm.cancelAutoAssign());
        Button apply = new Button(Messages.get("groups.auto.apply"));
        apply.setId("autoApply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(vm.previewProperty().isNull());
        apply.setOnAction(e -> vm.applyAutoAssign());
        HBox buttons = new HBox(8, other, new Spacer(), cancel, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(12, title, explain, targetRow, keep, near, summary, table, score, buttons);
        card.setId("autoAssign");
        card.getStyleClass().add("auto-card");
        card.setMaxWidth(640);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        card.setFillWidth(true);
        root.getChildren().setAll(card);
        root.setId("autoOverlay");
        root.getStyleClass().add("auto-overlay");
        root.visibleProperty().bind(vm.previewingProperty());
        root.managedProperty().bind(root.visibleProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancelAutoAssign();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                // Enter on a button presses it; anywhere else it applies
                if (e.getTarget() instanceof Button b) {
                    b.fire();
                } else if (vm.previewProperty().get() != null) {
                    vm.applyAutoAssign();
                }
                e.consume();
            }
        });
        vm.previewingProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(apply::requestFocus);
            }
        });
    }

    private void fill() {
        Preview p = vm.previewProperty().get();
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        if (p == null) {
            summary.setText(vm.previewingProperty().get() ? Messages.get("groups.auto.nobody") : "");
            score.setText("");
            return;
        }
        String sizes = p.minSize() == p.maxSize() ? Integer.toString(p.minSize()) : p.minSize() + "–" + p.maxSize();
        summary.setText(Messages.get("groups.auto.summary", p.people(), p.rows().size(), sizes, p.changed()));
        NumberFormat f = NumberFormat.getNumberInstance(Messages.locale());
        f.setMaximumFractionDigits(1);
        score.setText(Messages.get("groups.auto.score", f.format(p.before()), f.format(p.after())));

        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().add(name);
        for (int c = 1; c < 6; c++) {
            ColumnConstraints n = new ColumnConstraints();
            n.setHalignment(HPos.RIGHT);
            table.getColumnConstraints().add(n);
        }
        String[] heads = {"groups.auto.col.group", "groups.auto.col.size", "groups.auto.col.opd",
            "groups.auto.col.dewan", "groups.auto.col.others", "groups.auto.col.shared"};
        for (int c = 0; c < heads.length; c++) {
            table.add(cell(Messages.get(heads[c]), "table-head", c > 0), c, 0);
        }
        int r = 1;
        for (PreviewRow row : p.rows()) {
            String style = r % 2 == 0 ? "table-cell-even" : "table-cell-odd";
            table.add(cell(row.title(), style, false), 0, r);
            Label size = cell(Integer.toString(row.size()), style, true);
            size.setId("autoSize-" + row.groupId());
            table.add(size, 1, r);
            table.add(cell(Integer.toString(row.opd()), style, true), 2, r);
            table.add(cell(Integer.toString(row.dewan()), style, true), 3, r);
            table.add(cell(Integer.toString(row.others()), style, true), 4, r);
            Label shared = cell(row.shared().isEmpty() ? "—" : Integer.toString(row.shared().size()), style, true);
            if (!row.shared().isEmpty()) {
                shared.setTooltip(new Tooltip(String.join("\n", row.shared())));
            }
            table.add(shared, 5, r);
            r++;
        }
    }

    private static Label cell(String text, String style, boolean number) {
        Label l = new Label(text);
        l.getStyleClass().addAll("auto-cell", style);
        l.setMaxWidth(Double.MAX_VALUE);
        if (number) {
            l.setMinWidth(Label.USE_PREF_SIZE);
            l.setAlignment(Pos.CENTER_RIGHT);
        }
        return l;
    }
}
