package id.rembuk.ui.programme;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import id.rembuk.domain.Dimension;
import id.rembuk.i18n.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The matrix as a table walked with the keyboard: arrows move between cells, Enter or F2 (or just
 * typing) edits, Insert adds, Delete deletes, Alt+↑/↓ moves a programme within its dimension. The
 * long fields open the side form. The cell that had the keyboard keeps it when the session is
 * written, which happens after the write, not at once.
 */
final class ProgrammeTable {
    static final String REF_COLUMN = "programmeColumn-REF";

    private final ProgrammeViewModel vm;
    private final Supplier<Dimension> addTo;
    private final BiConsumer<ProgrammeRow, ProgrammeColumn> openForm;
    private final TableView<ProgrammeRow> table;
    /** The programme and column that should have the keyboard, kept across rewrites of the rows. */
    private String wantedId;
    private ProgrammeColumn wantedColumn = ProgrammeColumn.NAME;
    private boolean restoring;
    /** A key typed on a cell that starts its editing: the editor begins with it. */
    String typedFirst;
    private final List<Text> headers = new java.util.ArrayList<>();
    /** The text field of the cell being edited, if one is. */
    javafx.scene.control.TextField editor;

    /**
     * @param addTo    the dimension a new programme goes to
     * @param openForm opens the side form on a programme, at a long field
     */
    ProgrammeTable(ProgrammeViewModel vm, double scale, Supplier<Dimension> addTo,
                   BiConsumer<ProgrammeRow, ProgrammeColumn> openForm) {
        this.vm = vm;
        this.addTo = addTo;
        this.openForm = openForm;
        ObservableList<ProgrammeRow> items = FXCollections.observableArrayList(vm.rows());
        // one setAll, then the keyboard back where it was: the table moving its focus while the rows
        // change is not the user's doing
        ListChangeListener<ProgrammeRow> follow = c -> {
            restoring = true;
            try {
                items.setAll(vm.rows());
            } finally {
                restoring = false;
            }
            restore();
        };
        vm.rows().addListener(new WeakListChangeListener<>(follow));
        table = new TableView<>(items);
        // the model holds the listener weakly, the table strongly
        table.getProperties().put(ListChangeListener.class, follow);
        // the table takes the width it is given; its columns' widths must not widen the whole screen
        table.setMinWidth(0);
        table.setPrefWidth(400);
        table.setId("programmeTable");
        table.setAccessibleText(Messages.get("programme.title"));
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "programme-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(Messages.get("programme.empty"));
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);

        TableColumn<ProgrammeRow, ProgrammeRow> ref = new TableColumn<>();
        Text refHeader = new Text(Messages.get("programme.col.ref"));
        refHeader.getStyleClass().add("programme-header");
        headers.add(refHeader);
        ref.setGraphic(refHeader);
        ref.setId(REF_COLUMN);
        ref.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        ref.setCellFactory(c -> new RefCell());
        ref.setSortable(false);
        fixed(ref, 62 * scale);
        ref.setEditable(false);
        table.getColumns().add(ref);
        for (ProgrammeColumn pc : ProgrammeColumn.values()) {
            table.getColumns().add(column(pc, scale));
        }
        // all columns in view while they fit at their least widths; past that (a group's laptop, the
        // side form) they keep those widths and the table scrolls sideways rather than hiding the last ones
        double least = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 24;
        table.widthProperty().addListener((o, old, w) -> table.setColumnResizePolicy(w.doubleValue() >= least
                ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY));
        table.getFocusModel().focusedCellProperty().addListener((o, old, pos) -> {
            if (!restoring && pos != null && pos.getRow() >= 0 && pos.getRow() < table.getItems().size()) {
                wantedId = table.getItems().get(pos.getRow()).id();
                wantedColumn = column(pos);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        table.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            TablePosition<?, ?> pos = table.getFocusModel().getFocusedCell();
            ProgrammeColumn c = pos == null ? null : column(pos);
            boolean printable = ch.length() == 1 && !Character.isISOControl(ch.charAt(0)) && !e.isShortcutDown()
                    && !e.isAltDown();
            if (table.getEditingCell() != null && e.getTarget() == table && printable) {
                // typed fast after the key that opened the editor, before the editor had the keyboard
                if (editor != null) {
                    editor.insertText(editor.getCaretPosition(), ch);
                } else {
                    typedFirst = typedFirst == null ? ch : typedFirst + ch;
                }
                e.consume();
                return;
            }
            if (table.getEditingCell() == null && c != null && c.kind() == ProgrammeColumn.Kind.TEXT
                    && pos.getRow() >= 0 && ch.length() == 1 && !Character.isISOControl(ch.charAt(0))
                    && !e.isShortcutDown() && !e.isAltDown()) {
                typedFirst = ch;
                table.edit(pos.getRow(), table.getVisibleLeafColumn(pos.getColumn()));
                e.consume();
            }
        });
    }

