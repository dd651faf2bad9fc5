package id.rembuk.domain;

import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One SWOT board as the room left it: the cards on the board per quadrant (in board order), the
 * cards merged into each, and the dots of the round shown (the open one, else the last closed),
 * each dot counted for the card it now stands for. The board screen and the minutes read it the
 * same way, so a printed count is the count the room saw.
 */
public final class SwotCount {
    public static final Comparator<SwotItem> BY_ORDER = Comparator.comparingInt(SwotItem::order)
            .thenComparing(SwotItem::id);

    /** A card on the board with the cards merged into it and its dots. */
    public record Card(SwotItem item, List<SwotItem> merged, int dots) {
    }

    /**
     * @param round the round whose dots are counted, 0 before any voting
     */
    public record Board(Optional<Dimension> dimension, Optional<Element> element, int round,
                       Map<SwotItem.Quadrant, List<Card>> quadrants) {
        public int cards() {
            return quadrants.values().stream().mapToInt(List::size).sum();
        }

        public List<Card> cards(SwotItem.Quadrant q) {
            return quadrants.getOrDefault(q, List.of());
        }
    }

    private SwotCount() {
    }

    /** The board of a dimension (Tahap II on) or of an element (Tahap I); exactly one is present. */
    public static Board of(SessionState state, Optional<Dimension> dimension, Optional<Element> element) {
        return of(Records.read(state, EntityKind.SWOT_ITEM, SwotItem::from).records(),
                Records.read(state, EntityKind.VOTE, Vote::from).records(), round(state, dimension, element),
                dimension, element);
    }

    /** As {@link #of(SessionState, Optional, Optional)} from records already read. */
    public static Board of(List<SwotItem> allItems, List<Vote> allVotes, int round, Optional<Dimension> dimension,
                           Optional<Element> element) {
        Map<String, SwotItem> items = new LinkedHashMap<>();
        allItems.stream().filter(i -> holds(i, dimension, element)).forEach(i -> items.put(i.id(), i));
        Map<String, String> survivor = new HashMap<>();
        items.keySet().forEach(id -> survivor.put(id, resolve(items, id)));
        Map<String, Integer> dots = new HashMap<>();
        if (round > 0) {
            for (Vote v : allVotes) {
                String to = survivor.get(v.swotItemId());
                if (v.round() == round && to != null) {
                    dots.merge(to, 1, Integer::sum);
                }
            }
        }
        Map<String, List<SwotItem>> merged = new HashMap<>();
        items.values().stream().filter(i -> !survivor.get(i.id()).equals(i.id())).sorted(BY_ORDER)
                .forEach(i -> merged.computeIfAbsent(survivor.get(i.id()), k -> new ArrayList<>()).add(i));
        Map<SwotItem.Quadrant, List<Card>> quadrants = new EnumMap<>(SwotItem.Quadrant.class);
        for (SwotItem.Quadrant q : SwotItem.Quadrant.values()) {
            quadrants.put(q, items.values().stream()
                    .filter(i -> survivor.get(i.id()).equals(i.id()) && i.quadrant() == q).sorted(BY_ORDER)
                    .map(i -> new Card(i, List.copyOf(merged.getOrDefault(i.id(), List.of())),
                            dots.getOrDefault(i.id(), 0)))
                    .toList());
        }
        return new Board(dimension, element, round, quadrants);
    }

    /** The board's voting round as stored, 0 when nobody set the board up. */
    public static int round(SessionState state, Optional<Dimension> dimension, Optional<Element> element) {
        try {
            return state.get(EntityKind.SWOT_BOARD.code(), SwotBoard.idFor(dimension, element))
                    .filter(e -> e.live()).map(SwotBoard::from).map(SwotBoard::round).orElse(0);
        } catch (IllegalArgumentException | NullPointerException e) {
            return 0;
        }
    }

    /** Whether the card is on the board of that scope (a dimension's, else an element's). */
    public static boolean holds(SwotItem item, Optional<Dimension> dimension, Optional<Element> element) {
        return dimension.isPresent() ? item.dimension().equals(dimension) : item.element().equals(element);
    }

    /**
     * Follows "merged into" to the card on the board. A target gone (deleted elsewhere) leaves the
     * card on the board, so nothing written disappears; a loop (two laptops merged each into the
     * other) is broken at the card with the smallest id.
     */
    public static String resolve(Map<String, SwotItem> items, String id) {
        List<String> path = new ArrayList<>();
        String cur = id;
        while (true) {
            SwotItem item = items.get(cur);
            String next = item.mergedInto();
            if (next.isEmpty() || !items.containsKey(next)) {
                return cur;
            }
            path.add(cur);
            int seen = path.indexOf(next);
            if (seen >= 0) {
                return path.subList(seen, path.size()).stream().min(String::compareTo).orElseThrow();
            }
            cur = next;
        }
    }
}
