package id.rembuk.ui.agenda;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.AgendaItem.Kind;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.agenda.AgendaEditorViewModel.DayOption;
import id.rembuk.ui.agenda.AgendaEditorViewModel.GroupOption;
import id.rembuk.ui.agenda.AgendaEditorViewModel.Row;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The agenda editor: a day chooser, the day's blocks in a table (drag a row, or Alt+↑/↓, to
 * reorder; Insert adds, Delete removes), and a form beside it for the selected block. The view
 * only binds and forwards; every decision is the view model's.
 */
public final class AgendaEditorView {
    /** What a dragged row carries: the block's id. */
    static final DataFormat BLOCK = Optional.ofNullable(DataFormat.lookupMimeType("application/x-rembuk-agenda-block"))
            .orElseGet(() -> new DataFormat("application/x-rembuk-agenda-block"));
    private static final String CSS = AgendaEditorView.class.getResource("/id/rembuk/ui/agenda/agenda-editor.css")
            .toExternalForm();
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");

    private final AgendaEditorViewModel vm;
    private TableView<Row> table;
    private TextField titleField;
    /** The table shows what the view model selected; that echo is not a new choice. */
    private boolean syncing;
    /** After Tambah/Insert the new block's title is where the user types next, once it shows. */
    private boolean focusTitleWhenShown;

    public AgendaEditorView(AgendaEditorViewModel vm) {
        this.vm = vm;
    }

