package id.rembuk.ui.board;

import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

/**
 * A board of lanes holding cards, knowing nothing of what the cards are: the caller says how a
 * card looks ({@link BoardCard}), what moving one means ({@link DropPolicy}) and what adding,
 * editing and deleting do (callbacks). The board never changes its cards itself; it shows what
 * {@link #setItems} gives it, so every change goes through the caller's data.
 *
 * <p>Keys: Enter in a lane's field adds a card; F2 or a double click edits a card (or a cluster's
 * title) in place, Enter saves, Esc cancels; Delete deletes the selection; Alt+↑/↓ moves a card one
 * place (through cluster boundaries), Alt+←/→ to the lane beside, Alt+↑/↓ past a lane's end to the lane
 * above or below; Insert jumps to the lane's field; Ctrl/Shift+click select several.
 *
 * <p>Each lane is a virtual list, so only the rows on screen have nodes: a thousand cards cost what
 * a screenful costs.
 */
public final class BoardView<T> extends StackPane {
    private static final String DRAG_PREFIX = "rembuk-board:";

    /** Renames a cluster of a lane: (lane, old title, new title). */
    @FunctionalInterface
    public interface ClusterRename {
        void rename(String lane, String from, String to);
    }

    private final Function<T, String> key;
    private final Function<T, String> text;
    private final Function<T, String> cluster;
    private final Supplier<BoardCard<T>> cards;
    private final Map<String, LaneView<T>> lanes = new LinkedHashMap<>();
    private final String dragId = UUID.randomUUID().toString();

    private DropPolicy<T> dropPolicy = DropPolicy.none();
    private BiPredicate<String, String> onAdd = (lane, t) -> false;
    private BiConsumer<T, String> onEdit = (item, t) -> { };
    private Consumer<List<T>> onDelete = items -> { };
    private ClusterRename onRenameCluster = (lane, from, to) -> { };
    private BiConsumer<String, String> onDissolveCluster = (lane, title) -> { };

    private final ObservableList<T> selection = FXCollections.observableArrayList();
    private final ObservableList<T> selectionView = FXCollections.unmodifiableObservableList(selection);
    /** Keys of the selected cards in the order they were picked: the first is the one others merge into. */
    private final Set<String> selectedKeys = new LinkedHashSet<>();
    private boolean restoring;
    private final ObjectProperty<String> editing = new SimpleObjectProperty<>();
    private String draft;
    /** The card to select and focus once it shows (after a move, an add), wherever it lands. */
    private String follow;
    private BoardRow.Card<T> dragged;
    private int denseAbove = 80;

    /**
     * @param lanes   the lanes and their places in the grid
     * @param key     a card's stable id
     * @param text    a card's text, for editing in place and for screen readers
     * @param cluster a card's cluster title; empty for none
     * @param cards   makes one card view; called once per visible row, views are reused
     */
    public BoardView(List<BoardLane> lanes, Function<T, String> key, Function<T, String> text,
                     Function<T, String> cluster, Supplier<BoardCard<T>> cards) {
        this.key = Objects.requireNonNull(key);
        this.text = Objects.requireNonNull(text);
        this.cluster = Objects.requireNonNull(cluster);
        this.cards = Objects.requireNonNull(cards);
        getStyleClass().add("board");
        getStylesheets().add(Objects.requireNonNull(BoardView.class.getResource("/id/rembuk/ui/board/board.css"))
                .toExternalForm());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("board-grid");
        int columns = lanes.stream().mapToInt(BoardLane::column).max().orElse(0) + 1;
        int rows = lanes.stream().mapToInt(BoardLane::row).max().orElse(0) + 1;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setMinWidth(0);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setMinHeight(0);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (BoardLane l : lanes) {
            if (this.lanes.containsKey(l.id())) {
                throw new IllegalArgumentException("lane twice: " + l.id());
            }
            LaneView<T> view = new LaneView<>(this, l);
            this.lanes.put(l.id(), view);
            grid.add(view, l.column(), l.row());
        }
        grid.setMinSize(0, 0);
        setMinSize(0, 0);
        getChildren().add(grid);
    }

    // ---- what the caller gives ----

