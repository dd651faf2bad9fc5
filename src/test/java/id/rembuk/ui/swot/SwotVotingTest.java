package id.rembuk.ui.swot;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.SwotItem.Quadrant;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The budget arithmetic of dot voting, with dots still on their way to the file, without a toolkit. */
class SwotVotingTest {
    private static final SwotScope GOV = SwotScope.of(Dimension.GOV);
    private static final UnaryOperator<String> NAME = v -> v;

    private final List<Change> log = new ArrayList<>();
    private final UUID replica = UUID.randomUUID();
    private long hlc;
    private final SwotVoting voting = new SwotVoting();
    private SwotItem card;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        card = new SwotItem("c1", GOV.dimension(), GOV.element(), Quadrant.S, "Kepala daerah mendukung", "", "", 1024);
        write(card.toEdits().stream().filter(e -> e.value() != null).toList());
        write(new SwotBoard(GOV.dimension(), Optional.empty(), false, 1, true, 2, SwotBoard.BudgetPer.GROUP).toEdits());
    }

    private void write(List<Edit> edits) {
        SessionState before = state();
        for (Edit e : edits) {
            log.add(new Change(UUID.randomUUID(), e.kind(), e.entityId(), e.field(), e.value(),
                    before.headIds(e.fieldKey()), ++hlc, replica));
        }
    }

    private SessionState state() {
        return SessionState.fold(log);
    }

    private SwotBoardData data() {
        return SwotBoardData.read(state(), GOV);
    }

    @Test
    void dotsOnTheirWayCountAgainstTheBudget() {
        Step first = voting.vote(data(), card, "GOV", NAME);
        Step second = voting.vote(data(), card, "GOV", NAME);
        assertThat(first.action()).isNotNull();
        assertThat(second.action()).isNotNull();
        assertThat(voting.left(data(), "GOV")).isZero();
        assertThat(voting.vote(data(), card, "GOV", NAME).refusal()).contains("2");
        // another group's budget is its own
        assertThat(voting.left(data(), "BRD")).isEqualTo(2);

        write(first.action().edits()); // one arrives: stored now, no longer on its way
        voting.settle(state());
        assertThat(data().used("GOV")).isEqualTo(1);
        assertThat(voting.used(data(), "GOV")).isEqualTo(2);
    }

    @Test
    void aDotThatNeverArrivesStopsCounting() {
        voting.vote(data(), card, "GOV", NAME);
        assertThat(voting.left(data(), "GOV")).isEqualTo(1);
        voting.settle(state(), System.nanoTime() + SwotVoting.PENDING_NANOS + 1);
        assertThat(voting.left(data(), "GOV")).isEqualTo(2);
    }

    @Test
    void takingBackTwiceQuicklyTakesTwoDotsNotOneTwice() {
        // as the view model does: every state that comes back settles what arrived
        write(voting.vote(data(), card, "GOV", NAME).action().edits());
        voting.settle(state());
        write(voting.vote(data(), card, "GOV", NAME).action().edits());
        voting.settle(state());
        assertThat(voting.left(data(), "GOV")).isZero();

        Step a = voting.unvote(data(), state(), card, "GOV", NAME);
        Step b = voting.unvote(data(), state(), card, "GOV", NAME);
        assertThat(a.action().edits()).singleElement().extracting(Edit::entityId)
                .isNotEqualTo(b.action().edits().get(0).entityId());
        assertThat(voting.left(data(), "GOV")).isEqualTo(2);
        assertThat(voting.unvote(data(), state(), card, "GOV", NAME).refusal()).isNotBlank();
    }

    @Test
    void roundsRefuseABudgetOutOfRangeAndCloseOnlyWhenOpen() {
        assertThat(voting.openRound(data(), GOV, 0, SwotBoard.BudgetPer.GROUP).refusal()).isNotBlank();
        assertThat(voting.openRound(data(), GOV, SwotBoard.MAX_BUDGET + 1, SwotBoard.BudgetPer.GROUP).refusal())
                .isNotBlank();
        Step close = voting.closeRound(data());
        write(close.action().edits());
        assertThat(data().board.roundOpen()).isFalse();
        assertThat(close.action().edits()).extracting(Edit::field).containsExactly(SwotBoard.F_ROUND_OPEN);
        assertThat(voting.closeRound(data())).isEqualTo(Step.NONE);
        assertThat(voting.vote(data(), card, "GOV", NAME).refusal()).isNotBlank();
    }
}
