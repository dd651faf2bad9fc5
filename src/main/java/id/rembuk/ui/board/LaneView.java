package id.rembuk.ui.board;

import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One lane: its heading, its rows as a virtual list, a drop mark, and the field that adds a card. */
final class LaneView<T> extends VBox {
    /** How close to the list's top or bottom a dragged card makes it scroll, and how fast. */
    private static final double EDGE = 28;
    private static final double EDGE_STEP = 10;

    private final BoardView<T> board;
    private final BoardLane spec;
    private final ListView<BoardRow<T>> list = new ListView<>();
    private final List<BoardCell<T>> cells = new ArrayList<>();
    private final Region dropLine = new Region();
    private final StackPane listBox;
    private final TextField add = new TextField();
    private final Label count = new Label();

    LaneView(BoardView<T> board, BoardLane spec) {
        this.board = board;
        this.spec = spec;
        getStyleClass().add("board-lane");
        if (!spec.styleClass().isEmpty()) {
            getStyleClass().add(spec.styleClass());
        }
        setId("boardLaneBox-" + spec.id());
        setMinSize(0, 0);

        Label title = new Label(spec.title());
        title.getStyleClass().add("board-lane-title");
        title.setMinWidth(0);
        count.getStyleClass().add("board-lane-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, count);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("board-lane-head");

        list.setId("boardLane-" + spec.id());
        list.getStyleClass().add("board-list");
        list.setAccessibleText(spec.title());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> {
            BoardCell<T> c = new BoardCell<>(board, this);
            cells.add(c);
            return c;
        });
        Label empty = new Label(Messages.get("board.empty"));
        empty.getStyleClass().add("board-empty");
        list.setPlaceholder(empty);
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<BoardRow<T>>) c ->
                board.selectionChanged());
        list.getItems().addListener((ListChangeListener<BoardRow<T>>) c ->
                count.setText(BoardView.countText(BoardRows.cardCount(list.getItems()))));
        count.setText(BoardView.countText(0));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!e.isShortcutDown() && !e.isShiftDown()) {
                board.clearSelectionExcept(this);
            }
        });
        list.setOnDragOver(e -> {
            if (board.ownsDrag(e.getDragboard()) && board.hover(this, e.getSceneX(), e.getSceneY())) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragExited(e -> hideDropLine());
        list.setOnDragDropped(e -> {
            boolean done = board.ownsDrag(e.getDragboard()) && board.dropAt(this, e.getSceneX(), e.getSceneY());
            e.setDropCompleted(done);
            e.consume();
        });

        dropLine.getStyleClass().add("board-drop-line");
        dropLine.setManaged(false);
        dropLine.setVisible(false);
        dropLine.setMouseTransparent(true);
        listBox = new StackPane(list, dropLine);
        listBox.setMinHeight(0);
        VBox.setVgrow(listBox, Priority.ALWAYS);

        add.setId("boardAdd-" + spec.id());
        add.getStyleClass().add("board-add");
        add.setPromptText(spec.prompt());
        add.setAccessibleText(spec.prompt());
        add.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                String text = add.getText() == null ? "" : add.getText().strip();
                if (!text.isEmpty() && board.added(spec.id(), text)) {
                    add.clear();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                add.clear();
                list.requestFocus();
                e.consume();
            }
        });
        VBox.setMargin(add, new javafx.geometry.Insets(0, 8, 0, 8));
        getChildren().addAll(head, listBox, add);
    }

    /**
     * Rows of one height, from the lane's text size, once the lane holds more than {@code denseAbove}
     * rows; free heights below that. With free heights the list measures every row it scrolls past
     * (running CSS and layout over a card each time) to know where it is; with one height it only
     * draws the rows on screen. A dense row shows two lines of a card, the rest on hover.
     */
    void updateDensity(int denseAbove) {
        boolean dense = list.getItems().size() > denseAbove;
        double h = dense ? Math.ceil(add.getFont().getSize() * 3.7 + 4) : -1;
        if (list.getFixedCellSize() != h) {
            list.setFixedCellSize(h);
        }
    }

    boolean dense() {
        return list.getFixedCellSize() > 0;
    }

    BoardLane spec() {
        return spec;
    }

    ListView<BoardRow<T>> list() {
        return list;
    }

    TextField addField() {
        return add;
    }

    private void key(KeyEvent e) {
        // a filter sees the keys of the editor inside the list first: typing there is not a command
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        BoardRow<T> focused = focusedRow();
        KeyCode code = e.getCode();
        if (e.isAltDown() && (code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.LEFT
                || code == KeyCode.RIGHT)) {
            e.consume();
            if (focused instanceof BoardRow.Card<T> c) {
                board.moveByKey(this, c, code);
            }
        } else if (code == KeyCode.F2 && focused != null) {
            e.consume();
            board.startEdit(focused);
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && !e.isAltDown() && !e.isShortcutDown()) {
            e.consume();
            board.deleteSelected(this);
        } else if (code == KeyCode.INSERT) {
            e.consume();
            add.requestFocus();
        } else if (code == KeyCode.ESCAPE && !list.getSelectionModel().isEmpty()) {
            e.consume();
            list.getSelectionModel().clearSelection();
        }
    }

    BoardRow<T> focusedRow() {
        int i = list.getFocusModel().getFocusedIndex();
        return i >= 0 && i < list.getItems().size() ? list.getItems().get(i) : null;
    }

    /** The place a card held at a point of the scene would land, before it is counted without the card. */
    BoardDrop placeAt(double sceneX, double sceneY) {
        List<BoardRow<T>> rows = list.getItems();
        BoardCell<T> lastVisible = null;
        for (BoardCell<T> c : cells) {
            if (c.isEmpty() || c.getItem() == null || !c.isVisible() || c.getIndex() < 0
                    || c.getIndex() >= rows.size() || c.getScene() == null) {
                continue;
            }
            Bounds b = c.localToScene(c.getBoundsInLocal());
            if (sceneY >= b.getMinY() && sceneY < b.getMaxY()) {
                boolean upper = sceneY < b.getMinY() + b.getHeight() / 2;
                return upper ? BoardRows.above(spec.id(), rows, c.getIndex())
                        : BoardRows.below(spec.id(), rows, c.getIndex());
            }
            if (lastVisible == null || c.getIndex() > lastVisible.getIndex()) {
                lastVisible = c;
            }
        }
        if (lastVisible != null && sceneY < lastVisible.localToScene(lastVisible.getBoundsInLocal()).getMinY()) {
            Optional<BoardCell<T>> top = cells.stream().filter(c -> !c.isEmpty() && c.getItem() != null
                    && c.isVisible() && c.getIndex() >= 0 && c.getIndex() < rows.size()).min((a, b) -> a.getIndex() - b.getIndex());
            if (top.isPresent()) {
                return BoardRows.above(spec.id(), rows, top.get().getIndex());
            }
        }
        return BoardRows.end(spec.id(), rows);
    }

    /** Marks where the card would land: a line between rows, at the point the card is held. */
    void showDropLine(double sceneX, double sceneY, boolean allowed) {
        if (!allowed) {
            hideDropLine();
            return;
        }
        List<BoardRow<T>> rows = list.getItems();
        double y = -1;
        for (BoardCell<T> c : cells) {
            if (c.isEmpty() || c.getItem() == null || !c.isVisible() || c.getIndex() < 0
                    || c.getIndex() >= rows.size() || c.getScene() == null) {
                continue;
            }
            Bounds b = c.localToScene(c.getBoundsInLocal());
            if (sceneY >= b.getMinY() && sceneY < b.getMaxY()) {
                y = sceneY < b.getMinY() + b.getHeight() / 2 ? b.getMinY() : b.getMaxY();
                break;
            }
            y = Math.max(y, b.getMaxY());
        }
        Point2D local = listBox.sceneToLocal(0, y < 0 ? listBox.localToScene(0, 0).getY() : y);
        double top = Math.max(0, Math.min(listBox.getHeight() - 3, local.getY() - 1.5));
        dropLine.resizeRelocate(6, top, Math.max(0, listBox.getWidth() - 12), 3);
        dropLine.setVisible(true);
        scrollNearEdge(sceneY);
    }

    void hideDropLine() {
        dropLine.setVisible(false);
    }

    /** A card held near the list's top or bottom scrolls it, so far places can be reached in one drag. */
    private void scrollNearEdge(double sceneY) {
        Bounds b = list.localToScene(list.getBoundsInLocal());
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return;
        }
        if (sceneY < b.getMinY() + EDGE) {
            flow.scrollPixels(-EDGE_STEP);
        } else if (sceneY > b.getMaxY() - EDGE) {
            flow.scrollPixels(EDGE_STEP);
        }
    }

    VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    boolean holds(double sceneX, double sceneY) {
        Bounds b = list.localToScene(list.getBoundsInLocal());
        return b.contains(sceneX, sceneY);
    }
}