    /** Builds the screen; once per view (the sidebar makes a new view each time it shows the area). */
    public Node root() {
        Label title = new Label(Messages.get("editor.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button template = button("agendaTemplate", "editor.button.template", Material2OutlinedMZ.SAVE_ALT,
                vm::saveAsTemplate);
        template.disableProperty().bind(vm.canSaveAsTemplateProperty().not());
        Node days = days();
        HBox.setHgrow(days, Priority.ALWAYS);
        HBox head = new HBox(16, title, days, template);
        head.setAlignment(Pos.CENTER_LEFT);

        Message problem = message("agendaProblem", vm.problemProperty(), Styles.DANGER, Material2AL.ERROR_OUTLINE);
        Message unreadable = message("agendaUnreadable", vm.unreadableProperty(), Styles.WARNING,
                Material2OutlinedMZ.WARNING);

        SplitPane split = new SplitPane(tablePane(), form());
        split.setId("agendaSplit");
        split.setDividerPositions(0.73);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        VBox.setVgrow(split, Priority.ALWAYS);

        VBox page = new VBox(10, head, toolbar(), problem, unreadable, split);
        page.setId("agendaEditor");
        page.getStyleClass().add("agenda-editor");
        page.getStylesheets().add(CSS);
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.INSERT && !(page.getScene().getFocusOwner() instanceof TextInputControl)) {
                add();
                e.consume();
            }
        });
        return page;
    }

    // ------------------------------------------------------------------ days and commands

    private Node days() {
        FlowPane bar = new FlowPane(6, 6);
        bar.setId("agendaDays");
        bar.getStyleClass().add("day-bar");
        ToggleGroup group = new ToggleGroup();
        Runnable fill = () -> {
            bar.getChildren().clear();
            for (DayOption d : vm.days()) {
                ToggleButton b = new ToggleButton(d.label());
                b.setId("agendaDay-" + d.day());
                b.getStyleClass().add("day-button");
                b.setToggleGroup(group);
                b.setUserData(d.day());
                b.setSelected(d.day() == vm.dayProperty().get());
                b.setOnAction(e -> {
                    vm.selectDay(d.day());
                    b.setSelected(d.day() == vm.dayProperty().get());
                });
                // a row dropped on a day moves the block there
                b.setOnDragOver(e -> {
                    if (e.getDragboard().hasContent(BLOCK) && d.day() != vm.dayProperty().get()) {
                        e.acceptTransferModes(TransferMode.MOVE);
                        b.pseudoClassStateChanged(DROP, true);
                    }
                    e.consume();
                });
                b.setOnDragExited(e -> b.pseudoClassStateChanged(DROP, false));
                b.setOnDragDropped(e -> {
                    vm.moveToDay((String) e.getDragboard().getContent(BLOCK), d.day());
                    e.setDropCompleted(true);
                    e.consume();
                });
                bar.getChildren().add(b);
            }
        };
        Observe.whileAlive(bar, fill, vm.days());
        Observe.whileAlive(bar, () -> group.getToggles().forEach(t -> t.setSelected(
                Integer.valueOf(vm.dayProperty().get()).equals(t.getUserData()))), vm.dayProperty());
        return bar;
    }

    private Node toolbar() {
        Button add = button("agendaAdd", "editor.button.add", Material2AL.ADD, this::add);
        add.getStyleClass().add(Styles.ACCENT);
        Button remove = button("agendaRemove", "editor.button.remove", Material2AL.DELETE_OUTLINE, vm::remove);
        remove.disableProperty().bind(vm.hasSelectionProperty().not());
        Button up = button("agendaUp", "editor.button.up", Material2AL.ARROW_UPWARD, vm::moveUp);
        up.disableProperty().bind(vm.canMoveUpProperty().not());
        Button down = button("agendaDown", "editor.button.down", Material2AL.ARROW_DOWNWARD, vm::moveDown);
        down.disableProperty().bind(vm.canMoveDownProperty().not());
        CheckBox shift = new CheckBox(Messages.get("editor.shift"));
        shift.setId("agendaShift");
        shift.selectedProperty().bindBidirectional(vm.shiftLaterProperty());
        shift.setTooltip(new Tooltip(Messages.get("editor.shift.hint")));
        HBox bar = new HBox(8, add, remove, new Separator(Orientation.VERTICAL), up, down,
                new Separator(Orientation.VERTICAL), shift);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("agenda-toolbar");
        return bar;
    }

    private void add() {
        focusTitleWhenShown = true;
        vm.add();
        focusTitleIfShown();
    }

    private void focusTitleIfShown() {
        if (focusTitleWhenShown && vm.hasSelectionProperty().get() && titleField != null && !titleField.isDisabled()) {
            focusTitleWhenShown = false;
            titleField.requestFocus();
            titleField.selectAll();
        }
    }

    private static Button button(String id, String key, Ikon icon, Runnable action) {
        Button b = new Button(Messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(Messages.get(key));
        b.setTooltip(new Tooltip(Messages.get(key + ".hint")));
        b.setOnAction(e -> action.run());
        b.setMnemonicParsing(false);
        return b;
    }

    private static Message message(String id, ObservableValue<String> text, String style, Ikon icon) {
        Message m = new Message(null, "", new FontIcon(icon));
        m.setId(id);
        m.getStyleClass().add(style);
        m.descriptionProperty().bind(text);
        m.visibleProperty().bind(Bindings.createBooleanBinding(() -> !text.getValue().isEmpty(), text));
        m.managedProperty().bind(m.visibleProperty());
        return m;
    }

    // ------------------------------------------------------------------ the table

    private Node tablePane() {
        // the table holds a copy of the rows: TableView listens to its items for as long as the
        // list lives, and the view model's list outlives every view built on it
        ObservableList<Row> items = FXCollections.observableArrayList();
        Bindings.bindContent(items, vm.rows());
        table = new TableView<>(items);
        table.setId("agendaTable");
        table.setAccessibleText(Messages.get("editor.title"));
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("editor.total.empty")));
        // times never shrink (a cut "08.…" is useless); the texts share what is left, the title most
        table.getColumns().add(fixed(column("start", 62, Row::start, false)));
        table.getColumns().add(fixed(column("end", 76, Row::end, false)));
        table.getColumns().add(fixed(column("duration", 72, Row::duration, false)));
        table.getColumns().add(atLeast(column("title", 280, Row::title, true), 180));
        table.getColumns().add(fixed(kindColumn()));
        table.getColumns().add(atLeast(column("speaker", 140, Row::speaker, true), 108));
        table.getColumns().add(fixed(groupsColumn()));
        table.getColumns().add(atLeast(column("output", 120, Row::expectedOutput, true), 90));
        table.setRowFactory(t -> row());

        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (!syncing) {
                vm.select(row == null ? null : row.id());
            }
        });
        // after the table's own listeners (added when the items were set): they move the selection first
        items.addListener((ListChangeListener<Row>) c -> showSelection());
        Observe.whileAlive(table, this::showSelection, vm.selectedIdProperty());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKey);

        Label total = new Label();
        total.setId("agendaTotal");
        total.getStyleClass().add("agenda-total");
        total.textProperty().bind(vm.totalProperty());
        Label notice = new Label();
        notice.setId("agendaNotice");
        notice.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        notice.textProperty().bind(vm.noticeProperty());
        HBox footer = new HBox(12, total, new Spacer(), notice);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("agenda-footer");
        VBox box = new VBox(table, footer);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setMinWidth(0);
        return box;
    }

    private void tableKey(KeyEvent e) {
        if (e.getCode() == KeyCode.INSERT) {
            add();
        } else if (e.getCode() == KeyCode.DELETE) {
            vm.remove();
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            vm.moveUp();
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            vm.moveDown();
        } else {
            return;
        }
        e.consume();
    }

    private void showSelection() {
        String id = vm.selectedIdProperty().get();
        int index = -1;
        for (int k = 0; k < table.getItems().size(); k++) {
            if (table.getItems().get(k).id().equals(id)) {
                index = k;
            }
        }
        syncing = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != index) {
                table.getSelectionModel().clearAndSelect(index);
                table.getFocusModel().focus(index);
                // the flow scrolls only as far as needed; TableView.scrollTo would put the row on top
                if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollTo(index);
                }
            }
        } finally {
            syncing = false;
        }
        focusTitleIfShown();
    }

    private TableRow<Row> row() {
        TableRow<Row> row = new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CONFLICT, !empty && item != null && item.conflicted());
            }
        };
        row.setOnDragDetected(e -> {
            if (row.isEmpty()) {
                return;
            }
            Dragboard db = row.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(BLOCK, row.getItem().id());
            content.putString(row.getItem().title());
            db.setContent(content);
            db.setDragView(row.snapshot(null, null));
            e.consume();
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(BLOCK)) {
                e.acceptTransferModes(TransferMode.MOVE);
                row.pseudoClassStateChanged(DROP, true);
            }
            e.consume();
        });
        row.setOnDragExited(e -> row.pseudoClassStateChanged(DROP, false));
        row.setOnDragDropped(e -> dropOn(row, e));
        return row;
    }

    /** A row dropped on another takes that row's place; dropped below the last row, it goes last. */
    private void dropOn(TableRow<Row> row, DragEvent e) {
        String id = (String) e.getDragboard().getContent(BLOCK);
        int last = table.getItems().size() - 1;
        int index = row.isEmpty() || row.getIndex() > last ? last : row.getIndex();
        boolean sameDay = table.getItems().stream().anyMatch(r -> r.id().equals(id));
        if (sameDay) {
            vm.moveTo(id, index);
        } else {
            vm.moveToDay(id, vm.dayProperty().get());
        }
        e.setDropCompleted(true);
        e.consume();
    }

    private static TableColumn<Row, Row> fixed(TableColumn<Row, Row> c) {
        return atLeast(c, c.getPrefWidth());
    }

    private static TableColumn<Row, Row> atLeast(TableColumn<Row, Row> c, double width) {
        c.setMinWidth(width);
        return c;
    }

    private static TableColumn<Row, Row> column(String key, double width, Function<Row, String> text, boolean tip) {
        TableColumn<Row, Row> c = new TableColumn<>(Messages.get("editor.col." + key));
        c.setId("col-" + key);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(f -> new SimpleObjectProperty<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                String s = empty || item == null ? null : text.apply(item);
                setText(s);
                // long titles take a second line rather than being cut: the title is what people read
                setWrapText(key.equals("title"));
                setTooltip(tip && s != null && !s.isEmpty() ? new Tooltip(s) : null);
                setGraphic(key.equals("title") && item != null && !empty && item.conflicted()
                        ? conflictIcon() : null);
            }
        });
        return c;
    }

    private static Node conflictIcon() {
        FontIcon i = new FontIcon(Material2OutlinedMZ.WARNING);
        i.getStyleClass().add("conflict-icon");
        Tooltip.install(i, new Tooltip(Messages.get("editor.conflict")));
        return i;
    }

    private static TableColumn<Row, Row> kindColumn() {
        TableColumn<Row, Row> c = column("kind", 104, Row::kindLabel, false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : tag(item.kind(), item.kindLabel()));
            }
        });
        return c;
    }

    /** The kind as a coloured tag, the same colour in the table and in the form's chooser. */
    static Label tag(Kind kind, String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("kind-tag", "kind-" + kind.name().toLowerCase(Locale.ROOT));
        return l;
    }

    private static TableColumn<Row, Row> groupsColumn() {
        TableColumn<Row, Row> c = column("groups", 96, Row::groups, false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.groups());
                setTooltip(empty || item == null ? null : new Tooltip(item.groupsLong()));
            }
        });
        return c;
    }

    // ------------------------------------------------------------------ the form

    private Node form() {
        Label head = new Label(Messages.get("editor.form.title"));
        head.getStyleClass().add(Styles.TITLE_4);
        Label none = new Label(Messages.get("editor.form.none"));
        none.setId("agendaFormNone");
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(vm.hasSelectionProperty().not());
        none.managedProperty().bind(none.visibleProperty());

        titleField = new TextField();
        titleField.setId("agendaTitle");
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        commitOnLeave(titleField, vm::commitTitle);
        titleField.setOnAction(e -> vm.commitTitle());

        ComboBox<Kind> kind = new ComboBox<>();
        kind.setId("agendaKind");
        kind.getItems().setAll(Kind.values());
        kind.setButtonCell(new KindCell(false));
        kind.setCellFactory(l -> new KindCell(true));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setOnAction(e -> vm.commitKind());
        kind.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Integer> day = new ComboBox<>();
        day.setId("agendaBlockDay");
        day.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null ? "" : Messages.get("editor.day", d);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        Observe.whileAlive(day, () -> {
            var items = vm.days().stream().map(DayOption::day).toList();
            if (!day.getItems().equals(items)) {
                day.getItems().setAll(items);
            }
        }, vm.days());
        // a bidirectional binding holds its ends weakly: the adapter lives as long as the chooser
        ObjectProperty<Integer> blockDay = vm.blockDayProperty().asObject();
        day.getProperties().put("blockDay", blockDay);
        day.valueProperty().bindBidirectional(blockDay);
        day.setOnAction(e -> vm.commitDay());
        day.setMaxWidth(Double.MAX_VALUE);

        TextField start = new TextField();
        start.setId("agendaStart");
        start.setPrefColumnCount(5);
        start.textProperty().bindBidirectional(vm.startProperty());
        commitOnLeave(start, vm::commitStart);
        start.setOnAction(e -> vm.commitStart());

        Spinner<Integer> duration = new Spinner<>(new DurationValueFactory());
        duration.setId("agendaDuration");
        duration.setEditable(true);
        duration.getValueFactory().valueProperty().bindBidirectional(vm.durationProperty());
        duration.getValueFactory().valueProperty().addListener((o, old, v) -> vm.commitDuration(v));
        Label end = new Label();
        end.setId("agendaEnd");
        end.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        end.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("editor.form.end", vm.endProperty().get()), vm.endProperty()));

        TextField speaker = new TextField();
        speaker.setId("agendaSpeaker");
        speaker.textProperty().bindBidirectional(vm.speakerProperty());
        commitOnLeave(speaker, vm::commitSpeaker);
        speaker.setOnAction(e -> vm.commitSpeaker());

        GridPane groups = new GridPane();
        groups.setId("agendaGroups");
        groups.setHgap(8);
        groups.setVgap(6);
        ColumnConstraints col = new ColumnConstraints();
        col.setPercentWidth(50);
        groups.getColumnConstraints().setAll(col, col);
        Observe.whileAlive(groups, () -> {
            groups.getChildren().clear();
            int k = 0;
            for (GroupOption g : vm.groupOptions()) {
                CheckBox box = new CheckBox(g.shortLabel());
                box.setId("agendaGroup-" + g.id());
                box.setTooltip(new Tooltip(g.label()));
                box.setAccessibleText(g.label());
                box.selectedProperty().bindBidirectional(vm.groupSelectedProperty(g.id()));
                box.setOnAction(e -> vm.commitGroups());
                groups.add(box, k % 2, k / 2);
                k++;
            }
        }, vm.groupOptions());
        Label groupsHint = new Label(Messages.get("editor.form.groupsHint"));
        groupsHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        groupsHint.setWrapText(true);

        TextArea output = new TextArea();
        output.setId("agendaOutput");
        output.setWrapText(true);
        output.setPrefRowCount(3);
        output.textProperty().bindBidirectional(vm.expectedOutputProperty());
        commitOnLeave(output, vm::commitExpectedOutput);

        Label error = new Label();
        error.setId("agendaFormError");
        error.setWrapText(true);
        error.getStyleClass().addAll("form-error", Styles.DANGER);
        error.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        error.textProperty().bind(vm.formErrorProperty());
        error.visibleProperty().bind(vm.formErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("agenda-form-grid");
        grid.setHgap(10);
        grid.setVgap(4);
        // the kind's tag needs more room than "Hari 2"
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(58);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(42);
        grid.getColumnConstraints().setAll(wide, narrow);
        int r = 0;
        r = field(grid, r, "editor.form.titleField", titleField, 2);
        grid.add(labelled("editor.form.kind", kind), 0, r);
        grid.add(labelled("editor.form.day", day), 1, r++);
        grid.add(labelled("editor.form.start", start), 0, r);
        grid.add(labelled("editor.form.duration", duration), 1, r++);
        grid.add(end, 0, r++, 2, 1);
        r = field(grid, r, "editor.form.speaker", speaker, 2);
        grid.add(labelled("editor.form.groups", new VBox(4, groups, groupsHint)), 0, r++, 2, 1);
        r = field(grid, r, "editor.form.output", output, 2);
        grid.disableProperty().bind(vm.hasSelectionProperty().not());
        grid.visibleProperty().bind(vm.hasSelectionProperty());
        grid.managedProperty().bind(grid.visibleProperty());

        // the field the message is about is marked; the message sits on top, where it is seen
        Map<String, Node> fields = Map.of(AgendaItem.F_TITLE, titleField, AgendaItem.F_START, start,
                AgendaItem.F_DURATION, duration, AgendaItem.F_SPEAKER, speaker, AgendaItem.F_EXPECTED_OUTPUT, output,
                AgendaItem.F_TYPE, kind);
        Observe.whileAlive(error, () -> fields.forEach((f, n) -> n.pseudoClassStateChanged(Styles.STATE_DANGER,
                f.equals(vm.formErrorFieldProperty().get()))), vm.formErrorFieldProperty());
        VBox form = new VBox(10, head, none, error, grid);
        form.setId("agendaForm");
        form.getStyleClass().add("agenda-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("agenda-form-scroll");
        scroll.setMinWidth(250);
        Observe.whileAlive(titleField, this::focusTitleIfShown, vm.hasSelectionProperty());
        return scroll;
    }

    private static int field(GridPane grid, int row, String key, Node control, int span) {
        grid.add(labelled(key, control), 0, row, span, 1);
        return row + 1;
    }

    private static Node labelled(String key, Node control) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setLabelFor(control);
        if (control instanceof Control c) {
            c.setAccessibleText(Messages.get(key));
            c.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(3, l, control);
        box.setFillWidth(true);
        return box;
    }

    private static void commitOnLeave(Node field, Runnable commit) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    /** The kind as a tag: the full name in the list ("Diskusi kelompok (FGD)"), the short one when chosen. */
    private static final class KindCell extends ListCell<Kind> {
        private final boolean full;

        KindCell(boolean full) {
            this.full = full;
        }

        @Override
        protected void updateItem(Kind item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null
                    : tag(item, full ? Messages.get(item.messageKey()) : AgendaEditorViewModel.kindLabel(item)));
        }
    }

    /**
     * Minutes in steps of five, 1 to 720 by the arrows; typed text is passed on as it is (null when
     * not a number) so the view model can say what is wrong instead of the control silently clamping.
     */
    private static final class DurationValueFactory extends SpinnerValueFactory<Integer> {
        DurationValueFactory() {
            setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer v) {
                    return v == null ? "" : Integer.toString(v);
                }

                @Override
                public Integer fromString(String s) {
                    try {
                        return Integer.valueOf(s.strip());
                    } catch (NumberFormatException | NullPointerException e) {
                        return null;
                    }
                }
            });
            setValue(AgendaEditorViewModel.DEFAULT_DURATION);
        }

        @Override
        public void decrement(int steps) {
            int now = getValue() == null ? AgendaEditorViewModel.DEFAULT_DURATION : getValue();
            // down to the previous multiple of five, so 42 goes to 40, not 37
            int next = now % 5 == 0 ? now - 5 * steps : now - now % 5 - 5 * (steps - 1);
            setValue(Math.max(1, next));
        }

        @Override
        public void increment(int steps) {
            int now = getValue() == null ? AgendaEditorViewModel.DEFAULT_DURATION : getValue();
            int next = now - now % 5 + 5 * steps;
            setValue(Math.min(720, next));
        }
    }
}
