package id.rembuk.ui.readiness;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import id.rembuk.domain.Element;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Labels;
import id.rembuk.domain.SubDimension;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.readiness.GapViewModel.Column;
import id.rembuk.ui.readiness.GapViewModel.GapRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The gap table: one row per gap, the four texts wrapped in full, priority as a coloured chip and a
 * button that puts the row on the SWOT board. Keyboard: type into the line above and Enter adds a
 * row; in the table, typing, Enter or F2 edits the cell in place (Enter saves, Shift+Enter a new
 * line, Esc cancels, Tab saves and goes to the next cell); 1/2/3 on the priority cell sets it;
 * Ctrl+Enter sends the row to the SWOT board; Alt+↑/↓ moves it; Delete deletes it (undo brings it back).
 */
final class GapView {
    private static final PseudoClass SENT = PseudoClass.getPseudoClass("sent");
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");

    private final GapViewModel vm;
    /** The type size against the facilitator's screen (1.3 on a group's laptop): column widths follow it. */
    private final double scale;
    private final boolean narrow;
    private TableView<GapRow> table;
    /** A key typed on a cell that starts its editing: the editor begins with it. */
    private String typedFirst;

    /**
     * @param narrow the SWOT column shows icons only (their words in the tooltip), so the texts keep
     *               room in the larger type of a group's laptop
     */
    GapView(GapViewModel vm, double scale, boolean narrow) {
        this.vm = vm;
        this.scale = scale;
        this.narrow = narrow;
    }

