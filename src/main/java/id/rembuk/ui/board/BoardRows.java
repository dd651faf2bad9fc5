package id.rembuk.ui.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A lane's rows from its cards, and where a card lands when dropped beside a row or moved one step
 * by keyboard. Pure, so the rules are tested without a toolkit.
 */
public final class BoardRows {
    private BoardRows() {
    }

    /**
     * Cards sharing a cluster are gathered under one heading where the cluster's first card is;
     * cards in no cluster stay in place. Order within a cluster is kept.
     */
    public static <T> List<BoardRow<T>> of(String lane, List<T> items, Function<T, String> key,
                                           Function<T, String> cluster) {
        // one unit per cluster (at its first card) or per lone card, in order of first appearance
        Map<Object, List<T>> units = new LinkedHashMap<>();
        for (T item : items) {
            String c = clusterOf(cluster, item);
            Object unit = c.isEmpty() ? new Object() : c;
            units.computeIfAbsent(unit, u -> new ArrayList<>()).add(item);
        }
        List<BoardRow<T>> rows = new ArrayList<>(items.size() + units.size());
        int index = 0;
        for (Map.Entry<Object, List<T>> u : units.entrySet()) {
            List<T> members = u.getValue();
            if (u.getKey() instanceof String title) {
                rows.add(new BoardRow.Header<>(lane, title, members.size()));
                for (int i = 0; i < members.size(); i++) {
                    T item = members.get(i);
                    rows.add(new BoardRow.Card<>(lane, item, key.apply(item), index++, title, i == members.size() - 1));
                }
            } else {
                T item = members.get(0);
                rows.add(new BoardRow.Card<>(lane, item, key.apply(item), index++, "", false));
            }
        }
        return rows;
    }

    /** The cards in the order the rows show them: what a drop's index counts. */
    public static <T> List<T> shownOrder(List<BoardRow<T>> rows) {
        List<T> out = new ArrayList<>();
        rows.forEach(r -> {
            if (r instanceof BoardRow.Card<T> c) {
                out.add(c.item());
            }
        });
        return out;
    }

    private static <T> String clusterOf(Function<T, String> cluster, T item) {
        String c = cluster.apply(item);
        return c == null ? "" : c.strip();
    }

    /** Dropped on the upper half of row {@code r}: before it, in its cluster (above a heading: between clusters). */
    public static <T> BoardDrop above(String lane, List<BoardRow<T>> rows, int r) {
        BoardRow<T> row = rows.get(r);
        if (row instanceof BoardRow.Card<T> c) {
            return new BoardDrop(lane, c.index(), c.cluster());
        }
        return new BoardDrop(lane, nextCardIndex(rows, r), "");
    }

    /** Dropped on the lower half of row {@code r}: after a card in its cluster, or first under a heading. */
    public static <T> BoardDrop below(String lane, List<BoardRow<T>> rows, int r) {
        BoardRow<T> row = rows.get(r);
        if (row instanceof BoardRow.Card<T> c) {
            return new BoardDrop(lane, c.index() + 1, c.cluster());
        }
        return new BoardDrop(lane, nextCardIndex(rows, r), row.cluster());
    }

    /** Dropped below the last row: at the end, in no cluster. */
    public static <T> BoardDrop end(String lane, List<BoardRow<T>> rows) {
        return new BoardDrop(lane, cardCount(rows), "");
    }

    public static <T> int cardCount(List<BoardRow<T>> rows) {
        int n = 0;
        for (BoardRow<T> r : rows) {
            if (r instanceof BoardRow.Card<T>) {
                n++;
            }
        }
        return n;
    }

    private static <T> int nextCardIndex(List<BoardRow<T>> rows, int r) {
        for (int i = r; i < rows.size(); i++) {
            if (rows.get(i) instanceof BoardRow.Card<T> c) {
                return c.index();
            }
        }
        return cardCount(rows);
    }

    /**
     * A drop as counted without the moved card: a card dropped further down its own lane lands one
     * index higher than the place marked, since it leaves its old place first.
     */
    public static BoardDrop without(BoardDrop drop, String fromLane, int fromIndex) {
        if (drop.lane().equals(fromLane) && drop.index() > fromIndex) {
            return new BoardDrop(drop.lane(), drop.index() - 1, drop.cluster());
        }
        return drop;
    }

    /**
     * One keyboard step of the card in row {@code r}: the next place up ({@code -1}) or down ({@code 1})
     * that differs from where it is, passing through cluster boundaries one at a time (leaving a
     * cluster is a step, entering the next is another). Empty at the lane's top or bottom.
     */
    public static <T> Optional<BoardDrop> step(String lane, List<BoardRow<T>> rows, int r, int direction) {
        if (!(rows.get(r) instanceof BoardRow.Card<T> moved)) {
            return Optional.empty();
        }
        BoardDrop here = new BoardDrop(lane, moved.index(), moved.cluster());
        List<BoardDrop> places = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            places.add(above(lane, rows, i));
            places.add(below(lane, rows, i));
        }
        places.add(end(lane, rows));
        if (direction > 0) {
            for (int i = 2 * r + 2; i < places.size(); i++) {
                BoardDrop d = without(places.get(i), lane, moved.index());
                if (!d.equals(here)) {
                    return Optional.of(d);
                }
            }
        } else {
            for (int i = 2 * r - 1; i >= 0; i--) {
                BoardDrop d = without(places.get(i), lane, moved.index());
                if (!d.equals(here)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }
}