    /** Shows a lane's cards in this order (clusters gathered where their first card is). */
    public void setItems(String laneId, List<T> items) {
        LaneView<T> lane = lane(laneId);
        List<BoardRow<T>> rows = BoardRows.of(laneId, items, key, cluster);
        ListView<BoardRow<T>> list = lane.list();
        if (rows.equals(list.getItems())) {
            lane.updateDensity(denseAbove);
            followIfShown(lane);
            return;
        }
        MultipleSelectionModel<BoardRow<T>> sm = list.getSelectionModel();
        BoardRow<T> focused = lane.focusedRow();
        String focusedKey = focused == null ? null : editKey(focused);
        Set<String> selectedHere = new LinkedHashSet<>();
        sm.getSelectedItems().forEach(r -> {
            if (r != null) {
                selectedHere.add(editKey(r));
            }
        });
        restoring = true;
        try {
            list.getItems().setAll(rows);
            sm.clearSelection();
            int focusAt = -1;
            for (int i = 0; i < rows.size(); i++) {
                String k = editKey(rows.get(i));
                if (selectedHere.contains(k)) {
                    sm.select(i);
                }
                if (k.equals(focusedKey)) {
                    focusAt = i;
                }
            }
            if (focusAt >= 0) {
                list.getFocusModel().focus(focusAt);
            }
        } finally {
            restoring = false;
        }
        if (editing.get() != null && rows.stream().noneMatch(r -> editKey(r).equals(editing.get()))
                && lanes.values().stream().allMatch(l -> l.list().getItems().stream()
                        .noneMatch(r -> editKey(r).equals(editing.get())))) {
            // the card being edited was deleted meanwhile (undo, another laptop): nothing left to edit
            editing.set(null);
        }
        lane.updateDensity(denseAbove);
        selectionChanged();
        followIfShown(lane);
    }

    /**
     * Above this many rows a lane shows its cards at one height (two lines, the rest on hover), so a
     * lane of hundreds of cards scrolls as smoothly as a short one; 80 unless set.
     */
    public void setDenseAbove(int rows) {
        this.denseAbove = Math.max(0, rows);
        lanes.values().forEach(l -> l.updateDensity(denseAbove));
    }

    /** Whether a lane shows its cards at one height now. */
    public boolean dense(String laneId) {
        return lane(laneId).dense();
    }

    public List<T> items(String laneId) {
        return BoardRows.shownOrder(lane(laneId).list().getItems());
    }

    public void setDropPolicy(DropPolicy<T> policy) {
        this.dropPolicy = Objects.requireNonNull(policy);
    }

    /** Enter in a lane's field: (lane, text); true when the card was taken, so the field empties. */
    public void setOnAdd(BiPredicate<String, String> onAdd) {
        this.onAdd = Objects.requireNonNull(onAdd);
    }

    /** A card's text edited in place and saved with Enter (only when it changed). */
    public void setOnEdit(BiConsumer<T, String> onEdit) {
        this.onEdit = Objects.requireNonNull(onEdit);
    }

    /** Delete pressed on the selected cards. */
    public void setOnDelete(Consumer<List<T>> onDelete) {
        this.onDelete = Objects.requireNonNull(onDelete);
    }

    public void setOnRenameCluster(ClusterRename onRenameCluster) {
        this.onRenameCluster = Objects.requireNonNull(onRenameCluster);
    }

    /** Delete pressed on a cluster's heading: (lane, title); its cards stay, the cluster goes. */
    public void setOnDissolveCluster(BiConsumer<String, String> onDissolveCluster) {
        this.onDissolveCluster = Objects.requireNonNull(onDissolveCluster);
    }

    // ---- selection ----

    /** The selected cards, in the order they were picked. */
    public ObservableList<T> selection() {
        return selectionView;
    }

    /** Selects one card and moves the keyboard to it, scrolling it into view. */
    public void select(String cardKey) {
        follow = cardKey;
        lanes.values().forEach(this::followIfShown);
    }

    /** Selects the card as soon as it shows: after the caller's data comes back with it. */
    public void follow(String cardKey) {
        follow = cardKey;
    }

    public void clearSelection() {
        lanes.values().forEach(l -> l.list().getSelectionModel().clearSelection());
    }

    void clearSelectionExcept(LaneView<T> keep) {
        lanes.values().stream().filter(l -> l != keep).forEach(l -> l.list().getSelectionModel().clearSelection());
    }

    void selectionChanged() {
        if (restoring) {
            return;
        }
        Map<String, T> now = new LinkedHashMap<>();
        for (LaneView<T> l : lanes.values()) {
            for (BoardRow<T> r : l.list().getSelectionModel().getSelectedItems()) {
                if (r instanceof BoardRow.Card<T> c) {
                    now.put(c.key(), c.item());
                }
            }
        }
        selectedKeys.retainAll(now.keySet());
        selectedKeys.addAll(now.keySet());
        List<T> items = selectedKeys.stream().map(now::get).toList();
        if (!items.equals(selection)) {
            selection.setAll(items);
        }
    }