    Node root() {
        TextField add = new TextField();
        add.setId("gapAdd");
        add.setPromptText(Messages.get("readiness.gap.add"));
        add.setAccessibleText(Messages.get("readiness.gap.add"));
        add.getStyleClass().add("gap-add");
        HBox.setHgrow(add, Priority.ALWAYS);
        Button addButton = new Button(Messages.get("readiness.gap.addButton"), new FontIcon(Material2AL.ADD));
        addButton.setId("gapAddButton");
        addButton.setMnemonicParsing(false);
        Runnable doAdd = () -> vm.add(add.getText()).ifPresent(id -> {
            add.clear();
            select(id);
        });
        add.setOnAction(e -> doAdd.run());
        addButton.setOnAction(e -> doAdd.run());
        HBox addLine = new HBox(8, add, addButton);
        addLine.setAlignment(Pos.CENTER_LEFT);

        table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(10, addLine, table);
        root.getStyleClass().add("gap-pane");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.INSERT) {
                add.requestFocus();
                e.consume();
            }
        });
        return root;
    }

    private TableView<GapRow> table() {
        ObservableList<GapRow> items = FXCollections.observableArrayList();
        Bindings.bindContent(items, vm.rows());
        TableView<GapRow> t = new TableView<>(items);
        t.setId("gapTable");
        t.setAccessibleText(Messages.get("readiness.gap.title"));
        t.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "gap-table");
        t.setEditable(true);
        t.getSelectionModel().setCellSelectionEnabled(true);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(Messages.get("readiness.gap.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setMaxWidth(520);
        t.setPlaceholder(placeholder);

        TableColumn<GapRow, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(""));
        number.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Integer.toString(getIndex() + 1));
            }
        });
        fixed(number, (narrow ? 30 : 40) * scale);
        number.setEditable(false);
        number.setSortable(false);

        TableColumn<GapRow, GapRow> scope = new TableColumn<>(Messages.get(narrow ? "readiness.gap.col.scopeShort"
                : "readiness.gap.col.scope"));
        scope.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        scope.setCellFactory(c -> new ScopeCell());
        scope.setPrefWidth(130 * scale);
        scope.setMinWidth(80 * scale);
        wrapHeader(scope);
        scope.setEditable(false);
        scope.setSortable(false);

        if (!narrow) {
            // a group's few rows need no numbers; the width goes to their words
            t.getColumns().add(number);
        }
        t.getColumns().add(scope);
        for (Column c : Column.values()) {
            t.getColumns().add(textColumn(c));
        }
        TableColumn<GapRow, GapRow> priority = new TableColumn<>(Messages.get("readiness.gap.col.priority"));
        priority.setId("gapPriorityColumn");
        priority.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        priority.setCellFactory(c -> new PriorityCell());
        fixed(priority, (narrow ? 80 : 96) * scale);
        wrapHeader(priority);
        priority.setEditable(false);
        priority.setSortable(false);
        TableColumn<GapRow, GapRow> swot = new TableColumn<>(Messages.get(narrow ? "readiness.gap.col.swotShort"
                : "readiness.gap.col.swot"));
        swot.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        swot.setCellFactory(c -> new SwotCell());
        fixed(swot, (narrow ? 64 : 160) * scale);
        swot.setEditable(false);
        swot.setSortable(false);
        t.getColumns().add(priority);
        t.getColumns().add(swot);

        t.setRowFactory(v -> {
            TableRow<GapRow> row = new TableRow<>() {
                @Override
                protected void updateItem(GapRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(SENT, !empty && item != null && item.sent());
                    pseudoClassStateChanged(CONFLICT, !empty && item != null && item.conflict());
                }
            };
            return row;
        });
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> menu.getItems().setAll(selected().map(this::menuItems).orElse(List.of())));
        t.setContextMenu(menu);
        t.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKey);
        t.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            // typing on a text cell starts editing it with what was typed
            String ch = e.getCharacter();
            TablePosition<GapRow, ?> pos = t.getFocusModel().getFocusedCell();
            if (t.getEditingCell() == null && pos != null && pos.getRow() >= 0 && column(pos) != null
                    && ch.length() == 1 && !Character.isISOControl(ch.charAt(0)) && !e.isShortcutDown()
                    && !e.isAltDown()) {
                typedFirst = ch;
                t.edit(pos.getRow(), pos.getTableColumn());
                e.consume();
            }
        });
        return t;
    }

    /**
     * The header's words wrap over two lines instead of ending in "…": a Text wrapped at the column's
     * width (a wrapping Label in a header is measured before it has a width, a letter a line).
     */
    private static void wrapHeader(TableColumn<?, ?> c) {
        Text t = new Text(c.getText());
        t.getStyleClass().add("gap-header");
        t.wrappingWidthProperty().bind(c.widthProperty().subtract(14));
        c.setText(null);
        c.setGraphic(t);
    }

    private static void fixed(TableColumn<?, ?> c, double w) {
        c.setPrefWidth(w);
        c.setMinWidth(w);
        c.setMaxWidth(w);
        c.setResizable(false);
    }

    private TableColumn<GapRow, String> textColumn(Column c) {
        TableColumn<GapRow, String> col = new TableColumn<>(Messages.get("readiness.gap.col."
                + c.name().toLowerCase(Locale.ROOT)));
        col.setId("gapColumn-" + c.name());
        col.setUserData(c);
        col.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(c.of(x.getValue().item())));
        col.setCellFactory(x -> new TextCell());
        col.setPrefWidth((c == Column.RECOMMENDATION ? 200 : 170) * scale);
        col.setMinWidth(90 * scale);
        wrapHeader(col);
        col.setSortable(false);
        col.setOnEditCommit(e -> {
            if (e.getRowValue() != null) {
                vm.set(e.getRowValue().id(), c, e.getNewValue());
            }
        });
        return col;
    }

    private static Column column(TablePosition<GapRow, ?> pos) {
        return pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof Column c ? c : null;
    }

    private TableColumn<GapRow, ?> firstTextColumn() {
        return table.getColumns().stream().filter(c -> c.getUserData() == Column.CURRENT).findFirst()
                .orElse(table.getColumns().get(0));
    }

    private Optional<GapRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void select(String id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(id)) {
                table.getSelectionModel().clearAndSelect(i, firstTextColumn());
                table.scrollTo(i);
            }
        }
    }

    private void tableKey(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        Optional<GapRow> row = selected();
        TablePosition<GapRow, ?> pos = table.getFocusModel().getFocusedCell();
        if (row.isEmpty()) {
            return;
        }
        String id = row.get().id();
        KeyCode c = e.getCode();
        if (e.isAltDown() && (c == KeyCode.UP || c == KeyCode.DOWN)) {
            int col = pos == null ? table.getColumns().indexOf(firstTextColumn()) : pos.getColumn();
            if (vm.move(id, c == KeyCode.UP ? -1 : 1)) {
                select(id);
                table.getSelectionModel().clearAndSelect(table.getSelectionModel().getSelectedIndex(),
                        table.getColumns().get(col));
            }
            e.consume();
        } else if (c == KeyCode.ENTER && e.isShortcutDown()) {
            vm.sendToSwot(id);
            e.consume();
        } else if (c == KeyCode.DELETE) {
            vm.delete(id);
            e.consume();
        } else if ((c == KeyCode.ENTER || c == KeyCode.F2) && pos != null) {
            if (column(pos) != null) {
                table.edit(pos.getRow(), pos.getTableColumn());
            } else if ("gapPriorityColumn".equals(pos.getTableColumn().getId())) {
                vm.setPriority(id, next(row.get().item().priority()));
            } else {
                ContextMenu m = new ContextMenu();
                m.getItems().setAll(menuItems(row.get()));
                Node anchor = table.lookup(".table-row-cell:selected");
                m.show(anchor == null ? table : anchor, javafx.geometry.Side.BOTTOM, 0, 0);
            }
            e.consume();
        } else if (pos != null && "gapPriorityColumn".equals(pos.getTableColumn().getId())) {
            priorityOfKey(e.getText()).ifPresent(p -> {
                vm.setPriority(id, p);
                e.consume();
            });
        }
    }

    /** 1/2/3 or the first letter of the priority (T/S/R, H/M/L). */
    static Optional<GapItem.Priority> priorityOfKey(String key) {
        if (key == null || key.length() != 1) {
            return Optional.empty();
        }
        char c = Character.toUpperCase(key.charAt(0));
        for (GapItem.Priority p : GapItem.Priority.values()) {
            String label = Messages.get(p.messageKey());
            if (c == '1' + p.ordinal() || !label.isEmpty() && Character.toUpperCase(label.charAt(0)) == c) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static GapItem.Priority next(GapItem.Priority p) {
        GapItem.Priority[] all = GapItem.Priority.values();
        return all[(p.ordinal() + 1) % all.length];
    }

    private List<MenuItem> menuItems(GapRow row) {
        String id = row.id();
        GapItem g = row.item();
        List<MenuItem> items = new ArrayList<>();
        MenuItem send = new MenuItem(Messages.get(row.sent() ? "readiness.gap.sent" : "readiness.gap.send"),
                new FontIcon(Material2MZ.SEND));
        send.setAccelerator(KeyCombination.valueOf("Shortcut+Enter"));
        send.setOnAction(e -> vm.sendToSwot(id));
        items.add(send);
        items.add(new SeparatorMenuItem());
        items.add(radioMenu("readiness.gap.col.priority", List.of(GapItem.Priority.values()),
                p -> Messages.get(p.messageKey()), Optional.of(g.priority()), p -> vm.setPriority(id, p), false));
        List<Element> elements = List.of(Element.values());
        items.add(radioMenu("readiness.gap.element", elements, ReadinessViewModel::elementLabel, g.element(),
                e -> vm.setElement(id, Optional.ofNullable(e)), true));
        Labels labels = Labels.defaults();
        items.add(radioMenu("readiness.gap.subDimension", g.dimension().subDimensions(),
                s -> labels.subDimension(s, Messages.locale()), g.subDimension(),
                s -> vm.setSubDimension(id, Optional.ofNullable(s)), true));
        items.add(new SeparatorMenuItem());
        MenuItem up = new MenuItem(Messages.get("readiness.row.up"), new FontIcon(Material2AL.ARROW_UPWARD));
        up.setAccelerator(KeyCombination.valueOf("Alt+Up"));
        up.setOnAction(e -> vm.move(id, -1));
        MenuItem down = new MenuItem(Messages.get("readiness.row.down"), new FontIcon(Material2AL.ARROW_DOWNWARD));
        down.setAccelerator(KeyCombination.valueOf("Alt+Down"));
        down.setOnAction(e -> vm.move(id, 1));
        MenuItem delete = new MenuItem(Messages.get("readiness.gap.delete"), new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setAccelerator(KeyCombination.valueOf("Delete"));
        delete.setOnAction(e -> vm.delete(id));
        items.addAll(List.of(up, down, new SeparatorMenuItem(), delete));
        return items;
    }

    /** A submenu of choices; with {@code none}, a first item "—" clears the value (the action gets null). */
    private static <T> Menu radioMenu(String key, List<T> values, Function<T, String> label, Optional<T> now,
                                      java.util.function.Consumer<T> choose, boolean none) {
        Menu m = new Menu(Messages.get(key));
        ToggleGroup g = new ToggleGroup();
        if (none) {
            RadioMenuItem i = new RadioMenuItem(Messages.get("readiness.gap.none"));
            i.setToggleGroup(g);
            i.setSelected(now.isEmpty());
            i.setOnAction(e -> choose.accept(null));
            m.getItems().add(i);
        }
        for (T v : values) {
            RadioMenuItem i = new RadioMenuItem(label.apply(v));
            i.setToggleGroup(g);
            i.setSelected(now.equals(Optional.of(v)));
            i.setOnAction(e -> choose.accept(v));
            m.getItems().add(i);
        }
        return m;
    }

    // ---- cells ----

    /** A text shown in full (wrapped), edited in place in a text area. */
    private final class TextCell extends TableCell<GapRow, String> {
        private final Text text = new Text();
        private TextArea editor;

        TextCell() {
            text.getStyleClass().add("gap-text");
            // wrap at the column's width: the cell's own width is 0 while the row is first measured,
            // which would make every row as tall as a word per line
            tableColumnProperty().addListener((o, old, c) -> {
                text.wrappingWidthProperty().unbind();
                if (c != null) {
                    text.wrappingWidthProperty().bind(c.widthProperty().subtract(14));
                }
            });
            // a row measured before the columns took their width keeps that height unless told
            text.wrappingWidthProperty().addListener(o -> {
                requestLayout();
                if (getTableRow() != null) {
                    getTableRow().requestLayout();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !isEmpty() && !isEditing()) {
                    getTableView().edit(getIndex(), getTableColumn());
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (isEditing()) {
                return;
            }
            text.setText(empty || item == null ? "" : item);
            setText(null);
            setGraphic(empty ? null : text);
        }

        @Override
        public void startEdit() {
            if (isEmpty()) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            editor = new TextArea(typedFirst != null ? typedFirst : getItem());
            typedFirst = null;
            editor.setWrapText(true);
            editor.setPrefRowCount(3);
            editor.getStyleClass().add("gap-editor");
            editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                    commitEdit(editor.getText());
                    e.consume();
                } else if (e.getCode() == KeyCode.ENTER) {
                    editor.insertText(editor.getCaretPosition(), "\n");
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                } else if (e.getCode() == KeyCode.TAB) {
                    int row = getIndex();
                    int col = getTableView().getColumns().indexOf(getTableColumn());
                    commitEdit(editor.getText());
                    int to = Math.max(0, Math.min(getTableView().getColumns().size() - 1, col + (e.isShiftDown() ? -1 : 1)));
                    getTableView().getSelectionModel().clearAndSelect(row, getTableView().getColumns().get(to));
                    getTableView().requestFocus();
                    e.consume();
                }
            });
            editor.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(editor.getText());
                }
            });
            setGraphic(editor);
            editor.requestFocus();
            editor.end();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            text.setText(getItem() == null ? "" : getItem());
            setGraphic(text);
            getTableView().requestFocus();
        }

        @Override
        public void commitEdit(String value) {
            super.commitEdit(value);
            setGraphic(text);
            getTableView().requestFocus();
        }
    }

    private final class ScopeCell extends TableCell<GapRow, GapRow> {
        @Override
        protected void updateItem(GapRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Labels labels = Labels.defaults();
            // a Text wrapped at the column's width: a wrapping Label in a cell is measured a letter a line
            Text sub = new Text(item.item().subDimension().map(s -> labels.subDimension(s, Messages.locale()))
                    .orElse(narrow ? "—" : Messages.get("readiness.gap.noSubDimension")));
            sub.wrappingWidthProperty().bind(getTableColumn().widthProperty().subtract(14));
            sub.getStyleClass().add("gap-scope-sub");
            Text element = new Text(item.item().element().map(ReadinessViewModel::elementLabel).orElse(""));
            element.getStyleClass().add("gap-scope-element");
            element.wrappingWidthProperty().bind(getTableColumn().widthProperty().subtract(14));
            element.setVisible(item.item().element().isPresent());
            element.setManaged(element.isVisible());
            VBox box = new VBox(2, sub, element);
            setGraphic(box);
            setText(null);
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    ContextMenu m = new ContextMenu();
                    m.getItems().setAll(menuItems(getItem()));
                    m.show(this, e.getScreenX(), e.getScreenY());
                }
            });
        }
    }

    private final class PriorityCell extends TableCell<GapRow, GapRow> {
        @Override
        protected void updateItem(GapRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            GapItem.Priority p = item.item().priority();
            Label chip = new Label(Messages.get(p.messageKey()));
            chip.getStyleClass().addAll("priority-chip", "priority-" + p.name().toLowerCase(Locale.ROOT));
            chip.setTooltip(new Tooltip(Messages.get("readiness.gap.priority.hint")));
            setGraphic(chip);
            setText(null);
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    vm.setPriority(getItem().id(), next(getItem().item().priority()));
                }
            });
        }
    }

    private final class SwotCell extends TableCell<GapRow, GapRow> {
        @Override
        protected void updateItem(GapRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (item.sent()) {
                Label done = new Label(Messages.get("readiness.gap.sent"), new FontIcon(Material2AL.CHECK_CIRCLE));
                done.getStyleClass().add("gap-sent");
                done.setId("gapSent-" + item.id());
                done.setTooltip(new Tooltip(Messages.get("readiness.gap.sent")));
                if (narrow) {
                    done.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                }
                setGraphic(done);
            } else {
                Button send = new Button(Messages.get("readiness.gap.send"), new FontIcon(Material2MZ.SEND));
                send.setId("gapSend-" + item.id());
                send.getStyleClass().addAll(Styles.SMALL, "gap-send");
                send.setMnemonicParsing(false);
                send.setFocusTraversable(false);
                send.setTooltip(new Tooltip(Messages.get("readiness.gap.send.hint")));
                send.setOnAction(e -> vm.sendToSwot(item.id()));
                send.setAccessibleText(Messages.get("readiness.gap.send.hint"));
                if (narrow) {
                    send.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                }
                setGraphic(send);
            }
            setText(null);
        }
    }
}
