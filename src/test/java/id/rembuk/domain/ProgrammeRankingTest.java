package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ProgrammeRankingTest {
    private static final ProgrammeRanking.Weights DEFAULT = ProgrammeRanking.Weights.defaults();

    @Test
    void defaultWeightsAddUpToHundredAndCoverEveryCriterion() {
        assertThat(Criterion.values()).extracting(Criterion::defaultWeight).allMatch(w -> w > 0);
        assertThat(List.of(Criterion.values()).stream().mapToInt(DEFAULT::of).sum()).isEqualTo(100);
    }

    @Test
    void scoreIsTheWeightedMeanOfCriterionMeans() {
        List<Score> scores = List.of(
                Score.of("p", Criterion.IMPACT, "Kelompok 1", 5),
                Score.of("p", Criterion.IMPACT, "Kelompok 2", 3),
                Score.of("p", Criterion.COST, "Kelompok 1", 2),
                Score.of("other", Criterion.COST, "Kelompok 1", 1));

        ProgrammeRanking.Aggregate a = ProgrammeRanking.aggregate("p", scores, DEFAULT);

        // IMPACT mean 4 (weight 25), COST mean 2 (weight 15): (100 + 30) / 40
        assertThat(a.score().getAsDouble()).isCloseTo(3.25, within(1e-9));
        assertThat(a.percent().getAsDouble()).isCloseTo(56.25, within(1e-9));
        assertThat(a.scorers()).isEqualTo(2);
        assertThat(a.perCriterion()).containsOnlyKeys(Criterion.IMPACT, Criterion.COST);
        // scorer 1: (25*5 + 15*2) / 40 = 3.875; scorer 2: 3 → spread = 0.4375
        assertThat(a.spread()).isCloseTo(0.4375, within(1e-9));
    }

    @Test
    void criteriaWithZeroWeightDoNotCount() {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.IMPACT, 1);
        List<Score> scores = List.of(Score.of("p", Criterion.IMPACT, "A", 4), Score.of("p", Criterion.RISK, "A", 1));
        assertThat(ProgrammeRanking.aggregate("p", scores, new ProgrammeRanking.Weights(w)).score().getAsDouble())
                .isEqualTo(4.0);
        assertThatThrownBy(() -> new ProgrammeRanking.Weights(Map.of())).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ProgrammeRanking.Weights(Map.of(Criterion.COST, -1)))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void sessionWeightsOverrideTheDefaults() {
        ChangeLog log = new ChangeLog().apply(CriterionWeight.of(Criterion.IMPACT, 50))
                .apply(CriterionWeight.of(Criterion.RISK, 0));
        ProgrammeRanking.Weights w = ProgrammeRanking.Weights.of(log.state());
        assertThat(w.of(Criterion.IMPACT)).isEqualTo(50);
        assertThat(w.of(Criterion.RISK)).isZero();
        assertThat(w.of(Criterion.COST)).isEqualTo(Criterion.COST.defaultWeight());

        ChangeLog allZero = new ChangeLog();
        for (Criterion c : Criterion.values()) {
            allZero.apply(CriterionWeight.of(c, 0));
        }
        assertThat(ProgrammeRanking.Weights.of(allZero.state())).isEqualTo(ProgrammeRanking.Weights.defaults());
        assertThatThrownBy(() -> new CriterionWeight("COST", Criterion.IMPACT, 10)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void rankingSharesRanksOnTiesAndPutsUnscoredLast() {
        List<Score> scores = List.of(
                Score.of("a", Criterion.IMPACT, "X", 3),
                Score.of("b", Criterion.IMPACT, "X", 5),
                Score.of("c", Criterion.IMPACT, "X", 3),
                Score.of("c", Criterion.IMPACT, "Y", 3));

        List<ProgrammeRanking.Ranked> r = ProgrammeRanking.rank(List.of("a", "b", "c", "d"), scores, DEFAULT);

        assertThat(r).extracting(x -> x.aggregate().programmeId()).containsExactly("b", "c", "a", "d");
        assertThat(r).extracting(ProgrammeRanking.Ranked::rank).containsExactly(1, 2, 2, 4);
        assertThat(r.get(3).aggregate().score()).isEmpty();
    }

    @Test
    void oneScorerHasOneValuePerCriterion() {
        assertThat(Score.idFor("p", Criterion.IMPACT, "Kelompok  GOV"))
                .isEqualTo(Score.idFor("p", Criterion.IMPACT, " kelompok gov"))
                .isNotEqualTo(Score.idFor("p", Criterion.COST, "Kelompok GOV"))
                .isNotEqualTo(Score.idFor("q", Criterion.IMPACT, "Kelompok GOV"));
        ChangeLog log = new ChangeLog().apply(Score.of("p", Criterion.IMPACT, "Kelompok GOV", 2))
                .apply(Score.of("p", Criterion.IMPACT, "kelompok gov", 5));
        assertThat(log.state().count(EntityKind.SCORE.code())).isEqualTo(1);
        assertThatThrownBy(() -> Score.of("p", Criterion.IMPACT, "A", 6)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Score("made-up", "p", Criterion.IMPACT, "A", 3)).isInstanceOf(InvalidValue.class);
    }

    @Property(tries = 300)
    void rankingDoesNotDependOnTheOrderOfScores(@ForAll long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        List<String> programmes = List.of("p1", "p2", "p3", "p4", "p5");
        Map<String, Score> byId = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rnd.nextInt(60); i++) {
            Score s = Score.of(Samples.pick(rnd, programmes), Samples.pick(rnd, Criterion.values()),
                    "S" + rnd.nextInt(6), 1 + rnd.nextInt(5));
            byId.put(s.id(), s);
        }
        List<Score> scores = new ArrayList<>(byId.values());
        List<ProgrammeRanking.Ranked> first = ProgrammeRanking.rank(programmes, scores, DEFAULT);
        Collections.shuffle(scores, rnd);
        List<ProgrammeRanking.Ranked> second = ProgrammeRanking.rank(programmes, scores, DEFAULT);

        assertThat(second).extracting(ProgrammeRanking.Ranked::rank)
                .isEqualTo(first.stream().map(ProgrammeRanking.Ranked::rank).toList());
        for (int i = 0; i < first.size(); i++) {
            ProgrammeRanking.Aggregate x = first.get(i).aggregate();
            ProgrammeRanking.Aggregate y = second.get(i).aggregate();
            assertThat(y.score().isPresent()).isEqualTo(x.score().isPresent());
            if (x.score().isPresent()) {
                assertThat(y.score().getAsDouble()).isCloseTo(x.score().getAsDouble(), within(1e-9));
                assertThat(x.score().getAsDouble()).isBetween(1.0, 5.0);
            }
        }
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i).rank()).isGreaterThanOrEqualTo(first.get(i - 1).rank());
        }
    }
}
