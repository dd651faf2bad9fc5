package id.rembuk.ui.tows;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vote;
import id.rembuk.domain.VoteTally;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The TOWS matrix of one dimension as read from a session: its SWOT cards (on the board, most dots
 * first, numbered S1, S2 … in that order) and its strategies (numbered SO1, SO2 … in their order),
 * with the links between them read both ways. Plain Java and immutable, so the screens, the
 * projector and later the programme sheets can read the same thing.
 */
public final class TowsMatrix {
    /** Why a strategy's link no longer fits. */
    public enum Problem {
        /** The card was deleted. */
        DELETED,
        /** The card was merged into another; the link should follow it there. */
        MERGED,
        /** The card is in a quadrant the strategy's type does not combine (an S card on a WO strategy). */
        QUADRANT,
        /** The card belongs to another dimension's board. */
        DIMENSION
    }

    /**
     * A card on the dimension's board.
     *
     * @param ref    "S1": its quadrant and place when sorted by dots
     * @param dots   dots in the latest voting round of the board
     * @param usedBy ids of the strategies that link it, in matrix order
     */
    public record Card(SwotItem item, String ref, long dots, List<String> usedBy) {
        public Card {
            usedBy = List.copyOf(usedBy);
        }

        public String id() {
            return item.id();
        }

        public boolean unused() {
            return usedBy.isEmpty();
        }
    }

    /**
     * One link of a strategy as the matrix shows it.
     *
     * @param ref        the card's ref ("O2"), empty when it is not on this board
     * @param text       the card's text (also of a deleted card, kept in the file)
     * @param quadrant   the card's quadrant, empty when the card is gone
     * @param problem    why the link no longer fits, empty when it does
     * @param mergedInto the card it was merged into, when {@code problem} is MERGED
     */
    public record Link(String cardId, String ref, String text, Optional<SwotItem.Quadrant> quadrant,
                       Optional<Problem> problem, String mergedInto) {
        public boolean fits() {
            return problem.isEmpty();
        }
    }

    /**
     * A strategy in its cell.
     *
     * @param ref "WO2": its type and place in the cell
     */
    public record Entry(Strategy strategy, String ref, List<Link> links) {
        public Entry {
            links = List.copyOf(links);
        }

        public String id() {
            return strategy.id();
        }

        public Strategy.Type type() {
            return strategy.type();
        }

        public List<Link> misfits() {
            return links.stream().filter(l -> !l.fits()).toList();
        }

        public boolean linksCard(String cardId) {
            return strategy.swotItems().contains(cardId);
        }
    }

    private final Dimension dimension;
    private final Map<SwotItem.Quadrant, List<Card>> cards;
    private final Map<Strategy.Type, List<Entry>> strategies;
    private final Map<String, Card> cardsById;
    private final Map<String, Entry> entriesById;

