package id.rembuk.ui.swot;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Score;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vote;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Dot voting on one screen: opening and closing rounds, placing and taking back dots within the
 * budget, and the dots still on their way to the file. Plain Java, so the budget arithmetic is
 * tested without a toolkit.
 */
final class SwotVoting {
    /** A dot sent or taken back is no longer waited for after this long (its write failed). */
    static final long PENDING_NANOS = 10_000_000_000L;

    private record Pending(String voterKey, long since) {
    }

    /**
     * Dots sent to the session and not yet back in its state (the write runs in the background):
     * counted against the budget, so clicking faster than the file writes cannot overspend it. One
     * that never comes back (the write failed) stops counting after a while.
     */
    private final Map<String, Pending> pendingDots = new HashMap<>();
    /** Dots taken back and not yet gone from the state, so a double click takes back two, not one twice. */
    private final Map<String, Pending> pendingRemovals = new HashMap<>();

    /** Opens the next round with a budget of dots per group or per participant. */
    Step openRound(SwotBoardData data, SwotScope sc, int dots, SwotBoard.BudgetPer per) {
        if (dots < 1 || dots > SwotBoard.MAX_BUDGET) {
            return Step.refused(Messages.get("swot.msg.budgetRange", SwotBoard.MAX_BUDGET));
        }
        SwotBoard b = data.board;
        if (b.round() >= 99) {
            return Step.NONE;
        }
        SwotBoard next = new SwotBoard(sc.dimension(), sc.element(), b.concealed(), b.round() + 1, true, dots, per);
        return Step.of(Messages.get("swot.action.openRound", next.round(), dots, Messages.get(per.messageKey())),
                data.boardEdits(next));
    }

    /** Closes the round: no more dots; the result stays on the board, ranked. */
    Step closeRound(SwotBoardData data) {
        SwotBoard b = data.board;
        if (!b.roundOpen()) {
            return Step.NONE;
        }
        SwotBoard next = new SwotBoard(b.dimension(), b.element(), b.concealed(), b.round(), false, b.budget(),
                b.budgetPer());
        return Step.of(Messages.get("swot.action.closeRound", b.round()), data.boardEdits(next));
    }

    /**
     * Places one of the voter's dots on a card on the board; refused beyond the budget. The dot
     * counts as on its way from now on.
     */
    Step vote(SwotBoardData data, SwotItem item, String voter, UnaryOperator<String> voterName) {
        SwotBoard b = data.board;
        if (!b.roundOpen()) {
            return Step.refused(Messages.get("swot.msg.noRound"));
        }
        if (voter == null || voter.isEmpty()) {
            return Step.refused(Messages.get("swot.msg.noVoter"));
        }
        if (used(data, voter) >= b.budget()) {
            return Step.refused(Messages.get("swot.msg.budgetSpent", voterName.apply(voter), b.budget()));
        }
        Vote dot = new Vote(UUID.randomUUID().toString(), item.id(), voter, b.round());
        pendingDots.put(dot.id(), new Pending(Score.scorerKey(voter), System.nanoTime()));
        return Step.of(Messages.get("swot.action.vote", voterName.apply(voter), SwotBoardViewModel.shortText(item.text())),
                dot.toEdits());
    }

    /** Takes back one of the voter's dots from a card on the board. */
    Step unvote(SwotBoardData data, SessionState st, SwotItem item, String voter, UnaryOperator<String> voterName) {
        if (voter == null || voter.isEmpty()) {
            return Step.NONE;
        }
        if (!data.board.roundOpen()) {
            return Step.refused(Messages.get("swot.msg.noRound"));
        }
        List<Vote> own = data.ownDotsOn(st, item.id(), voter).stream()
                .filter(x -> !pendingRemovals.containsKey(x.id())).toList();
        if (own.isEmpty()) {
            return Step.refused(Messages.get("swot.msg.noOwnDot", voterName.apply(voter)));
        }
        pendingRemovals.put(own.get(0).id(), new Pending("", System.nanoTime()));
        return Step.of(Messages.get("swot.action.unvote", voterName.apply(voter), SwotBoardViewModel.shortText(item.text())),
                List.of(Edit.delete(EntityKind.VOTE.code(), own.get(0).id())));
    }

    /** Dots the voter has placed in the round shown, those still on their way to the file included. */
    long used(SwotBoardData data, String voter) {
        String key = Score.scorerKey(voter);
        long sending = pendingDots.values().stream().filter(p -> p.voterKey().equals(key)).count();
        long taking = pendingRemovals.size() > 0 ? data.ownDotsOnAnyCard(voter).stream()
                .filter(pendingRemovals::containsKey).count() : 0;
        return data.used(voter) + sending - taking;
    }

    /** The voter's dots left in the open round; none when no round is open or nobody votes. */
    int left(SwotBoardData data, String voter) {
        SwotBoard b = data.board;
        return b.roundOpen() && voter != null && !voter.isEmpty() ? (int) Math.max(0, b.budget() - used(data, voter)) : 0;
    }

    /** Forgets what the state now shows, and what is too old to still be on its way. */
    void settle(SessionState st) {
        settle(st, System.nanoTime());
    }

    void settle(SessionState st, long now) {
        pendingDots.keySet().removeIf(id -> st.get(EntityKind.VOTE.code(), id).filter(e -> e.live()).isPresent()
                || now - pendingDots.get(id).since() > PENDING_NANOS);
        pendingRemovals.keySet().removeIf(id -> st.get(EntityKind.VOTE.code(), id).filter(e -> e.live()).isEmpty()
                || now - pendingRemovals.get(id).since() > PENDING_NANOS);
    }
}
