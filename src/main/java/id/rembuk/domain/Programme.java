package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the programme matrix: dimension · sub-dimension · strategy · programme · activities ·
 * horizon · lead OPD · supporting OPD/partners · funding source · indicative budget · RPJMD link.
 *
 * @param strategies ids of the strategies it carries out
 * @param budget     indicative budget in Rupiah (0: not yet estimated)
 * @param rpjmdLink  the RPJMD/Renstra programme or target it belongs to
 * @param months     months until residents feel the first result, if the room estimated it (the
 *                   quick-win rule asks for at most 12)
 * @param service    the existing public service it sharpens, empty for a new service
 */
public record Programme(String id, Dimension dimension, Optional<SubDimension> subDimension, List<String> strategies,
                        String name, List<String> activities, Horizon horizon, String leadOpd, List<String> supporting,
                        FundingSource funding, long budget, String rpjmdLink, int order, OptionalInt months,
                        String service) implements SessionRecord {

    public static final String F_SUB_DIMENSION = "sub_dimension";
    public static final String F_STRATEGIES = "strategies";
    public static final String F_NAME = "name";
    public static final String F_ACTIVITIES = "activities";
    public static final String F_HORIZON = "horizon";
    public static final String F_LEAD_OPD = "lead_opd";
    public static final String F_SUPPORTING = "supporting";
    public static final String F_FUNDING = "funding";
    public static final String F_BUDGET = "budget";
    public static final String F_RPJMD = "rpjmd_link";
    public static final String F_ORDER = "order";
    public static final String F_MONTHS = "months";
    public static final String F_SERVICE = "service";
    public static final int MAX_MONTHS = 120;

    /** Jangka pendek, menengah, panjang. */
    public enum Horizon implements Labelled {
        SHORT(1), MEDIUM(5), LONG(10);

        private final int years;

        Horizon(int years) {
            this.years = years;
        }

        public int years() {
            return years;
        }

        @Override
        public String labelGroup() {
            return "horizon";
        }
    }

    public Programme {
        Ids.require(id, "programme");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(subDimension, "subDimension");
        SubDimensions.requireWithin(subDimension, dimension);
        strategies = Fields.items(strategies, 200).stream().distinct().toList();
        strategies.forEach(s -> Ids.require(s, "strategy"));
        name = Text.required(name, "name", 300);
        activities = Fields.items(activities, 500);
        Objects.requireNonNull(horizon, "horizon");
        leadOpd = Text.optional(leadOpd, 200);
        supporting = Fields.items(supporting, 200);
        Objects.requireNonNull(funding, "funding");
        InvalidValue.check(budget >= 0, "domain.invalid.budget", budget);
        rpjmdLink = Text.optional(rpjmdLink, 500);
        Objects.requireNonNull(months, "months");
        months.ifPresent(m -> InvalidValue.check(m >= 1 && m <= MAX_MONTHS, "domain.invalid.programme_months", m,
                MAX_MONTHS));
        service = Text.optional(service, 300);
    }

    /** A programme as first written, before anyone estimated its months or named a service. */
    public Programme(String id, Dimension dimension, Optional<SubDimension> subDimension, List<String> strategies,
                     String name, List<String> activities, Horizon horizon, String leadOpd, List<String> supporting,
                     FundingSource funding, long budget, String rpjmdLink, int order) {
        this(id, dimension, subDimension, strategies, name, activities, horizon, leadOpd, supporting, funding, budget,
                rpjmdLink, order, OptionalInt.empty(), "");
    }

    @Override
    public EntityKind kind() {
        return EntityKind.PROGRAMME;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).value(F_DIMENSION, dimension).value(F_SUB_DIMENSION, subDimension)
                .lines(F_STRATEGIES, strategies).text(F_NAME, name).lines(F_ACTIVITIES, activities)
                .value(F_HORIZON, horizon).text(F_LEAD_OPD, leadOpd).lines(F_SUPPORTING, supporting)
                .value(F_FUNDING, funding).integer(F_BUDGET, budget).text(F_RPJMD, rpjmdLink).integer(F_ORDER, order)
                .optionalInt(F_MONTHS, months).text(F_SERVICE, service).build();
    }

    public static Programme from(EntityState e) {
        return new Programme(e.key().id(), Fields.enumOf(e, F_DIMENSION, Dimension.class).orElse(null),
                Fields.enumOf(e, F_SUB_DIMENSION, SubDimension.class), Fields.lines(e, F_STRATEGIES),
                Fields.text(e, F_NAME), Fields.lines(e, F_ACTIVITIES),
                Fields.enumOr(e, F_HORIZON, Horizon.class, Horizon.MEDIUM), Fields.text(e, F_LEAD_OPD),
                Fields.lines(e, F_SUPPORTING), Fields.enumOr(e, F_FUNDING, FundingSource.class, FundingSource.APBD),
                Fields.number(e, F_BUDGET, 0), Fields.text(e, F_RPJMD), Fields.integer(e, F_ORDER, 0),
                Fields.optionalInt(e, F_MONTHS), Fields.text(e, F_SERVICE));
    }
}
