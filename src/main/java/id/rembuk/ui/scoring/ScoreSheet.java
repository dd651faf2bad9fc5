package id.rembuk.ui.scoring;

import id.rembuk.domain.Criterion;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The score sheet: a row per programme, a column per weighted criterion with the current scorer's
 * own value, and what all scorers together made of it. A digit 1–5 scores the cell and moves on to
 * the next criterion, Delete or Backspace clears it, arrows and Tab move, so a group scores twenty
 * programmes without the mouse.
 */
final class ScoreSheet {
    private final ScoringViewModel vm;
    private final TableView<ScoringRow> table = new TableView<>();
    private final TableColumn<ScoringRow, ScoringRow> programme = new TableColumn<>();
    private int cursorRow = 0;
    private Criterion cursorCriterion;

    ScoreSheet(ScoringViewModel vm) {
        this.vm = vm;
    }

    TableView<ScoringRow> root() {
        table.setId("scoringSheet");
        table.getStyleClass().add("scoring-sheet");
        table.setItems(vm.rows());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(Messages.get("scoring.sheet.empty")));
        programme.setGraphic(head(Messages.get("scoring.col.programme"), ""));
        programme.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        programme.setCellFactory(c -> new SheetCells.ProgrammeCell());
        programme.setPrefWidth(400);
        programme.setMinWidth(220);
        programme.setSortable(false);
        programme.setReorderable(false);
        // the model outlives this view: it holds these listeners weakly, the table strongly
        Observe.whileAlive(table, this::buildColumns, vm.columns(), vm.weights());
        Observe.whileAlive(table, () -> Platform.runLater(this::restoreCursor), vm.rows());
        table.getFocusModel().focusedCellProperty().addListener((o, old, p) -> remember(p));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // reached by Tab from the toolbar, the sheet starts on a cell that can be scored
        table.focusedProperty().addListener((o, was, now) -> {
            TablePosition<?, ?> p = table.getFocusModel().getFocusedCell();
            if (now && (p == null || p.getRow() < 0 || !(p.getTableColumn() != null
                    && p.getTableColumn().getUserData() instanceof Criterion))) {
                Platform.runLater(this::focusFirst);
            }
        });
        return table;
    }

    private void buildColumns() {
        table.getColumns().setAll(programme);
        for (Criterion c : vm.columns()) {
            WeightRow w = vm.weights().get(c.ordinal());
            TableColumn<ScoringRow, ScoringRow> col = new TableColumn<>();
            col.setUserData(c);
            col.setId("scoringCol-" + c.name());
            Region head = head(w.brief(), w.share());
            Tooltip.install(head, new Tooltip(w.label()));
            col.setGraphic(head);
            col.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
            col.setCellFactory(x -> new SheetCells.ValueCell(c));
            fixed(col, vm.scorerFixed() ? 76 : 82);
            col.setSortable(false);
            col.setReorderable(false);
            table.getColumns().add(col);
        }
        table.getColumns().add(aggregate("scoring.col.score", vm.scorerFixed() ? 92 : 100, SheetCells.AggregateCell.Kind.SCORE));
        if (!vm.scorerFixed()) {
            // a group's screen is narrower and its type larger: the spread, scorers and rank are on its ranking tab
            table.getColumns().add(aggregate("scoring.col.spread", 74, SheetCells.AggregateCell.Kind.SPREAD));
            table.getColumns().add(aggregate("scoring.col.scorers", 72, SheetCells.AggregateCell.Kind.SCORERS));
            table.getColumns().add(aggregate("scoring.col.rank", 92, SheetCells.AggregateCell.Kind.RANK));
        }
        Platform.runLater(this::restoreCursor);
    }

    private TableColumn<ScoringRow, ScoringRow> aggregate(String key, double width, SheetCells.AggregateCell.Kind kind) {
        TableColumn<ScoringRow, ScoringRow> col = new TableColumn<>();
        Region head = head(Messages.get(key), "");
        col.setGraphic(head);
        col.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
        col.setCellFactory(x -> new SheetCells.AggregateCell(kind));
        fixed(col, width);
        col.setSortable(false);
        col.setReorderable(false);
        return col;
    }

    /** Only the programme column gives and takes room; the numbers keep theirs. */
    private static void fixed(TableColumn<?, ?> col, double width) {
        col.setPrefWidth(width);
        col.setMinWidth(width);
        col.setMaxWidth(width);
    }

    private static Region head(String title, String sub) {
        Label t = new Label(title);
        t.getStyleClass().add("scoring-head");
        t.setAlignment(Pos.CENTER);
        // a head never breaks inside a word: the column is as wide as its short name
        t.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(t);
        box.setAlignment(Pos.CENTER);
        if (!sub.isEmpty()) {
            Label s = new Label(sub);
            s.getStyleClass().add("scoring-head-sub");
            box.getChildren().add(s);
        }
        return box;
    }

    private void remember(TablePosition<?, ?> p) {
        if (p != null && p.getRow() >= 0 && p.getTableColumn() != null
                && p.getTableColumn().getUserData() instanceof Criterion c) {
            cursorRow = p.getRow();
            cursorCriterion = c;
        }
    }

    /** After a write the rows are new: the cursor stays on its programme and criterion. */
    private void restoreCursor() {
        if (table.getItems().isEmpty() || cursorCriterion == null) {
            return;
        }
        TableColumn<ScoringRow, ?> col = column(cursorCriterion);
        if (col == null) {
            return;
        }
        int row = Math.min(cursorRow, table.getItems().size() - 1);
        TablePosition<?, ?> now = table.getFocusModel().getFocusedCell();
        if (now != null && now.getRow() == row && now.getTableColumn() == col) {
            return;
        }
        table.getSelectionModel().clearAndSelect(row, col);
        table.getFocusModel().focus(row, col);
    }

    private TableColumn<ScoringRow, ?> column(Criterion c) {
        return table.getColumns().stream().filter(x -> x.getUserData() == c).findFirst().orElse(null);
    }

    /** Puts the cursor on the first criterion of the first programme when the sheet gets the keyboard. */
    void focusFirst() {
        if (!table.getItems().isEmpty() && !vm.columns().isEmpty()) {
            if (cursorCriterion == null) {
                cursorCriterion = vm.columns().get(0);
                cursorRow = 0;
            }
            restoreCursor();
        }
        table.requestFocus();
    }

    private void key(KeyEvent e) {
        TablePosition<ScoringRow, ?> p = table.getFocusModel().getFocusedCell();
        if (p == null || p.getRow() < 0 || p.getRow() >= table.getItems().size()) {
            return;
        }
        ScoringRow row = table.getItems().get(p.getRow());
        Criterion c = p.getTableColumn() != null && p.getTableColumn().getUserData() instanceof Criterion x ? x : null;
        int digit = digit(e.getCode());
        if (digit >= 0 && !e.isShortcutDown() && !e.isAltDown()) {
            e.consume();
            if (c == null) {
                vm.setHint(Messages.get("scoring.hint.pickCell"));
            } else if (digit < 1 || digit > 5) {
                vm.setHint(Messages.get("scoring.hint.range"));
            } else if (vm.setScore(row.programmeId(), c, digit) || row.value(c) == digit) {
                step(p.getRow(), c, 1);
            }
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && c != null) {
            e.consume();
            vm.clearScore(row.programmeId(), c);
        } else if (e.getCode() == KeyCode.TAB && c != null && !e.isControlDown()) {
            // past the sheet's first or last cell Tab leaves the sheet as anywhere else
            if (step(p.getRow(), c, e.isShiftDown() ? -1 : 1)) {
                e.consume();
            }
        }
    }

    /**
     * The next (or previous) criterion, on to the next programme after the last one.
     *
     * @return false past the first or last cell
     */
    private boolean step(int row, Criterion c, int delta) {
        int i = vm.columns().indexOf(c) + delta;
        int r = row;
        if (i >= vm.columns().size()) {
            i = 0;
            r++;
        } else if (i < 0) {
            i = vm.columns().size() - 1;
            r--;
        }
        if (r < 0 || r >= table.getItems().size()) {
            return false;
        }
        cursorRow = r;
        cursorCriterion = vm.columns().get(i);
        TableColumn<ScoringRow, ?> col = column(cursorCriterion);
        table.getSelectionModel().clearAndSelect(r, col);
        table.getFocusModel().focus(r, col);
        table.scrollTo(Math.max(0, r - 3));
        return true;
    }

    private static int digit(KeyCode k) {
        if (k.isDigitKey()) {
            String name = k.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }
}
