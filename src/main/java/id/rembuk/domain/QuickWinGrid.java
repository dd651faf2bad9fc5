package id.rembuk.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The impact × effort 2×2 used to shortlist quick wins. No official matrix exists; the midline is
 * the middle of the 1..5 scale, and a value on the midline counts as low, so only clearly high
 * impact makes a quick win.
 *
 * <p>A programme's place comes from its scores (ADR 13): impact is the weighted mean of the benefit
 * criteria (impact on residents, link to priority issues); effort is 6 minus the weighted mean of
 * the ease criteria (speed, cost or budget availability, readiness, low risk), all of which score
 * high when a programme is easy. Innovation ranks but does not place.
 */
public final class QuickWinGrid {
    public static final double DEFAULT_MIDLINE = 3.0;

    private QuickWinGrid() {
    }

    public enum Quadrant implements Labelled {
        /** High impact, low effort: do first. */
        QUICK_WIN,
        /** High impact, high effort: plan as a programme. */
        MAJOR_PROJECT,
        /** Low impact, low effort: do when there is room. */
        FILL_IN,
        /** Low impact, high effort: drop. */
        THANKLESS;

        @Override
        public String labelGroup() {
            return "grid";
        }
    }

    public static final Set<Criterion> IMPACT_CRITERIA = Set.of(Criterion.IMPACT, Criterion.PRIORITY);
    public static final Set<Criterion> EASE_CRITERIA = Set.of(Criterion.SPEED, Criterion.COST, Criterion.READINESS,
            Criterion.RISK);

    /**
     * Where a programme sits on the grid.
     *
     * @param impact 1..5
     * @param effort 1..5
     * @param nudge  the facilitator's note when placed by hand, else empty
     */
    public record Position(double impact, double effort, Optional<String> nudge) {
        public Quadrant quadrant() {
            return place(impact, effort);
        }

        public boolean nudged() {
            return nudge.isPresent();
        }
    }

    /**
     * The place the scores give: empty until both axes have at least one scored criterion. A whole
     * axis weighted to zero falls back to plain means, so a room that weights only impact still
     * gets a grid.
     */
    public static Optional<Position> fromScores(ProgrammeRanking.Aggregate a, ProgrammeRanking.Weights weights) {
        Optional<Double> impact = axis(a.perCriterion(), IMPACT_CRITERIA, weights);
        Optional<Double> ease = axis(a.perCriterion(), EASE_CRITERIA, weights);
        if (impact.isEmpty() || ease.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Position(impact.get(), 6 - ease.get(), Optional.empty()));
    }

    /** The nudge when there is one, else the scores' place. */
    public static Optional<Position> position(ProgrammeRanking.Aggregate a, ProgrammeRanking.Weights weights,
                                              Optional<GridNudge> nudge) {
        if (nudge.isPresent()) {
            GridNudge n = nudge.get();
            return Optional.of(new Position(n.impactValue(), n.effortValue(), Optional.of(n.note())));
        }
        return fromScores(a, weights);
    }

    private static Optional<Double> axis(Map<Criterion, Double> means, Set<Criterion> criteria,
                                         ProgrammeRanking.Weights weights) {
        double sum = 0;
        double plain = 0;
        int total = 0;
        int n = 0;
        for (Criterion c : criteria) {
            Double v = means.get(c);
            if (v != null) {
                sum += weights.of(c) * v;
                total += weights.of(c);
                plain += v;
                n++;
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(total > 0 ? sum / total : plain / n);
    }

    public static Quadrant place(double impact, double effort) {
        return place(impact, effort, DEFAULT_MIDLINE);
    }

    public static Quadrant place(double impact, double effort, double midline) {
        if (Double.isNaN(impact) || Double.isNaN(effort)) {
            throw new IllegalArgumentException("impact and effort must be numbers");
        }
        boolean highImpact = impact > midline;
        boolean highEffort = effort > midline;
        if (highImpact) {
            return highEffort ? Quadrant.MAJOR_PROJECT : Quadrant.QUICK_WIN;
        }
        return highEffort ? Quadrant.THANKLESS : Quadrant.FILL_IN;
    }
}