    private void followIfShown(LaneView<T> lane) {
        if (follow == null) {
            return;
        }
        List<BoardRow<T>> rows = lane.list().getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof BoardRow.Card<T> c && c.key().equals(follow)) {
                follow = null;
                clearSelectionExcept(lane);
                ListView<BoardRow<T>> list = lane.list();
                list.getSelectionModel().clearAndSelect(i);
                list.getFocusModel().focus(i);
                scrollIntoView(lane, i);
                if (getScene() != null && !(getScene().getFocusOwner() instanceof TextField)) {
                    list.requestFocus();
                }
                return;
            }
        }
    }

    private void scrollIntoView(LaneView<T> lane, int index) {
        VirtualFlow<?> flow = lane.flow();
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            lane.list().scrollTo(index);
            return;
        }
        if (index <= flow.getFirstVisibleCell().getIndex() || index >= flow.getLastVisibleCell().getIndex()) {
            flow.scrollTo(index);
        }
    }

    // ---- editing ----

    static <T> String editKey(BoardRow<T> row) {
        return row instanceof BoardRow.Card<T> c ? "card:" + c.key() : "cluster:" + row.lane() + "\n" + row.cluster();
    }

    ReadOnlyObjectProperty<String> editingProperty() {
        return editing;
    }

    /** Opens the card's editor (or its cluster heading's, for a heading) in place. */
    public void edit(String cardKey) {
        for (LaneView<T> l : lanes.values()) {
            for (BoardRow<T> r : l.list().getItems()) {
                if (r instanceof BoardRow.Card<T> c && c.key().equals(cardKey)) {
                    startEdit(r);
                    return;
                }
            }
        }
    }

    void startEdit(BoardRow<T> row) {
        draft = null;
        LaneView<T> lane = lane(row.lane());
        int i = lane.list().getItems().indexOf(row);
        if (i >= 0) {
            scrollIntoView(lane, i);
        }
        editing.set(editKey(row));
    }

    String draftOr(BoardRow<T> row) {
        if (draft != null) {
            return draft;
        }
        return row instanceof BoardRow.Card<T> c ? text.apply(c.item()) : row.cluster();
    }

    void draftChanged(String now) {
        draft = now;
    }

    void commitEdit(BoardRow<T> row, String value) {
        if (!editKey(row).equals(editing.get())) {
            return;
        }
        String v = value == null ? "" : value.strip();
        editing.set(null);
        draft = null;
        if (row instanceof BoardRow.Card<T> c) {
            if (!v.isEmpty() && !v.equals(text.apply(c.item()))) {
                follow = c.key();
                onEdit.accept(c.item(), v);
            }
        } else if (!v.equals(row.cluster())) {
            onRenameCluster.rename(row.lane(), row.cluster(), v);
        }
    }

    void cancelEdit() {
        editing.set(null);
        draft = null;
    }

    // ---- adding, deleting ----

    boolean added(String laneId, String value) {
        return onAdd.test(laneId, value);
    }

    /** Moves the keyboard to a lane's "add card" field. */
    public void focusAdd(String laneId) {
        lane(laneId).addField().requestFocus();
    }

    void deleteSelected(LaneView<T> lane) {
        BoardRow<T> focused = lane.focusedRow();
        List<BoardRow<T>> selected = lane.list().getSelectionModel().getSelectedItems();
        if (selected.size() == 1 && selected.get(0) instanceof BoardRow.Header<T> h) {
            onDissolveCluster.accept(h.lane(), h.cluster());
            return;
        }
        if (!selection.isEmpty()) {
            onDelete.accept(List.copyOf(selection));
        } else if (focused instanceof BoardRow.Card<T> c) {
            onDelete.accept(List.of(c.item()));
        }
    }

    // ---- moving ----

    void moveByKey(LaneView<T> lane, BoardRow.Card<T> card, KeyCode code) {
        List<BoardRow<T>> rows = lane.list().getItems();
        int r = rows.indexOf(card);
        BoardLane at = lane.spec();
        Optional<BoardDrop> drop = Optional.empty();
        if (code == KeyCode.UP || code == KeyCode.DOWN) {
            int dir = code == KeyCode.UP ? -1 : 1;
            drop = r < 0 ? Optional.empty() : BoardRows.step(at.id(), rows, r, dir);
            if (drop.isEmpty()) {
                // past the lane's end: into the lane above (at its end) or below (at its top)
                drop = neighbour(at.column(), at.row() + dir).map(l -> dir < 0
                        ? BoardRows.end(l.spec().id(), l.list().getItems())
                        : new BoardDrop(l.spec().id(), 0, ""));
            }
        } else {
            int dir = code == KeyCode.LEFT ? -1 : 1;
            drop = neighbour(at.column() + dir, at.row())
                    .map(l -> BoardRows.end(l.spec().id(), l.list().getItems()));
        }
        drop.filter(d -> dropPolicy.allows(card.item(), d)).ifPresent(d -> {
            follow = card.key();
            dropPolicy.drop(card.item(), d);
        });
    }

    private Optional<LaneView<T>> neighbour(int column, int row) {
        return lanes.values().stream().filter(l -> l.spec().column() == column && l.spec().row() == row).findFirst();
    }

    String dragTag(String cardKey) {
        return DRAG_PREFIX + dragId + ":" + cardKey;
    }

    boolean ownsDrag(Dragboard db) {
        return dragged != null && db.hasString() && db.getString().equals(dragTag(dragged.key()));
    }

    void dragStarted(BoardRow.Card<T> card) {
        dragged = card;
    }

    void dragEnded() {
        dragged = null;
        lanes.values().forEach(LaneView::hideDropLine);
    }

    /** Where the held card would land over this lane, counted without the card; empty when refused. */
    private Optional<BoardDrop> target(LaneView<T> lane, BoardRow.Card<T> card, double sceneX, double sceneY) {
        BoardDrop raw = lane.placeAt(sceneX, sceneY);
        BoardDrop d = BoardRows.without(raw, card.lane(), card.index());
        if (d.lane().equals(card.lane()) && d.index() == card.index() && d.cluster().equals(card.cluster())) {
            return Optional.empty(); // where it already is
        }
        return dropPolicy.allows(card.item(), d) ? Optional.of(d) : Optional.empty();
    }

    boolean hover(LaneView<T> lane, double sceneX, double sceneY) {
        if (dragged == null) {
            return false;
        }
        lanes.values().stream().filter(l -> l != lane).forEach(LaneView::hideDropLine);
        boolean ok = target(lane, dragged, sceneX, sceneY).isPresent();
        lane.showDropLine(sceneX, sceneY, ok);
        return ok;
    }

    boolean dropAt(LaneView<T> lane, double sceneX, double sceneY) {
        BoardRow.Card<T> card = dragged;
        if (card == null) {
            return false;
        }
        Optional<BoardDrop> d = target(lane, card, sceneX, sceneY);
        lanes.values().forEach(LaneView::hideDropLine);
        d.ifPresent(drop -> {
            follow = card.key();
            dropPolicy.drop(card.item(), drop);
        });
        return d.isPresent();
    }

    /**
     * Holds a card over a point of the scene as a mouse drag does (drop mark, scrolling near a
     * lane's edge), without the platform's drag and drop: for a benchmark that moves a drag ghost.
     * True when a drop there would be taken.
     */
    public boolean hold(String cardKey, double sceneX, double sceneY) {
        if (dragged == null || !dragged.key().equals(cardKey)) {
            dragged = null;
            for (LaneView<T> l : lanes.values()) {
                for (BoardRow<T> r : l.list().getItems()) {
                    if (r instanceof BoardRow.Card<T> c && c.key().equals(cardKey)) {
                        dragged = c;
                    }
                }
            }
        }
        for (LaneView<T> l : lanes.values()) {
            if (l.holds(sceneX, sceneY)) {
                return hover(l, sceneX, sceneY);
            }
        }
        lanes.values().forEach(LaneView::hideDropLine);
        return false;
    }

    /** Ends a {@link #hold} without dropping. */
    public void release() {
        dragEnded();
    }

    // ---- for the lanes ----

    /** "1 kartu", "12 kartu". */
    public static String countText(int n) {
        return n == 1 ? Messages.get("board.count.one") : Messages.get("board.count", n);
    }

    BoardCard<T> newCard() {
        return cards.get();
    }

    String textOf(T item) {
        return text.apply(item);
    }

    private LaneView<T> lane(String laneId) {
        LaneView<T> l = lanes.get(laneId);
        if (l == null) {
            throw new IllegalArgumentException("no lane " + laneId);
        }
        return l;
    }

    /** A lane's list, for scrolling it from outside (tests, benchmarks) and for its id. */
    public ListView<BoardRow<T>> list(String laneId) {
        return lane(laneId).list();
    }

    public List<String> laneIds() {
        return new ArrayList<>(lanes.keySet());
    }

    /** Per lane, how many cards it shows. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new HashMap<>();
        lanes.forEach((id, l) -> out.put(id, BoardRows.cardCount(l.list().getItems())));
        return out;
    }
}
