package id.rembuk.ui.board;

import id.rembuk.i18n.Messages;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One row of a lane: a card drawn by the caller's {@link BoardCard}, or a cluster's heading; while
 * edited in place, a text box instead (Enter saves, Esc cancels). Reused as the list scrolls.
 */
final class BoardCell<T> extends ListCell<BoardRow<T>> {
    private final BoardView<T> board;
    private final LaneView<T> lane;
    private BoardCard<T> card;
    private final Label clusterTitle = new Label();
    private final Label clusterCount = new Label();
    private final HBox header;
    /** The card and the heading both live here, one shown: the cell never swaps nodes in and out. */
    private final javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
    private static final javafx.css.PseudoClass CARD = javafx.css.PseudoClass.getPseudoClass("card");
    private static final javafx.css.PseudoClass HEADER = javafx.css.PseudoClass.getPseudoClass("header");
    private static final javafx.css.PseudoClass CLUSTERED = javafx.css.PseudoClass.getPseudoClass("clustered");
    private static final javafx.css.PseudoClass LAST = javafx.css.PseudoClass.getPseudoClass("last");
    private static final javafx.css.PseudoClass EDITING = javafx.css.PseudoClass.getPseudoClass("editing");
    private TextInputControl editor;
    private javafx.scene.control.Tooltip tip;
    /** The row the editor was opened for, so a re-render of the same row keeps what was typed. */
    private String editorFor;

