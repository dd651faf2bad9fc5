package id.rembuk.ui.roadmap;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import id.rembuk.domain.ActionItem;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Labelled;
import id.rembuk.domain.PlanPeriod;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The "Rencana aksi" tab: the programmes to choose from (searchable, by dimension) and the chosen
 * programme's steps as a table, with the editor under it. Insert adds, Enter or F2 edits, Delete
 * deletes, Alt+↑/↓ moves a step; in the editor Enter saves and Esc cancels.
 */
final class ActionPlanPane {
    private final ActionPlanViewModel vm;
    private final TableView<ActionPlanViewModel.Step> table = new TableView<>();
    private final TextField step = new TextField();

    ActionPlanPane(ActionPlanViewModel vm) {
        this.vm = vm;
    }

    Node root() {
        Node list = programmes();
        Node plan = plan();
        HBox.setHgrow(plan, Priority.ALWAYS);
        HBox root = new HBox(12, list, plan);
        root.getStyleClass().add("roadmap-plan");
        return root;
    }

    private Node programmes() {
        Node list = new ProgrammeList(vm, table::requestFocus).root();
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private Node plan() {
        Label title = new Label();
        title.setId("planTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setMinWidth(0);
        Observe.whileAlive(title, () -> {
            String t = vm.programmeTitleProperty().get();
            title.setText(t.isEmpty() ? Messages.get("roadmap.plan.choose") : t);
        }, vm.programmeTitleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        Button add = button("roadmap.plan.add", Material2OutlinedAL.ADD, "planAdd", this::startNew);
        Button edit = button("roadmap.plan.edit", Material2OutlinedAL.EDIT, "planEdit", this::startEdit);
        Button delete = button("roadmap.plan.delete", Material2OutlinedAL.DELETE, "planDelete", () -> {
            String id = vm.selectedProperty().get();
            if (id != null) {
                vm.delete(id);
            }
        });
        Button up = button("roadmap.plan.up", Material2OutlinedAL.ARROW_UPWARD, "planUp", () -> move(-1));
        Button down = button("roadmap.plan.down", Material2OutlinedAL.ARROW_DOWNWARD, "planDown", () -> move(1));
        for (Button b : new Button[] {edit, delete, up, down}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        add.disableProperty().bind(vm.programmeProperty().isNull());
        HBox head = new HBox(6, title, add, edit, delete, up, down);
        head.setAlignment(Pos.CENTER_LEFT);

        table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Node editor = editor();
        editor.visibleProperty().bind(vm.editingProperty());
        editor.managedProperty().bind(vm.editingProperty());
        Label hint = new Label();
        hint.setId("planHint");
        hint.getStyleClass().addAll("roadmap-hint", Styles.DANGER);
        hint.textProperty().bind(vm.hintProperty());
        hint.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return new VBox(8, head, table, editor, hint);
    }

    private static Button button(String key, org.kordamp.ikonli.Ikon icon, String id, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(Messages.get(key)));
        b.setAccessibleText(Messages.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void startNew() {
        if (vm.startNew()) {
            Platform.runLater(step::requestFocus);
        }
    }

    private void startEdit() {
        String id = vm.selectedProperty().get();
        if (id != null && vm.startEdit(id)) {
            Platform.runLater(step::requestFocus);
        }
    }

    private void move(int delta) {
        String id = vm.selectedProperty().get();
        if (id != null) {
            vm.move(id, delta);
            table.requestFocus();
        }
    }

    private void table() {
        table.setId("planTable");
        table.setItems(vm.steps());
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("roadmap.plan.empty")));
        table.getColumns().add(column("roadmap.plan.col.no", 44, 44, s -> Integer.toString(s.number())));
        table.getColumns().add(column("roadmap.plan.col.step", 170, 120, s -> s.item().step()));
        table.getColumns().add(column("roadmap.plan.col.output", 100, 80, s -> s.item().output()));
        table.getColumns().add(column("roadmap.plan.col.indicator", 100, 80, s -> s.item().indicator()));
        table.getColumns().add(column("roadmap.plan.col.target", 90, 80, s -> s.item().target()));
        table.getColumns().add(column("roadmap.plan.col.time", 96, 90, ActionPlanViewModel.Step::time));
        table.getColumns().add(column("roadmap.plan.col.owner", 100, 80, s -> s.item().owner()));
        // amount over source: one column, as the programme matrix prints it
        table.getColumns().add(column("roadmap.plan.col.budget", 96, 90, s -> (s.item().budget() == 0 ? "–"
                : IndonesianFormat.rupiahShort(s.item().budget())) + "\n" + source(s.item().funding())));
        table.getColumns().add(column("roadmap.plan.col.status", 96, 96,
                s -> Messages.get(s.item().status().messageKey())));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != null) {
                vm.selectedProperty().set(s.id());
            }
        });
        Observe.whileAlive(table, () -> {
            String id = vm.selectedProperty().get();
            vm.steps().stream().filter(s -> s.id().equals(id)).findFirst().ifPresentOrElse(s -> {
                table.getSelectionModel().select(s);
                table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
            }, () -> table.getSelectionModel().clearSelection());
        }, vm.selectedProperty(), vm.steps());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<ActionPlanViewModel.Step> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    startEdit();
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode c = e.getCode();
            if (c == KeyCode.INSERT) {
                startNew();
            } else if ((c == KeyCode.ENTER || c == KeyCode.F2) && vm.selectedProperty().get() != null) {
                startEdit();
            } else if (c == KeyCode.DELETE && vm.selectedProperty().get() != null) {
                vm.delete(vm.selectedProperty().get());
            } else if (e.isAltDown() && (c == KeyCode.UP || c == KeyCode.DOWN)) {
                move(c == KeyCode.UP ? -1 : 1);
            } else {
                return;
            }
            e.consume();
        });
    }

    private static String source(FundingSource f) {
        return f == FundingSource.OTHER ? Messages.get(f.messageKey()) : f.name();
    }

    private static TableColumn<ActionPlanViewModel.Step, String> column(String key, double width, double min,
                                                                      Function<ActionPlanViewModel.Step, String> text) {
        TableColumn<ActionPlanViewModel.Step, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
            }
        });
        return c;
    }

    // ---- the editor under the table

    private Node editor() {
        Label heading = new Label();
        heading.getStyleClass().add("roadmap-plan-editor-title");
        Observe.whileAlive(heading, () -> heading.setText(Messages.get(vm.editingIdProperty().get() == null
                ? "roadmap.plan.editor.new" : "roadmap.plan.editor.edit")), vm.editingIdProperty());

        step.setId("planStep");
        step.textProperty().bindBidirectional(vm.draftStepProperty());
        TextField output = field("planOutput", vm.draftOutputProperty());
        TextField indicator = field("planIndicator", vm.draftIndicatorProperty());
        TextField target = field("planTarget", vm.draftTargetProperty());
        TextField owner = field("planOwner", vm.draftOwnerProperty());
        TextField budget = field("planBudget", vm.draftBudgetProperty());
        budget.setPromptText(Messages.get("roadmap.plan.budget.prompt"));

        ComboBox<PlanPeriod.Unit> unit = new ComboBox<>();
        unit.setId("planUnit");
        unit.getItems().add(null);
        unit.getItems().addAll(PlanPeriod.Unit.values());
        unit.setConverter(labels(Messages.get("roadmap.plan.noTime")));
        unit.valueProperty().bindBidirectional(vm.draftUnitProperty());
        unit.setButtonCell(new LabelCell<>(Messages.get("roadmap.plan.noTime")));
        unit.setCellFactory(v -> new LabelCell<>(Messages.get("roadmap.plan.noTime")));
        TextField from = field("planFrom", vm.draftFromProperty());
        from.setPrefColumnCount(3);
        TextField to = field("planTo", vm.draftToProperty());
        to.setPrefColumnCount(3);
        to.setPromptText(Messages.get("roadmap.plan.to.prompt"));
        from.disableProperty().bind(vm.draftUnitProperty().isNull());
        to.disableProperty().bind(vm.draftUnitProperty().isNull());
        HBox time = new HBox(4, unit, from, new Label("–"), to);
        time.setAlignment(Pos.CENTER_LEFT);

        ComboBox<FundingSource> funding = new ComboBox<>(FXCollections.observableArrayList(FundingSource.values()));
        funding.setId("planFunding");
        funding.setConverter(labels(""));
        funding.valueProperty().bindBidirectional(vm.draftFundingProperty());
        ComboBox<ActionItem.Status> status = new ComboBox<>(FXCollections.observableArrayList(
                ActionItem.Status.values()));
        status.setId("planStatus");
        status.setConverter(labels(""));
        status.valueProperty().bindBidirectional(vm.draftStatusProperty());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        for (double w : new double[] {12, 38, 12, 38}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            g.getColumnConstraints().add(c);
        }
        row(g, 0, "roadmap.plan.col.step", step, "roadmap.plan.col.status", status);
        row(g, 1, "roadmap.plan.col.output", output, "roadmap.plan.col.indicator", indicator);
        row(g, 2, "roadmap.plan.col.target", target, "roadmap.plan.col.time", time);
        row(g, 3, "roadmap.plan.col.owner", owner, "roadmap.plan.col.budget", budget);
        Label sourceLabel = new Label(Messages.get("roadmap.plan.col.source"));
        sourceLabel.setLabelFor(funding);
        g.add(sourceLabel, 0, 4);
        g.add(funding, 1, 4);

        Button save = new Button(Messages.get("roadmap.plan.save"));
        save.setId("planSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        Button cancel = new Button(Messages.get("roadmap.plan.cancel"));
        cancel.setOnAction(e -> cancel());
        Label keys = new Label(Messages.get("roadmap.plan.editor.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox buttons = new HBox(8, save, cancel, keys);
        buttons.setAlignment(Pos.CENTER_LEFT);
        g.add(buttons, 2, 4, 2, 1);

        VBox box = new VBox(6, heading, g);
        box.setId("planEditor");
        box.getStyleClass().add("roadmap-plan-editor");
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean popup = e.getTarget() instanceof ComboBox<?> c && c.isShowing();
            if (e.getCode() == KeyCode.ENTER && !popup) {
                e.consume();
                save();
            } else if (e.getCode() == KeyCode.ESCAPE && !popup) {
                e.consume();
                cancel();
            }
        });
        return box;
    }

    private void save() {
        if (vm.save()) {
            table.requestFocus();
        }
    }

    private void cancel() {
        vm.cancel();
        table.requestFocus();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static void row(GridPane g, int r, String k1, Node n1, String k2, Node n2) {
        Label l1 = new Label(Messages.get(k1));
        l1.setLabelFor(n1);
        l1.setMinWidth(Region.USE_PREF_SIZE);
        Label l2 = new Label(Messages.get(k2));
        l2.setLabelFor(n2);
        l2.setMinWidth(Region.USE_PREF_SIZE);
        if (n1 instanceof Region r1) {
            r1.setMaxWidth(Double.MAX_VALUE);
        }
        g.add(l1, 0, r);
        g.add(n1, 1, r);
        g.add(l2, 2, r);
        g.add(n2, 3, r);
    }

    private static <T extends Labelled> StringConverter<T> labels(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? none : Messages.get(t.messageKey());
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A list cell that shows the label of an enum value, or a word for none. */
    private static final class LabelCell<T extends Labelled> extends ListCell<T> {
        private final String none;

        LabelCell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(T t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty ? null : t == null ? none : Messages.get(t.messageKey()));
        }
    }
}
