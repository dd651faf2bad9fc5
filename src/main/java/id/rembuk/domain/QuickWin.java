package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quick win: deliverable within a year, felt directly by residents, owned by one OPD. The fields
 * follow the Buku IV profile; {@code impact} and {@code effort} (1..5) place it on the 2×2 grid.
 *
 * @param programmeId    the programme it comes from, empty if proposed directly
 * @param startMonth     month of the coming year it starts, 1..12
 * @param durationMonths 1..12: longer is not a quick win
 * @param indicators     indicators with baseline → target, one per line ({@link IndicatorTarget})
 * @param schedule       what happens in which months, one step a line ({@link MonthStep})
 * @param reason         why the room chose it
 */
public record QuickWin(String id, String programmeId, String name, Dimension dimension,
                       Optional<SubDimension> subDimension, String problem, String goal, String beneficiaries,
                       String description, String leadOpd, List<String> partners, String location, int startMonth,
                       int durationMonths, long budget, FundingSource funding, String output, String outcome,
                       List<String> indicators, String risks, String sustainability, int impact, int effort,
                       List<String> schedule, String reason)
        implements SessionRecord {

    public static final String F_PROGRAMME = "programme";
    public static final String F_NAME = "name";
    public static final String F_SUB_DIMENSION = "sub_dimension";
    public static final String F_PROBLEM = "problem";
    public static final String F_GOAL = "goal";
    public static final String F_BENEFICIARIES = "beneficiaries";
    public static final String F_DESCRIPTION = "description";
    public static final String F_LEAD_OPD = "lead_opd";
    public static final String F_PARTNERS = "partners";
    public static final String F_LOCATION = "location";
    public static final String F_START_MONTH = "start_month";
    public static final String F_DURATION_MONTHS = "duration_months";
    public static final String F_BUDGET = "budget";
    public static final String F_FUNDING = "funding";
    public static final String F_OUTPUT = "output";
    public static final String F_OUTCOME = "outcome";
    public static final String F_INDICATORS = "indicators";
    public static final String F_RISKS = "risks";
    public static final String F_SUSTAINABILITY = "sustainability";
    public static final String F_IMPACT = "impact";
    public static final String F_EFFORT = "effort";
    public static final String F_SCHEDULE = "schedule";
    public static final String F_REASON = "reason";

    public QuickWin {
        Ids.require(id, "quick win");
        programmeId = Ids.optional(programmeId, "programme");
        name = Text.required(name, "name", 300);
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(subDimension, "subDimension");
        SubDimensions.requireWithin(subDimension, dimension);
        problem = Text.optional(problem, 4000);
        goal = Text.optional(goal, 4000);
        beneficiaries = Text.optional(beneficiaries, 1000);
        description = Text.optional(description, 8000);
        leadOpd = Text.optional(leadOpd, 200);
        partners = Fields.items(partners, 200);
        location = Text.optional(location, 300);
        InvalidValue.check(startMonth >= 1 && startMonth <= 12, "domain.invalid.month", startMonth);
        InvalidValue.check(durationMonths >= 1 && durationMonths <= 12, "domain.invalid.quick_win_months",
                durationMonths);
        InvalidValue.check(budget >= 0, "domain.invalid.budget", budget);
        Objects.requireNonNull(funding, "funding");
        output = Text.optional(output, 2000);
        outcome = Text.optional(outcome, 2000);
        indicators = Fields.items(indicators, 500);
        risks = Text.optional(risks, 4000);
        sustainability = Text.optional(sustainability, 4000);
        InvalidValue.check(impact >= 1 && impact <= 5, "domain.invalid.score", impact);
        InvalidValue.check(effort >= 1 && effort <= 5, "domain.invalid.score", effort);
        schedule = Fields.items(schedule, 500);
        reason = Text.optional(reason, 2000);
    }

    /** A quick win as the first version of the file held it, before schedule and reason. */
    public QuickWin(String id, String programmeId, String name, Dimension dimension,
                    Optional<SubDimension> subDimension, String problem, String goal, String beneficiaries,
                    String description, String leadOpd, List<String> partners, String location, int startMonth,
                    int durationMonths, long budget, FundingSource funding, String output, String outcome,
                    List<String> indicators, String risks, String sustainability, int impact, int effort) {
        this(id, programmeId, name, dimension, subDimension, problem, goal, beneficiaries, description, leadOpd,
                partners, location, startMonth, durationMonths, budget, funding, output, outcome, indicators, risks,
                sustainability, impact, effort, List.of(), "");
    }

    /**
     * The id of the quick win chosen from a programme: derived, so two laptops choosing the same
     * programme meet in one profile.
     */
    public static String idFor(String programmeId) {
        return Ids.derived("quick_win", Ids.require(programmeId, "programme"));
    }

    /**
     * The profile started when the room chooses a programme as a quick win: what the programme
     * already says is copied, the grid's place is kept as impact and effort, the rest is written
     * later in the profile.
     */
    public static QuickWin fromProgramme(Programme p, QuickWinGrid.Position at, String reason) {
        int months = p.months().isPresent() ? Math.min(12, p.months().getAsInt()) : 12;
        return new QuickWin(idFor(p.id()), p.id(), p.name(), p.dimension(), p.subDimension(), "", "", "",
                clip(String.join("\n", p.activities()), 8000), p.leadOpd(), p.supporting(), "", 1, months, p.budget(), p.funding(),
                "", "", List.of(), "", "", scale(at.impact()), scale(at.effort()), List.of(), reason);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static int scale(double v) {
        return (int) Math.max(1, Math.min(5, Math.round(v)));
    }

    public List<MonthStep> steps() {
        return schedule.stream().map(MonthStep::parse).toList();
    }

    public List<IndicatorTarget> targets() {
        return indicators.stream().map(IndicatorTarget::parse).toList();
    }

    public QuickWinGrid.Quadrant quadrant() {
        return QuickWinGrid.place(impact, effort);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.QUICK_WIN;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_PROGRAMME, programmeId).text(F_NAME, name)
                .value(F_DIMENSION, dimension).value(F_SUB_DIMENSION, subDimension).text(F_PROBLEM, problem)
                .text(F_GOAL, goal).text(F_BENEFICIARIES, beneficiaries).text(F_DESCRIPTION, description)
                .text(F_LEAD_OPD, leadOpd).lines(F_PARTNERS, partners).text(F_LOCATION, location)
                .integer(F_START_MONTH, startMonth).integer(F_DURATION_MONTHS, durationMonths)
                .integer(F_BUDGET, budget).value(F_FUNDING, funding).text(F_OUTPUT, output).text(F_OUTCOME, outcome)
                .lines(F_INDICATORS, indicators).text(F_RISKS, risks).text(F_SUSTAINABILITY, sustainability)
                .integer(F_IMPACT, impact).integer(F_EFFORT, effort).lines(F_SCHEDULE, schedule).text(F_REASON, reason)
                .build();
    }

    public static QuickWin from(EntityState e) {
        return new QuickWin(e.key().id(), Fields.text(e, F_PROGRAMME), Fields.text(e, F_NAME),
                Fields.enumOf(e, F_DIMENSION, Dimension.class).orElse(null),
                Fields.enumOf(e, F_SUB_DIMENSION, SubDimension.class), Fields.text(e, F_PROBLEM),
                Fields.text(e, F_GOAL), Fields.text(e, F_BENEFICIARIES), Fields.text(e, F_DESCRIPTION),
                Fields.text(e, F_LEAD_OPD), Fields.lines(e, F_PARTNERS), Fields.text(e, F_LOCATION),
                Fields.integer(e, F_START_MONTH, 1), Fields.integer(e, F_DURATION_MONTHS, 6),
                Fields.number(e, F_BUDGET, 0), Fields.enumOr(e, F_FUNDING, FundingSource.class, FundingSource.APBD),
                Fields.text(e, F_OUTPUT), Fields.text(e, F_OUTCOME), Fields.lines(e, F_INDICATORS),
                Fields.text(e, F_RISKS), Fields.text(e, F_SUSTAINABILITY), Fields.integer(e, F_IMPACT, 3),
                Fields.integer(e, F_EFFORT, 3), Fields.lines(e, F_SCHEDULE), Fields.text(e, F_REASON));
    }
}
