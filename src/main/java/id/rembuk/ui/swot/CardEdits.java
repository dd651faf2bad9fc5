package id.rembuk.ui.swot;

import static id.rembuk.ui.swot.SwotBoardViewModel.quadrantLabel;
import static id.rembuk.ui.swot.SwotBoardViewModel.shortText;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.SwotItem.Quadrant;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The card steps on one board – add, edit, move and reorder, cluster, merge, delete – each as one
 * {@link Step} with its undo label, writing only the fields that change so two laptops editing
 * different fields of one card merge without conflict. Plain Java; the view model commits.
 */
final class CardEdits {
    /** Longest card text the domain takes. */
    static final int MAX_TEXT = 500;
    static final int MAX_CLUSTER = 120;

    /** The last order number given per quadrant, for cards typed faster than the file writes. */
    private final Map<String, Integer> lastOrder = new HashMap<>();

    /** A new card at the end of a quadrant, written as {@code writer} (a group id, or empty for the plenary). */
    Step add(SwotBoardData data, SwotScope sc, Quadrant q, String text, String writer) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Step.NONE;
        }
        if (t.length() > MAX_TEXT) {
            return tooLong();
        }
        String group = writer == null ? "" : writer;
        List<SwotItem> inQuadrant = data.items.values().stream().filter(i -> i.quadrant() == q).toList();
        String where = sc.code() + "/" + q;
        int order = Math.max(CardOrder.after(inQuadrant),
                lastOrder.getOrDefault(where, Integer.MIN_VALUE + CardOrder.STEP) + CardOrder.STEP);
        lastOrder.put(where, order);
        SwotItem item = new SwotItem(UUID.randomUUID().toString(), sc.dimension(), sc.element(), q, t, group, "",
                order);
        List<Edit> edits = item.toEdits().stream().filter(e -> e.value() != null).toList();
        return Step.of(Messages.get("swot.action.add", quadrantLabel(q), shortText(t)), edits);
    }

    private static Step tooLong() {
        return Step.refused(Messages.get("swot.msg.tooLong", MAX_TEXT));
    }

    /** A card's new text (that field only). */
    Step edit(SwotBoardData data, String id, String text) {
        SwotItem item = data == null || id == null ? null : data.items.get(id);
        String t = text == null ? "" : text.strip();
        if (item == null || t.isEmpty() || t.equals(item.text())) {
            return Step.NONE;
        }
        if (t.length() > MAX_TEXT) {
            return tooLong();
        }
        return Step.of(Messages.get("swot.action.edit", shortText(t)), List.of(set(id, SwotItem.F_TEXT, t)));
    }

    /**
     * Why a card on the board may not go to quadrant {@code q} in {@code cluster}, or null when it may.
     * While sorted by dots the order is the dots', so a card may change quadrant or cluster but not its place.
     */
    static String refuseMove(SwotItem item, Quadrant q, String cluster, boolean sortedByDots) {
        String c = cluster == null ? "" : cluster.strip();
        return sortedByDots && item.quadrant() == q && item.cluster().equals(c)
                ? Messages.get("swot.msg.sortedNoReorder") : null;
    }

    /**
     * Moves a card on the board to another quadrant, place or cluster, in one action writing only
     * the fields that change.
     *
     * @param shown the quadrant {@code q}'s cards as shown (by order, clusters gathered)
     */
    Step move(SwotBoardData data, SwotItem item, Quadrant q, int index, String cluster, boolean sortedByDots,
              List<SwotItem> shown) {
        String id = item.id();
        String c = cluster == null ? "" : cluster.strip();
        List<Edit> edits = new ArrayList<>();
        if (item.quadrant() != q) {
            edits.add(set(id, SwotItem.F_QUADRANT, q.name()));
        }
        if (!item.cluster().equals(c)) {
            edits.add(set(id, SwotItem.F_CLUSTER, c.isEmpty() ? null : c));
        }
        if (sortedByDots) {
            if (item.quadrant() != q) {
                edits.add(set(id, SwotItem.F_ORDER, Integer.toString(CardOrder.after(data.onBoard(q)))));
            }
        } else {
            List<SwotItem> others = shown.stream().filter(i -> !i.id().equals(id)).toList();
            CardOrder.place(others, item, index).forEach((cardId, n) ->
                    edits.add(set(cardId, SwotItem.F_ORDER, Integer.toString(n))));
        }
        if (edits.isEmpty()) {
            return Step.NONE;
        }
        String label = item.quadrant() != q ? Messages.get("swot.action.move", quadrantLabel(q), shortText(item.text()))
                : !item.cluster().equals(c) && !c.isEmpty() ? Messages.get("swot.action.joinCluster", c, shortText(item.text()))
                : !item.cluster().equals(c) ? Messages.get("swot.action.leaveCluster", 1)
                : Messages.get("swot.action.reorder", shortText(item.text()));
        return Step.of(label, edits);
    }

    /** Gives the cards one cluster title; those already in it stay as they are. */
    static Step cluster(SwotBoardData data, List<String> ids, String title) {
        String t = title == null ? "" : title.strip().replace('\n', ' ');
        if (t.isEmpty()) {
            return Step.refused(Messages.get("swot.msg.clusterNeedsTitle"));
        }
        if (t.length() > MAX_CLUSTER) {
            return Step.refused(Messages.get("swot.msg.clusterTooLong", MAX_CLUSTER));
        }
        List<Edit> edits = onBoard(data, ids).stream().filter(i -> !i.cluster().equals(t))
                .map(i -> set(i.id(), SwotItem.F_CLUSTER, t)).toList();
        if (edits.isEmpty()) {
            return Step.NONE;
        }
        return Step.of(Messages.get("swot.action.cluster", t, edits.size()), edits);
    }

    /** Renames a quadrant's cluster; an empty title dissolves it (the cards stay). */
    static Step renameCluster(SwotBoardData data, Quadrant q, String from, String to) {
        String t = to == null ? "" : to.strip().replace('\n', ' ');
        if (t.length() > MAX_CLUSTER) {
            return Step.refused(Messages.get("swot.msg.clusterTooLong", MAX_CLUSTER));
        }
        if (data == null || t.equals(from)) {
            return Step.NONE;
        }
        List<Edit> edits = data.onBoard(q).stream().filter(i -> i.cluster().equals(from))
                .map(i -> set(i.id(), SwotItem.F_CLUSTER, t.isEmpty() ? null : t)).toList();
        if (edits.isEmpty()) {
            return Step.NONE;
        }
        return Step.of(t.isEmpty() ? Messages.get("swot.action.dissolveCluster", from)
                : Messages.get("swot.action.renameCluster", from, t), edits);
    }

    /** Takes cards out of their clusters. */
    static Step removeFromCluster(SwotBoardData data, List<String> ids) {
        List<Edit> edits = onBoard(data, ids).stream().filter(i -> !i.cluster().isEmpty())
                .map(i -> set(i.id(), SwotItem.F_CLUSTER, null)).toList();
        if (edits.isEmpty()) {
            return Step.NONE;
        }
        return Step.of(Messages.get("swot.action.leaveCluster", edits.size()), edits);
    }

    /**
     * Merges cards that say the same thing into the first: the others leave the board but keep their
     * text (and their dots count for the first). Undo, or an unmerge, brings them back.
     */
    static Step merge(SwotBoardData data, List<String> ids) {
        List<SwotItem> items = onBoard(data, ids);
        if (items.size() < 2) {
            return Step.refused(Messages.get("swot.msg.mergeNeedsTwo"));
        }
        SwotItem survivor = items.get(0);
        List<Edit> edits = items.subList(1, items.size()).stream()
                .map(i -> set(i.id(), SwotItem.F_MERGED_INTO, survivor.id())).toList();
        return Step.of(Messages.get("swot.action.merge", items.size(), shortText(survivor.text())), edits);
    }

    /** Puts back on the board the cards merged directly into this one. */
    static Step unmerge(SwotBoardData data, String id) {
        SwotItem survivor = data == null ? null : data.onBoardItem(id);
        if (survivor == null) {
            return Step.NONE;
        }
        List<Edit> edits = data.items.values().stream().filter(i -> i.mergedInto().equals(id))
                .map(i -> set(i.id(), SwotItem.F_MERGED_INTO, null)).toList();
        if (edits.isEmpty()) {
            return Step.NONE;
        }
        return Step.of(Messages.get("swot.action.unmerge", shortText(survivor.text())), edits);
    }

    /** Deletes cards, with the cards merged into them; undo brings all back. Their dots go back to the voters. */
    static Step delete(SwotBoardData data, List<String> ids) {
        List<SwotItem> items = onBoard(data, ids);
        if (items.isEmpty()) {
            return Step.NONE;
        }
        Set<String> gone = new LinkedHashSet<>();
        for (SwotItem i : items) {
            gone.add(i.id());
            data.items.keySet().stream().filter(x -> i.id().equals(data.survivor.get(x))).forEach(gone::add);
        }
        List<Edit> edits = gone.stream().map(x -> Edit.delete(EntityKind.SWOT_ITEM.code(), x)).toList();
        return Step.of(items.size() == 1 ? Messages.get("swot.action.delete", shortText(items.get(0).text()))
                : Messages.get("swot.action.deleteMany", items.size()), edits);
    }

    private static List<SwotItem> onBoard(SwotBoardData data, List<String> ids) {
        return data == null || ids == null ? List.of()
                : ids.stream().distinct().map(data::onBoardItem).filter(Objects::nonNull).toList();
    }

    private static Edit set(String id, String field, String value) {
        return Edit.set(EntityKind.SWOT_ITEM.code(), id, field, value);
    }
}
