package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facilitator's settings of one SWOT board (a dimension's, or an element's in Tahap I): whether
 * cards are written privately (hidden on the projector until revealed), and the dot-voting round.
 * The id is derived from the scope, so two laptops setting up the same board meet in one entity.
 *
 * @param concealed   cards are hidden on the projector until the facilitator reveals them
 * @param round       the current voting round, 0 before the first is opened
 * @param roundOpen   votes may be cast in {@code round}
 * @param budget      dots each voter may place in a round
 * @param budgetPer   whether the budget is per group or per participant
 */
public record SwotBoard(Optional<Dimension> dimension, Optional<Element> element, boolean concealed, int round,
                        boolean roundOpen, int budget, BudgetPer budgetPer) implements SessionRecord {
    public static final String F_ELEMENT = "element";
    public static final String F_CONCEALED = "concealed";
    public static final String F_ROUND = "round";
    public static final String F_ROUND_OPEN = "round_open";
    public static final String F_BUDGET = "budget";
    public static final String F_BUDGET_PER = "budget_per";
    public static final int MAX_BUDGET = 50;

    public enum BudgetPer implements Labelled {
        GROUP, PARTICIPANT;

        @Override
        public String labelGroup() {
            return "budget_per";
        }
    }

    public SwotBoard {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(element, "element");
        InvalidValue.check(dimension.isPresent() != element.isPresent(), "domain.invalid.swot_scope");
        InvalidValue.check(round >= 0 && round <= 99, "domain.invalid.round", round);
        InvalidValue.check(budget >= 1 && budget <= MAX_BUDGET, "domain.invalid.dots", budget, MAX_BUDGET);
        Objects.requireNonNull(budgetPer, "budgetPer");
    }

    /** A board nobody has set up yet: cards visible, no round, five dots per group. */
    public static SwotBoard fresh(Optional<Dimension> dimension, Optional<Element> element) {
        return new SwotBoard(dimension, element, false, 0, false, 5, BudgetPer.GROUP);
    }

    public static String idFor(Optional<Dimension> dimension, Optional<Element> element) {
        return Ids.derived("swot_board", dimension.map(Enum::name).orElse("-"), element.map(Enum::name).orElse("-"));
    }

    @Override
    public String id() {
        return idFor(dimension, element);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.SWOT_BOARD;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id()).value(F_DIMENSION, dimension).value(F_ELEMENT, element)
                .text(F_CONCEALED, concealed ? "1" : "0").integer(F_ROUND, round)
                .text(F_ROUND_OPEN, roundOpen ? "1" : "0").integer(F_BUDGET, budget).value(F_BUDGET_PER, budgetPer)
                .build();
    }

    public static SwotBoard from(EntityState e) {
        SwotBoard b = new SwotBoard(Fields.enumOf(e, F_DIMENSION, Dimension.class),
                Fields.enumOf(e, F_ELEMENT, Element.class), "1".equals(Fields.text(e, F_CONCEALED)),
                Fields.integer(e, F_ROUND, 0), "1".equals(Fields.text(e, F_ROUND_OPEN)), Fields.integer(e, F_BUDGET, 5),
                Fields.enumOr(e, F_BUDGET_PER, BudgetPer.class, BudgetPer.GROUP));
        InvalidValue.check(b.id().equals(e.key().id()), "domain.invalid.id", "SWOT board");
        return b;
    }
}
