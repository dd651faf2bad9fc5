package id.rembuk.ui.swot;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.Score;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotCount;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vote;
import id.rembuk.domain.VoteTally;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One board read from the session: its cards (those merged into another resolved to the card they
 * now count for), its settings and the dots of the round shown. Plain Java, so the counting is
 * tested without a toolkit.
 */
final class SwotBoardData {
    static final Comparator<SwotItem> BY_ORDER = Comparator.comparingInt(SwotItem::order).thenComparing(SwotItem::id);

    final SwotScope scope;
    /** The stored settings, or a fresh board's when nobody has set it up. */
    final SwotBoard board;
    final boolean boardStored;
    /** Every live card of the scope, merged ones included. */
    final Map<String, SwotItem> items;
    /** For every card, the card on the board it counts for (itself when on the board). */
    final Map<String, String> survivor;
    /** The round whose dots are shown: the open one, else the last closed. */
    final int round;
    /** The dots of that round on this board's cards, each re-pointed at the card it counts for. */
    final List<Vote> votes;

    private SwotBoardData(SwotScope scope, SwotBoard board, boolean boardStored, Map<String, SwotItem> items,
                          Map<String, String> survivor, List<Vote> votes) {
        this.scope = scope;
        this.board = board;
        this.boardStored = boardStored;
        this.items = items;
        this.survivor = survivor;
        this.round = board.round();
        this.votes = votes;
    }

    static SwotBoardData read(SessionState state, SwotScope scope) {
        Optional<EntityState> stored = state.get(EntityKind.SWOT_BOARD.code(), scope.boardId())
                .filter(EntityState::live);
        SwotBoard board = SwotBoard.fresh(scope.dimension(), scope.element());
        boolean ok = false;
        if (stored.isPresent()) {
            try {
                board = SwotBoard.from(stored.get());
                ok = true;
            } catch (IllegalArgumentException | NullPointerException e) {
                // settings merged into something unreadable: the board still shows, as a fresh one
                ok = true;
            }
        }
        Map<String, SwotItem> items = new LinkedHashMap<>();
        Records.read(state, EntityKind.SWOT_ITEM, SwotItem::from).records().stream().filter(scope::holds)
                .forEach(i -> items.put(i.id(), i));
        Map<String, String> survivor = new HashMap<>();
        items.keySet().forEach(id -> survivor.put(id, resolve(items, id)));
        List<Vote> votes = new ArrayList<>();
        if (board.round() > 0) {
            for (Vote v : Records.read(state, EntityKind.VOTE, Vote::from).records()) {
                String to = survivor.get(v.swotItemId());
                if (v.round() == board.round() && to != null) {
                    votes.add(new Vote(v.id(), to, v.voter(), v.round()));
                }
            }
        }
        return new SwotBoardData(scope, board, ok, items, survivor, votes);
    }

    /**
     * Follows "merged into" to the card on the board. A target gone (deleted elsewhere) leaves the
     * card on the board, so nothing written disappears; a loop (two laptops merged each into the
     * other) is broken at the card with the smallest id.
     */
    static String resolve(Map<String, SwotItem> items, String id) {
        return SwotCount.resolve(items, id);
    }

    boolean onBoard(String id) {
        return id.equals(survivor.get(id));
    }

    /** The card, if it is on the board (not merged into another); else null. */
    SwotItem onBoardItem(String id) {
        SwotItem i = id == null ? null : items.get(id);
        return i != null && onBoard(id) ? i : null;
    }

    List<SwotItem> onBoard(SwotItem.Quadrant q) {
        return items.values().stream().filter(i -> onBoard(i.id()) && i.quadrant() == q).sorted(BY_ORDER).toList();
    }

    /** Per card on the board, the cards merged into it (directly or through another), in board order. */
    Map<String, List<SwotItem>> merged() {
        Map<String, List<SwotItem>> out = new HashMap<>();
        items.values().stream().filter(i -> !onBoard(i.id())).sorted(BY_ORDER)
                .forEach(i -> out.computeIfAbsent(survivor.get(i.id()), k -> new ArrayList<>()).add(i));
        return out;
    }

    /** Dots per card in the round shown. */
    Map<String, Integer> dots() {
        Map<String, Integer> out = new HashMap<>();
        votes.forEach(v -> out.merge(v.swotItemId(), 1, Integer::sum));
        return out;
    }

    /** Dots one voter placed in the round shown, per card. */
    Map<String, Integer> dotsOf(String voter) {
        String key = Score.scorerKey(voter);
        Map<String, Integer> out = new HashMap<>();
        votes.stream().filter(v -> Score.scorerKey(v.voter()).equals(key))
                .forEach(v -> out.merge(v.swotItemId(), 1, Integer::sum));
        return out;
    }

    /** Dots each voter placed in the round shown (keys as {@link Score#scorerKey}). */
    Map<String, Long> usedPerVoter() {
        return VoteTally.dotsPerVoter(votes, round);
    }

    long used(String voter) {
        return usedPerVoter().getOrDefault(Score.scorerKey(voter), 0L);
    }

    /** Ids of the voter's dots in the round shown, on any card of this board. */
    List<String> ownDotsOnAnyCard(String voter) {
        String key = Score.scorerKey(voter);
        return votes.stream().filter(v -> Score.scorerKey(v.voter()).equals(key)).map(Vote::id).toList();
    }

    /** The round's ranking, most dots first. */
    List<VoteTally.Line> tally() {
        return round == 0 ? List.of() : VoteTally.tally(votes, round);
    }

    /** The voter's dots on a card as stored (not re-pointed), the ones placed on it directly first. */
    List<Vote> ownDotsOn(SessionState state, String cardId, String voter) {
        String key = Score.scorerKey(voter);
        List<Vote> out = new ArrayList<>();
        for (Vote v : Records.read(state, EntityKind.VOTE, Vote::from).records()) {
            if (v.round() == round && Score.scorerKey(v.voter()).equals(key)
                    && cardId.equals(survivor.get(v.swotItemId()))) {
                out.add(v);
            }
        }
        out.sort(Comparator.comparing((Vote v) -> !v.swotItemId().equals(cardId)).thenComparing(Vote::id));
        return out;
    }

    /** Edits turning the board's settings into {@code next}: all fields when it is not stored yet, else only those that change. */
    List<Edit> boardEdits(SwotBoard next) {
        List<Edit> all = next.toEdits();
        if (!boardStored) {
            return all;
        }
        Map<String, String> old = new HashMap<>();
        board.toEdits().forEach(e -> old.put(e.field(), e.value()));
        return all.stream().filter(e -> !Objects.equals(old.get(e.field()), e.value())).toList();
    }

    /** Cards per quadrant on the board. */
    Map<SwotItem.Quadrant, Integer> counts() {
        Map<SwotItem.Quadrant, Integer> out = new TreeMap<>();
        for (SwotItem.Quadrant q : SwotItem.Quadrant.values()) {
            out.put(q, onBoard(q).size());
        }
        return out;
    }
}