    BoardCell(BoardView<T> board, LaneView<T> lane) {
        this.board = board;
        this.lane = lane;
        getStyleClass().add("board-cell");
        // as wide as the list, never wider: text wraps instead of the list scrolling sideways
        setPrefWidth(0);
        clusterTitle.getStyleClass().add("board-cluster-title");
        clusterTitle.setMinWidth(0);
        clusterTitle.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(clusterTitle, Priority.ALWAYS);
        clusterCount.getStyleClass().add("board-cluster-count");
        clusterCount.setMinWidth(Region.USE_PREF_SIZE);
        header = new HBox(8, clusterTitle, clusterCount);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("board-cluster-header");
        header.setVisible(false);
        header.setManaged(false);
        holder.getChildren().add(header);
        holder.setAlignment(Pos.TOP_LEFT);
        holder.setMinWidth(0);

        ChangeListener<Object> editing = (o, was, now) -> {
            String mine = editKey();
            if (mine != null && (mine.equals(was) || mine.equals(now))) {
                render();
            }
        };
        board.editingProperty().addListener(editing);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null && !isEmpty()
                    && editor == null) {
                board.startEdit(getItem());
                e.consume();
            }
        });
        setOnDragDetected(e -> {
            if (!(getItem() instanceof BoardRow.Card<T> c) || isEmpty() || editorFor != null) {
                return;
            }
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(board.dragTag(c.key()));
            db.setContent(content);
            db.setDragView(snapshot(null, null));
            board.dragStarted(c);
            e.consume();
        });
        setOnDragDone(e -> board.dragEnded());
    }

    /**
     * As tall as the card drawn at the list's width: a wrapped text needs more lines when the list
     * is narrow, and a cell asks its graphic without a width otherwise (one line, cut with "…").
     */
    @Override
    protected double computePrefHeight(double width) {
        javafx.scene.Node g = getGraphic();
        if (g != null && width > 0 && getText() == null) {
            javafx.geometry.Insets in = getInsets();
            return in.getTop() + in.getBottom() + g.prefHeight(Math.max(0, width - in.getLeft() - in.getRight()));
        }
        return super.computePrefHeight(width);
    }

    private String editKey() {
        BoardRow<T> row = getItem();
        return row == null || isEmpty() ? null : BoardView.editKey(row);
    }

    @Override
    protected void updateItem(BoardRow<T> row, boolean empty) {
        super.updateItem(row, empty);
        render();
    }

    /**
     * Draws the row. Only pseudo-classes and visibility change here: a changed style class or a node
     * swapped in would make CSS run again over the whole card, and the list sizes rows it is not
     * showing yet too (to estimate its length), so this runs far more often than rows scroll in.
     */
    private void render() {
        BoardRow<T> row = getItem();
        setText(null);
        if (row == null || isEmpty()) {
            closeEditor();
            states(false, false, false, false, false);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String key = BoardView.editKey(row);
        if (key.equals(board.editingProperty().get())) {
            states(row instanceof BoardRow.Card<T>, row instanceof BoardRow.Header<T>, false, false, true);
            setGraphic(openEditor(row, key));
            return;
        }
        closeEditor();
        if (row instanceof BoardRow.Card<T> c) {
            states(true, false, !c.cluster().isEmpty(), !c.cluster().isEmpty() && c.last(), false);
            if (card == null) {
                card = board.newCard();
                card.node().getStyleClass().add("board-card");
                holder.getChildren().add(0, card.node());
            }
            card.show(c.item());
            show(card.node());
            setAccessibleText(board.textOf(c.item()));
            denseTip(board.textOf(c.item()));
        } else if (row instanceof BoardRow.Header<T> h) {
            states(false, true, false, false, false);
            clusterTitle.setText(h.cluster());
            clusterCount.setText(BoardView.countText(h.count()));
            show(header);
            setAccessibleText(Messages.get("board.cluster.accessible", h.cluster(), h.count()));
            denseTip(null);
        }
        if (getGraphic() != holder) {
            setGraphic(holder);
        }
    }

    /** A dense row cuts a card to two lines: the whole text shows on hover. One tooltip per cell, made once. */
    private void denseTip(String text) {
        boolean dense = getListView() != null && getListView().getFixedCellSize() > 0 && text != null;
        if (dense) {
            if (tip == null) {
                tip = new javafx.scene.control.Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(480);
            }
            tip.setText(text);
            if (getTooltip() != tip) {
                setTooltip(tip);
            }
        } else if (getTooltip() != null) {
            setTooltip(null);
        }
    }

    /** Shows one of the holder's children; the other stays in place, hidden, with its CSS done. */
    private void show(javafx.scene.Node n) {
        for (javafx.scene.Node x : holder.getChildren()) {
            boolean on = x == n;
            if (x.isVisible() != on) {
                x.setVisible(on);
                x.setManaged(on);
            }
        }
    }

    private void states(boolean isCard, boolean isHeader, boolean clustered, boolean last, boolean editing) {
        pseudoClassStateChanged(CARD, isCard);
        pseudoClassStateChanged(HEADER, isHeader);
        pseudoClassStateChanged(CLUSTERED, clustered);
        pseudoClassStateChanged(LAST, last);
        pseudoClassStateChanged(EDITING, editing);
    }

    private TextInputControl openEditor(BoardRow<T> row, String key) {
        if (editor != null && key.equals(editorFor)) {
            return editor;
        }
        if (row instanceof BoardRow.Card<T>) {
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(3);
            editor = area;
        } else {
            editor = new TextField();
        }
        editor.setId("boardEditor");
        editor.getStyleClass().add("board-editor");
        editor.setText(board.draftOr(row));
        editor.textProperty().addListener((o, was, now) -> board.draftChanged(now));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                board.commitEdit(row, editor.getText());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                board.cancelEdit();
            }
        });
        // a click elsewhere keeps what was typed, as a spreadsheet does
        TextInputControl mine = editor;
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now && mine == editor && key.equals(board.editingProperty().get())) {
                board.commitEdit(row, mine.getText());
            }
        });
        editorFor = key;
        TextInputControl focus = editor;
        javafx.application.Platform.runLater(() -> {
            if (focus == editor) {
                focus.requestFocus();
                focus.end();
            }
        });
        return editor;
    }

    private void closeEditor() {
        if (editor != null) {
            boolean hadFocus = editor.isFocused();
            editor = null;
            editorFor = null;
            if (hadFocus) {
                lane.list().requestFocus();
            }
        }
    }
}
