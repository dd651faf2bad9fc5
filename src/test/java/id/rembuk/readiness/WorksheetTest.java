package id.rembuk.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.Readiness;
import id.rembuk.domain.ReadinessIndicator;
import id.rembuk.domain.ReadinessScale;
import id.rembuk.domain.ReadinessScore;
import id.rembuk.domain.ReadinessSetup;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorksheetTest {
    private static ReadinessIndicator ind(String id, Element e, int weight, int order) {
        return new ReadinessIndicator(id, Dimension.GOV, e, "Indikator " + id, weight, order);
    }

    private static ReadinessScore level(ReadinessScale scale, String id, int level) {
        return ReadinessScore.of(id, scale.percentOf(level), "");
    }

    @Test
    void levelsOfEitherScaleLandInTheTotalsAsPercent() {
        List<ReadinessIndicator> in = List.of(ind("a", Element.STRUKTUR, 1, 0), ind("b", Element.STRUKTUR, 1, 1),
                ind("c", Element.INFRASTRUKTUR, 1, 0));
        // 1–5: 4 → 75 %, 2 → 25 %; Kurang/Cukup/Baik: Baik → 100 %
        Worksheet w = new Worksheet(ReadinessSetup.DEFAULT, in, List.of(level(ReadinessScale.FIVE, "a", 4),
                level(ReadinessScale.FIVE, "b", 2), level(ReadinessScale.BANDS, "c", 3)));

        assertThat(w.total(Dimension.GOV, Element.STRUKTUR).percent().getAsDouble()).isCloseTo(50, within(1e-9));
        assertThat(w.total(Dimension.GOV, Element.INFRASTRUKTUR).percent().getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(w.total(Dimension.GOV).percent().getAsDouble()).isCloseTo(75, within(1e-9));
        assertThat(w.total(Dimension.GOV).band(Readiness.Bands.DEFAULT)).isEqualTo(Readiness.Band.BAIK);
        assertThat(w.total(Dimension.GOV, Element.SUPRASTRUKTUR).percent()).isEmpty();
        assertThat(w.total(Dimension.GOV).assessed()).isEqualTo(3);
        assertThat(w.total(Dimension.ECO).percent()).isEmpty();
        assertThat(w.overall().percent().getAsDouble()).isCloseTo(75, within(1e-9));
    }

    @Test
    void optionalElementsCountOnlyWhileTheSetupIncludesThem() {
        List<ReadinessIndicator> in = List.of(ind("s", Element.STRUKTUR, 1, 0), ind("alam", Element.ALAM, 1, 0),
                ind("budaya", Element.BUDAYA, 1, 0));
        List<ReadinessScore> scores = List.of(ReadinessScore.of("s", 100, ""), ReadinessScore.of("alam", 0, ""),
                ReadinessScore.of("budaya", 50, ""));

        Worksheet without = new Worksheet(ReadinessSetup.DEFAULT, in, scores);
        assertThat(without.elements()).containsExactly(Element.STRUKTUR, Element.INFRASTRUKTUR,
                Element.SUPRASTRUKTUR);
        assertThat(without.total(Dimension.GOV).percent().getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(without.total(Dimension.GOV).total()).isEqualTo(1);
        assertThat(without.total(Element.ALAM).percent()).isEmpty();
        // what was written stays: switching Alam back on counts it again
        assertThat(without.cell(Dimension.GOV, Element.ALAM)).hasSize(1);

        Worksheet withAlam = new Worksheet(new ReadinessSetup(ReadinessScale.FIVE, true, false), in, scores);
        assertThat(withAlam.elements()).contains(Element.ALAM).doesNotContain(Element.BUDAYA);
        assertThat(withAlam.total(Dimension.GOV).percent().getAsDouble()).isCloseTo(50, within(1e-9));

        Worksheet both = new Worksheet(new ReadinessSetup(ReadinessScale.FIVE, true, true), in, scores);
        assertThat(both.total(Dimension.GOV).percent().getAsDouble()).isCloseTo(50, within(1e-9));
        assertThat(both.total(Dimension.GOV).total()).isEqualTo(3);
    }

    @Test
    void cellsListTheirIndicatorsInOrder() {
        Worksheet w = new Worksheet(ReadinessSetup.DEFAULT, List.of(ind("b", Element.STRUKTUR, 1, 2),
                ind("a", Element.STRUKTUR, 1, 1), ind("c", Element.INFRASTRUKTUR, 1, 0)), List.of());
        assertThat(w.cell(Dimension.GOV, Element.STRUKTUR)).extracting(ReadinessIndicator::id)
                .containsExactly("a", "b");
        assertThat(w.score("a")).isEmpty();
    }
}