    private TowsMatrix(Dimension dimension, Map<SwotItem.Quadrant, List<Card>> cards,
                       Map<Strategy.Type, List<Entry>> strategies) {
        this.dimension = dimension;
        this.cards = cards;
        this.strategies = strategies;
        this.cardsById = cards.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Card::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.entriesById = strategies.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public static TowsMatrix empty(Dimension dimension) {
        Map<SwotItem.Quadrant, List<Card>> cards = new EnumMap<>(SwotItem.Quadrant.class);
        for (SwotItem.Quadrant q : SwotItem.Quadrant.values()) {
            cards.put(q, List.of());
        }
        Map<Strategy.Type, List<Entry>> strategies = new EnumMap<>(Strategy.Type.class);
        for (Strategy.Type t : Strategy.Type.values()) {
            strategies.put(t, List.of());
        }
        return new TowsMatrix(dimension, cards, strategies);
    }

    public static TowsMatrix of(SessionState state, Dimension dimension) {
        if (state == null) {
            return empty(dimension);
        }
        return of(state, dimension, Records.read(state, EntityKind.SWOT_ITEM, SwotItem::from).records(),
                Records.read(state, EntityKind.VOTE, Vote::from).records(),
                Records.read(state, EntityKind.STRATEGY, Strategy::from).records());
    }

    /** The matrix from records already read (see {@link Reader}); the state gives deleted cards' text. */
    static TowsMatrix of(SessionState state, Dimension dimension, List<SwotItem> items, List<Vote> votes,
                         List<Strategy> strategies) {
        if (state == null) {
            return empty(dimension);
        }
        // every card, merged ones included: a link to a merged card must say where it went
        Map<String, SwotItem> allItems = new HashMap<>();
        items.forEach(s -> allItems.put(s.id(), s));
        List<SwotItem> onBoard = allItems.values().stream()
                .filter(s -> s.onBoard() && s.dimension().equals(Optional.of(dimension))).toList();
        Map<String, Long> dots = dots(votes, onBoard.stream().map(SwotItem::id).collect(Collectors.toSet()));
        List<Strategy> mine = strategies.stream()
                .filter(s -> s.dimension() == dimension)
                .sorted(Comparator.comparing(Strategy::type).thenComparingInt(Strategy::order)
                        .thenComparing(Strategy::id))
                .toList();

        Map<SwotItem.Quadrant, List<SwotItem>> sorted = new EnumMap<>(SwotItem.Quadrant.class);
        Map<String, String> refs = new HashMap<>();
        for (SwotItem.Quadrant q : SwotItem.Quadrant.values()) {
            List<SwotItem> list = onBoard.stream().filter(s -> s.quadrant() == q)
                    .sorted(Comparator.<SwotItem>comparingLong(s -> -dots.getOrDefault(s.id(), 0L))
                            .thenComparingInt(SwotItem::order).thenComparing(SwotItem::id))
                    .toList();
            sorted.put(q, list);
            for (int i = 0; i < list.size(); i++) {
                refs.put(list.get(i).id(), q.name() + (i + 1));
            }
        }

        Map<Strategy.Type, List<Entry>> entries = new EnumMap<>(Strategy.Type.class);
        Map<String, List<String>> usedBy = new HashMap<>();
        for (Strategy.Type t : Strategy.Type.values()) {
            List<Strategy> cell = mine.stream().filter(s -> s.type() == t).toList();
            List<Entry> list = new ArrayList<>();
            for (int i = 0; i < cell.size(); i++) {
                Strategy s = cell.get(i);
                Set<String> misfit = Set.copyOf(s.misfits(allItems));
                List<Link> links = s.swotItems().stream()
                        .map(id -> link(state, allItems, refs, s, id, misfit.contains(id))).toList();
                list.add(new Entry(s, t.name() + (i + 1), links));
                s.swotItems().forEach(id -> usedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(s.id()));
            }
            entries.put(t, List.copyOf(list));
        }

        Map<SwotItem.Quadrant, List<Card>> cards = new EnumMap<>(SwotItem.Quadrant.class);
        sorted.forEach((q, list) -> cards.put(q, list.stream()
                .map(s -> new Card(s, refs.get(s.id()), dots.getOrDefault(s.id(), 0L),
                        usedBy.getOrDefault(s.id(), List.of())))
                .toList()));
        return new TowsMatrix(dimension, cards, entries);
    }

    /**
     * Dots per card in the latest round that has dots on this board: voting picks the cards the
     * room cares about, and a later round replaces an earlier one rather than adding to it.
     */
    private static Map<String, Long> dots(List<Vote> votes, Set<String> cards) {
        List<Vote> here = votes.stream().filter(v -> cards.contains(v.swotItemId())).toList();
        int round = here.stream().mapToInt(Vote::round).max().orElse(0);
        return VoteTally.tally(here, round).stream()
                .collect(Collectors.toMap(VoteTally.Line::swotItemId, VoteTally.Line::dots));
    }

    private static Link link(SessionState state, Map<String, SwotItem> items, Map<String, String> refs,
                             Strategy s, String id, boolean misfit) {
        SwotItem item = items.get(id);
        if (item == null) {
            // deleted (or unreadable): its text is still in the file, so the link can say what it was
            String text = state.get(EntityKind.SWOT_ITEM.code(), id).map(e -> e.getOr(SwotItem.F_TEXT, ""))
                    .orElse("");
            return new Link(id, "", text, Optional.empty(), Optional.of(Problem.DELETED), "");
        }
        Optional<Problem> problem = Optional.empty();
        if (!item.dimension().equals(Optional.of(s.dimension()))) {
            problem = Optional.of(Problem.DIMENSION);
        } else if (!s.type().uses(item.quadrant())) {
            problem = Optional.of(Problem.QUADRANT);
        } else if (!item.onBoard()) {
            problem = Optional.of(Problem.MERGED);
        } else if (misfit) {
            problem = Optional.of(Problem.DELETED);
        }
        return new Link(id, refs.getOrDefault(id, ""), item.text(), Optional.of(item.quadrant()), problem,
                item.onBoard() ? "" : survivor(items, item));
    }

    /** The card a merged card ended up in, following merges of merges (and stopping at a loop). */
    static String survivor(Map<String, SwotItem> items, SwotItem merged) {
        SwotItem at = merged;
        for (int hops = 0; hops < 50 && !at.onBoard(); hops++) {
            SwotItem next = items.get(at.mergedInto());
            if (next == null) {
                return "";
            }
            at = next;
        }
        return at.onBoard() ? at.id() : "";
    }

    public Dimension dimension() {
        return dimension;
    }

    /**
     * Reads matrices after every write, parsing only what changed and building the matrix again
     * only when cards, dots or strategies changed (or another dimension is asked for).
     */
    public static final class Reader {
        private final RecordCache<SwotItem> items = new RecordCache<>(EntityKind.SWOT_ITEM, SwotItem::from);
        private final RecordCache<Vote> votes = new RecordCache<>(EntityKind.VOTE, Vote::from);
        private final RecordCache<Strategy> strategies = new RecordCache<>(EntityKind.STRATEGY, Strategy::from);
        private TowsMatrix last;

        public TowsMatrix read(SessionState state, Dimension dimension) {
            boolean changed = items.update(state) | votes.update(state) | strategies.update(state);
            if (state == null) {
                last = null;
                return empty(dimension);
            }
            if (changed || last == null || last.dimension != dimension) {
                last = of(state, dimension, items.records(), votes.records(), strategies.records());
            }
            return last;
        }
    }

    /** The cards of one quadrant, most dots first. */
    public List<Card> cards(SwotItem.Quadrant q) {
        return cards.get(q);
    }

    /** The strategies of one cell, in their order. */
    public List<Entry> strategies(Strategy.Type t) {
        return strategies.get(t);
    }

    /** Every strategy of the dimension: SO, ST, WO, WT, each in its order (the programme sheets list them so). */
    public List<Entry> strategies() {
        return List.copyOf(entriesById.values());
    }

    public Optional<Card> card(String id) {
        return Optional.ofNullable(id == null ? null : cardsById.get(id));
    }

    public Optional<Entry> strategy(String id) {
        return Optional.ofNullable(id == null ? null : entriesById.get(id));
    }

    /** The strategies that link a card, in matrix order. */
    public List<Entry> usingCard(String cardId) {
        return entriesById.values().stream().filter(e -> e.linksCard(cardId)).toList();
    }

    /** Cards no strategy uses yet: what the room has not turned into a strategy. */
    public long unusedCards() {
        return cardsById.values().stream().filter(Card::unused).count();
    }

    public long misfitLinks() {
        return entriesById.values().stream().mapToLong(e -> e.misfits().size()).sum();
    }

    /** The next free place at the end of a cell. */
    int nextOrder(Strategy.Type t) {
        return strategies.get(t).stream().mapToInt(e -> e.strategy().order()).max().orElse(0) + 1;
    }
}
