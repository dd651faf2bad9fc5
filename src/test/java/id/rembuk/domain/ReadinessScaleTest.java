package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReadinessScaleTest {
    @Test
    void levelsSpreadEvenlyFromNoneToFull() {
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(ReadinessScale.FIVE::percentOf)).containsExactly(0, 25, 50, 75, 100);
        assertThat(List.of(1, 2, 3).stream().map(ReadinessScale.BANDS::percentOf)).containsExactly(0, 50, 100);
    }

    @Test
    void bandsScaleReadsAsTheSameBandInTheTotals() {
        Readiness.Bands bands = Readiness.Bands.DEFAULT;
        assertThat(bands.of(ReadinessScale.BANDS.percentOf(1))).isEqualTo(Readiness.Band.KURANG);
        assertThat(bands.of(ReadinessScale.BANDS.percentOf(2))).isEqualTo(Readiness.Band.CUKUP);
        assertThat(bands.of(ReadinessScale.BANDS.percentOf(3))).isEqualTo(Readiness.Band.BAIK);
    }

    @Property
    void aLevelSurvivesTheTripThroughPercent(@ForAll @IntRange(min = 1, max = 5) int level) {
        for (ReadinessScale s : ReadinessScale.values()) {
            int l = Math.min(level, s.levels());
            assertThat(s.levelOf(s.percentOf(l))).isEqualTo(l);
        }
    }

    @Test
    void switchingScaleLandsOnTheNearestLevel() {
        assertThat(ReadinessScale.BANDS.levelOf(ReadinessScale.FIVE.percentOf(4))).isEqualTo(3);
        assertThat(ReadinessScale.FIVE.levelOf(ReadinessScale.BANDS.percentOf(2))).isEqualTo(3);
        assertThatThrownBy(() -> ReadinessScale.FIVE.percentOf(6)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void setupListsOptionalElementsOnlyWhenChosen() {
        assertThat(ReadinessSetup.DEFAULT.elements())
                .containsExactly(Element.STRUKTUR, Element.INFRASTRUKTUR, Element.SUPRASTRUKTUR);
        assertThat(new ReadinessSetup(ReadinessScale.BANDS, false, true).elements()).endsWith(Element.BUDAYA)
                .doesNotContain(Element.ALAM);
    }

    @Test
    void aBoardHasExactlyOneScopeAndAnIdFromIt() {
        SwotBoard b = SwotBoard.fresh(Optional.of(Dimension.GOV), Optional.empty());
        assertThat(b.id()).isEqualTo(SwotBoard.fresh(Optional.of(Dimension.GOV), Optional.empty()).id())
                .isNotEqualTo(SwotBoard.fresh(Optional.empty(), Optional.of(Element.STRUKTUR)).id());
        assertThatThrownBy(() -> SwotBoard.fresh(Optional.of(Dimension.GOV), Optional.of(Element.STRUKTUR)))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new SwotBoard(Optional.of(Dimension.GOV), Optional.empty(), false, 1, true, 0,
                SwotBoard.BudgetPer.GROUP)).isInstanceOf(InvalidValue.class);
    }
}
