package id.rembuk.ui.vision;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.Records;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vote;
import id.rembuk.domain.VoteTally;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SWOT cards of every board as the keyword board lists them: on the board (not merged away),
 * with their dots and the keywords already drawn from them. Plain Java, read from a state.
 */
final class SourceCards {
    private SourceCards() {
    }

    /**
     * A filter on the boards: one dimension's (Tahap II) or one element's (Tahap I), or every board
     * when both are empty. A card written for both a dimension and an element shows under either.
     */
    record Board(Optional<Dimension> dimension, Optional<Element> element) {
        static final Board ALL = new Board(Optional.empty(), Optional.empty());

        boolean holds(SwotItem s) {
            return (dimension.isEmpty() || s.dimension().equals(dimension))
                    && (element.isEmpty() || s.element().equals(element));
        }
    }

    /** The pair a card's dots are counted in: its board. */
    private record Scope(Optional<Dimension> dimension, Optional<Element> element) {
        static Scope of(SwotItem s) {
            return new Scope(s.dimension(), s.element());
        }
    }

    /**
     * One card.
     *
     * @param dots     dots in the latest round that has dots on its board
     * @param keywords ids of the keywords drawn from it
     */
    record Card(SwotItem item, long dots, List<String> keywords) {
        Card {
            keywords = List.copyOf(keywords);
        }

        String id() {
            return item.id();
        }
    }

    /** Every card on a board, most dots first, then by board and place. */
    static List<Card> read(SessionState state, List<Keyword> keywords) {
        if (state == null) {
            return List.of();
        }
        return read(Records.read(state, EntityKind.SWOT_ITEM, SwotItem::from).records(),
                Records.read(state, EntityKind.VOTE, Vote::from).records(), keywords);
    }

    static List<Card> read(List<SwotItem> items, List<Vote> allVotes, List<Keyword> keywords) {
        List<SwotItem> cards = items.stream().filter(SwotItem::onBoard).toList();
        Map<String, Scope> scopeOf = cards.stream().collect(Collectors.toMap(SwotItem::id, Scope::of));
        Map<Scope, List<Vote>> votesPerBoard = new HashMap<>();
        for (Vote v : allVotes) {
            Scope s = scopeOf.get(v.swotItemId());
            if (s != null) {
                votesPerBoard.computeIfAbsent(s, k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, Long> dots = new HashMap<>();
        votesPerBoard.values().forEach(votes -> {
            int round = votes.stream().mapToInt(Vote::round).max().orElse(0);
            VoteTally.tally(votes, round).forEach(l -> dots.put(l.swotItemId(), l.dots()));
        });
        Map<String, List<String>> used = new HashMap<>();
        for (Keyword k : keywords) {
            k.swotItems().forEach(id -> used.computeIfAbsent(id, x -> new ArrayList<>()).add(k.id()));
        }
        return cards.stream()
                .sorted(Comparator.<SwotItem>comparingLong(s -> -dots.getOrDefault(s.id(), 0L))
                        .thenComparing(s -> s.dimension().map(Enum::ordinal).orElse(99))
                        .thenComparing(s -> s.element().map(Enum::ordinal).orElse(99))
                        .thenComparing(SwotItem::quadrant)
                        .thenComparingInt(SwotItem::order).thenComparing(SwotItem::id))
                .map(s -> new Card(s, dots.getOrDefault(s.id(), 0L), used.getOrDefault(s.id(), List.of())))
                .toList();
    }

    /** Every board as a filter, then the boards that hold cards: dimensions first, then elements. */
    static List<Board> boards(List<Card> cards) {
        List<Board> out = new ArrayList<>();
        out.add(Board.ALL);
        cards.stream().flatMap(c -> c.item().dimension().stream()).distinct().sorted()
                .forEach(d -> out.add(new Board(Optional.of(d), Optional.empty())));
        cards.stream().flatMap(c -> c.item().element().stream()).distinct().sorted()
                .forEach(e -> out.add(new Board(Optional.empty(), Optional.of(e))));
        return List.copyOf(out);
    }
}
