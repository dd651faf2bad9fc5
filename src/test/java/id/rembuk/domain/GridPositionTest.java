package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the scores put a programme on the impact × effort grid, and what a nudge does. */
class GridPositionTest {
    private static final ProgrammeRanking.Weights DEFAULTS = ProgrammeRanking.Weights.defaults();

    /** impact, priority, speed, cost, readiness, risk → quadrant (all scorers agree). */
    @ParameterizedTest
    @CsvSource({
        "5, 5, 5, 5, 5, 5, QUICK_WIN",
        "5, 4, 1, 1, 2, 1, MAJOR_PROJECT",
        "2, 1, 5, 4, 5, 5, FILL_IN",
        "1, 2, 1, 2, 1, 1, THANKLESS",
        // on the midline counts as low: impact exactly 3, effort exactly 3
        "3, 3, 3, 3, 3, 3, FILL_IN",
    })
    void scoresPlaceTheProgramme(int impact, int priority, int speed, int cost, int readiness, int risk,
                                 QuickWinGrid.Quadrant expected) {
        List<Score> scores = List.of(Score.of("p", Criterion.IMPACT, "Kelompok GOV", impact),
                Score.of("p", Criterion.PRIORITY, "Kelompok GOV", priority),
                Score.of("p", Criterion.SPEED, "Kelompok GOV", speed),
                Score.of("p", Criterion.COST, "Kelompok GOV", cost),
                Score.of("p", Criterion.READINESS, "Kelompok GOV", readiness),
                Score.of("p", Criterion.RISK, "Kelompok GOV", risk));
        var pos = QuickWinGrid.fromScores(ProgrammeRanking.aggregate("p", scores, DEFAULTS), DEFAULTS).orElseThrow();
        assertThat(pos.quadrant()).isEqualTo(expected);
        assertThat(pos.nudged()).isFalse();
    }

    @Test
    void impactIsTheWeightedMeanOfBenefitAndEffortIsSixMinusEase() {
        // impact 25 % × 5 and priority 10 % × 2 → (125 + 20) / 35
        List<Score> scores = new ArrayList<>(List.of(Score.of("p", Criterion.IMPACT, "A", 5),
                Score.of("p", Criterion.PRIORITY, "A", 2), Score.of("p", Criterion.SPEED, "A", 4),
                Score.of("p", Criterion.COST, "A", 2)));
        var pos = QuickWinGrid.fromScores(ProgrammeRanking.aggregate("p", scores, DEFAULTS), DEFAULTS).orElseThrow();
        assertThat(pos.impact()).isCloseTo(145.0 / 35, org.assertj.core.data.Offset.offset(1e-9));
        // speed 15 % × 4, cost 15 % × 2 → ease 3, effort 3
        assertThat(pos.effort()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void missingAxisLeavesTheProgrammeOffTheGrid() {
        List<Score> onlyImpact = List.of(Score.of("p", Criterion.IMPACT, "A", 5),
                Score.of("p", Criterion.INNOVATION, "A", 5));
        assertThat(QuickWinGrid.fromScores(ProgrammeRanking.aggregate("p", onlyImpact, DEFAULTS), DEFAULTS)).isEmpty();
        assertThat(QuickWinGrid.fromScores(ProgrammeRanking.aggregate("p", List.of(), DEFAULTS), DEFAULTS)).isEmpty();
    }

    @Test
    void anAxisWeightedToZeroFallsBackToPlainMeans() {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.IMPACT, 100);
        ProgrammeRanking.Weights onlyImpact = new ProgrammeRanking.Weights(w);
        List<Score> scores = List.of(Score.of("p", Criterion.IMPACT, "A", 4), Score.of("p", Criterion.SPEED, "A", 5),
                Score.of("p", Criterion.COST, "A", 3));
        var pos = QuickWinGrid.fromScores(ProgrammeRanking.aggregate("p", scores, onlyImpact), onlyImpact)
                .orElseThrow();
        assertThat(pos.effort()).isEqualTo(2.0);
    }

    @Test
    void severalScorersAreAveragedPerCriterion() {
        List<Score> scores = List.of(Score.of("p", Criterion.IMPACT, "A", 5), Score.of("p", Criterion.IMPACT, "B", 2),
                Score.of("p", Criterion.SPEED, "A", 5), Score.of("p", Criterion.SPEED, "B", 4));
        var pos = QuickWinGrid.fromScores(ProgrammeRanking.aggregate("p", scores, DEFAULTS), DEFAULTS).orElseThrow();
        assertThat(pos.impact()).isEqualTo(3.5);
        assertThat(pos.effort()).isEqualTo(1.5);
        assertThat(pos.quadrant()).isEqualTo(QuickWinGrid.Quadrant.QUICK_WIN);
    }

    @Test
    void aNudgeWinsOverTheScoresAndCarriesItsNote() {
        List<Score> scores = List.of(Score.of("p", Criterion.IMPACT, "A", 1), Score.of("p", Criterion.SPEED, "A", 1));
        GridNudge n = GridNudge.of("p", 4.26, 1.5, "Bupati sudah menganggarkan di APBD-P");
        var pos = QuickWinGrid.position(ProgrammeRanking.aggregate("p", scores, DEFAULTS), DEFAULTS, Optional.of(n))
                .orElseThrow();
        assertThat(pos.impact()).isEqualTo(4.3);
        assertThat(pos.effort()).isEqualTo(1.5);
        assertThat(pos.nudge()).contains("Bupati sudah menganggarkan di APBD-P");
        assertThat(pos.quadrant()).isEqualTo(QuickWinGrid.Quadrant.QUICK_WIN);
    }

    @Test
    void aNudgeNeedsANoteAndStaysOnTheScale() {
        assertThatThrownBy(() -> GridNudge.of("p", 4, 2, "  ")).isInstanceOf(InvalidValue.class);
        assertThat(GridNudge.of("p", 9, -3, "x").impactValue()).isEqualTo(5.0);
        assertThat(GridNudge.of("p", 9, -3, "x").effortValue()).isEqualTo(1.0);
        assertThatThrownBy(() -> new GridNudge(GridNudge.idFor("p"), "p", 55, 20, "x"))
                .isInstanceOf(InvalidValue.class);
        assertThat(GridNudge.idFor("p")).isEqualTo(GridNudge.of("p", 3, 3, "x").id());
    }
}
