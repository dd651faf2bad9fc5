package id.rembuk.domain;

import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Weighted-criteria scoring of programmes (and quick-win candidates). The score of a programme is the
 * weighted mean of its per-criterion means, on the 1..5 scale; the spread is the standard deviation
 * of the scorers' own weighted scores, so the room sees where it disagrees.
 */
public final class ProgrammeRanking {
    private ProgrammeRanking() {
    }

    /** Weight per criterion, 0..100; a criterion with weight 0 does not count. */
    public record Weights(Map<Criterion, Integer> byCriterion) {
        public Weights {
            Map<Criterion, Integer> m = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                int w = byCriterion.getOrDefault(c, 0);
                InvalidValue.check(w >= 0 && w <= 100, "domain.invalid.weight", w);
                m.put(c, w);
            }
            InvalidValue.check(m.values().stream().mapToInt(Integer::intValue).sum() > 0, "domain.invalid.weights");
            byCriterion = Map.copyOf(m);
        }

        public static Weights defaults() {
            Map<Criterion, Integer> m = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                m.put(c, c.defaultWeight());
            }
            return new Weights(m);
        }

        /**
         * The defaults with the session's own weights laid over them. Weights that would leave every
         * criterion at zero are ignored, so ranking never breaks on a half-edited table.
         */
        public static Weights of(SessionState state) {
            Map<Criterion, Integer> m = new EnumMap<>(defaults().byCriterion());
            Records.read(state, EntityKind.CRITERION_WEIGHT, CriterionWeight::from).records()
                    .forEach(w -> m.put(w.criterion(), w.weight()));
            return m.values().stream().anyMatch(w -> w > 0) ? new Weights(m) : defaults();
        }

        public int of(Criterion c) {
            return byCriterion.get(c);
        }
    }

    /**
     * @param score        weighted score 1..5, empty when nobody scored a weighted criterion
     * @param spread       population standard deviation of the scorers' weighted scores (0 for one scorer)
     * @param scorers      how many distinct scorers scored it
     * @param perCriterion mean value per scored criterion
     */
    public record Aggregate(String programmeId, OptionalDouble score, double spread, int scorers,
                            Map<Criterion, Double> perCriterion) {
        /** The score on 0..100 for bars and the projector. */
        public OptionalDouble percent() {
            return score.isPresent() ? OptionalDouble.of((score.getAsDouble() - 1) / 4 * 100) : OptionalDouble.empty();
        }
    }

    /** @param rank 1 for the best; equal scores share a rank (1, 2, 2, 4); unscored programmes rank last */
    public record Ranked(int rank, Aggregate aggregate) {
    }

    public static Aggregate aggregate(String programmeId, Collection<Score> scores, Weights weights) {
        List<Score> own = scores.stream().filter(s -> s.programmeId().equals(programmeId)).toList();
        Map<Criterion, Double> perCriterion = new EnumMap<>(Criterion.class);
        own.stream().collect(Collectors.groupingBy(Score::criterion, () -> new EnumMap<>(Criterion.class),
                Collectors.averagingInt(Score::value))).forEach(perCriterion::put);
        OptionalDouble score = weightedMean(perCriterion, weights);

        Map<String, Map<Criterion, Double>> byScorer = new LinkedHashMap<>();
        for (Score s : own) {
            byScorer.computeIfAbsent(Score.scorerKey(s.scorer()), k -> new EnumMap<>(Criterion.class))
                    .merge(s.criterion(), (double) s.value(), (a, b) -> (a + b) / 2);
        }
        List<Double> totals = new ArrayList<>();
        byScorer.values().forEach(m -> weightedMean(m, weights).ifPresent(totals::add));
        return new Aggregate(programmeId, score, standardDeviation(totals), byScorer.size(),
                Map.copyOf(perCriterion));
    }

    /** Programmes in rank order: score, then more scorers, then less spread, then the given order. */
    public static List<Ranked> rank(List<String> programmeIds, Collection<Score> scores, Weights weights) {
        List<Aggregate> all = new ArrayList<>();
        for (String id : programmeIds.stream().distinct().toList()) {
            all.add(aggregate(id, scores, weights));
        }
        Comparator<Aggregate> order = Comparator
                .comparing((Aggregate a) -> a.score().isPresent() ? -a.score().getAsDouble() : Double.MAX_VALUE)
                .thenComparing(a -> -a.scorers())
                .thenComparingDouble(Aggregate::spread);
        List<Aggregate> sorted = all.stream().sorted(order).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Aggregate a = sorted.get(i);
            int rank = i + 1;
            if (i > 0 && sameScore(sorted.get(i - 1), a)) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(new Ranked(rank, a));
        }
        return List.copyOf(ranked);
    }

    private static boolean sameScore(Aggregate a, Aggregate b) {
        if (a.score().isEmpty() || b.score().isEmpty()) {
            return a.score().isEmpty() && b.score().isEmpty();
        }
        return Math.abs(a.score().getAsDouble() - b.score().getAsDouble()) < 1e-9;
    }

    private static OptionalDouble weightedMean(Map<Criterion, Double> values, Weights weights) {
        double sum = 0;
        int total = 0;
        for (Map.Entry<Criterion, Double> e : values.entrySet()) {
            int w = weights.of(Objects.requireNonNull(e.getKey()));
            sum += w * e.getValue();
            total += w;
        }
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / total);
    }

    private static double standardDeviation(List<Double> xs) {
        if (xs.size() < 2) {
            return 0;
        }
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / xs.size();
        return Math.sqrt(var);
    }
}