    /**
     * The headers' type follows a label of the screen: a Text does not take the type size of the
     * screen around it (a group's laptop, the zoom).
     */
    void headerFont(javafx.beans.value.ObservableValue<Font> base) {
        for (Text t : headers) {
            t.fontProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> Font.font(
                    base.getValue().getFamily(), FontWeight.BOLD, base.getValue().getSize() * 0.8), base));
        }
    }

    TableView<ProgrammeRow> table() {
        return table;
    }

    private TableColumn<ProgrammeRow, ProgrammeRow> column(ProgrammeColumn pc, double scale) {
        TableColumn<ProgrammeRow, ProgrammeRow> col = new TableColumn<>();
        col.setId("programmeColumn-" + pc.name());
        col.setUserData(pc);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new ProgrammeCell(vm, this, pc));
        col.setSortable(false);
        col.setEditable(pc.kind() != ProgrammeColumn.Kind.FORM);
        double[] w = width(pc);
        col.setPrefWidth(w[0] * scale);
        col.setMinWidth(w[1] * scale);
        // the header's words wrap over two lines instead of ending in "…": a Text wrapped at the column's
        // width (a wrapping Label in a header is measured before it has a width, a letter a line)
        Text header = new Text(Messages.get(pc.titleKey()));
        header.getStyleClass().add("programme-header");
        header.wrappingWidthProperty().bind(col.widthProperty().subtract(10));
        headers.add(header);
        col.setGraphic(header);
        return col;
    }

    /**
     * Preferred and least width per column. The least widths keep the method's usual words whole
     * ("Kementerian", "transparan"): a matrix cut mid-word reads like a toy on the projector. They add
     * up to more than the 1142 px a 1366 px laptop leaves, so there the table scrolls sideways.
     */
    private static double[] width(ProgrammeColumn c) {
        return switch (c) {
            case SUB_DIMENSION -> new double[] {120, 110};
            case STRATEGIES -> new double[] {70, 62};
            case NAME -> new double[] {200, 180};
            case ACTIVITIES -> new double[] {180, 160};
            case HORIZON -> new double[] {96, 90};
            case MONTHS -> new double[] {60, 54};
            case LEAD -> new double[] {130, 120};
            case SUPPORTING -> new double[] {150, 140};
            case FUNDING -> new double[] {70, 64};
            case BUDGET -> new double[] {130, 124};
            case RPJMD -> new double[] {160, 150};
            case SERVICE -> new double[] {150, 140};
        };
    }

    private static void fixed(TableColumn<?, ?> c, double w) {
        c.setPrefWidth(w);
        c.setMinWidth(w);
        c.setMaxWidth(w);
        c.setResizable(false);
    }

    static ProgrammeColumn column(TablePosition<?, ?> pos) {
        return pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof ProgrammeColumn c ? c
                : null;
    }

    Optional<ProgrammeRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    /** Puts the keyboard on a programme's cell once the table shows it (now, or after the write). */
    void select(String id, ProgrammeColumn c) {
        wantedId = id;
        wantedColumn = c;
        restore();
    }

    private void restore() {
        if (wantedId == null) {
            return;
        }
        List<ProgrammeRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(wantedId)) {
                TableColumn<ProgrammeRow, ?> col = columnOf(wantedColumn);
                table.getSelectionModel().clearAndSelect(i, col);
                table.getFocusModel().focus(i, col);
                table.scrollTo(i);
                return;
            }
        }
    }

    TableColumn<ProgrammeRow, ?> columnOf(ProgrammeColumn c) {
        return table.getColumns().stream().filter(x -> c == null ? REF_COLUMN.equals(x.getId())
                : x.getUserData() == c).findFirst().orElse(table.getColumns().get(0));
    }

    /** Adds a programme and puts the keyboard on its name, ready to be typed over. */
    void add() {
        vm.add(addTo.get()).ifPresent(id -> select(id, ProgrammeColumn.NAME));
        table.requestFocus();
    }

    /** Starts editing the focused cell: in place, or in the side form for the long fields. */
    void edit() {
        TablePosition<?, ?> pos = table.getFocusModel().getFocusedCell();
        Optional<ProgrammeRow> row = selected();
        if (pos == null || row.isEmpty()) {
            return;
        }
        ProgrammeColumn c = column(pos);
        if (c == null) {
            openForm.accept(row.get(), ProgrammeColumn.STRATEGIES);
        } else if (c.kind() == ProgrammeColumn.Kind.FORM) {
            openForm.accept(row.get(), c);
        } else {
            table.edit(pos.getRow(), table.getVisibleLeafColumn(pos.getColumn()));
        }
    }

    private void key(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.INSERT) {
            add();
            e.consume();
            return;
        }
        Optional<ProgrammeRow> row = selected();
        if (row.isEmpty()) {
            return;
        }
        String id = row.get().id();
        if (e.isAltDown() && (k == KeyCode.UP || k == KeyCode.DOWN)) {
            vm.move(id, k == KeyCode.UP ? -1 : 1);
            select(id, wantedColumn);
            e.consume();
        } else if (k == KeyCode.DELETE) {
            // the keyboard goes to the next programme (the one before, at the end) once this one is gone
            List<ProgrammeRow> items = table.getItems();
            int i = items.indexOf(row.get());
            ProgrammeColumn at = wantedColumn;
            if (items.size() > 1) {
                select(items.get(i + 1 < items.size() ? i + 1 : i - 1).id(), at);
            }
            vm.delete(id);
            e.consume();
        } else if (k == KeyCode.ENTER || k == KeyCode.F2) {
            edit();
            e.consume();
        }
    }

    /** The keyboard goes back to the table on the cell it left for an editor. */
    void backToTable() {
        table.requestFocus();
        restore();
    }
}
