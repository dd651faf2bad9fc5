package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ReadinessTest {
    private static ReadinessIndicator ind(String id, Dimension d, Element e, int weight) {
        return new ReadinessIndicator(id, d, e, "Indikator " + id, weight, 0);
    }

    @Test
    void cellIsTheWeightedMeanOfAssessedIndicators() {
        List<ReadinessIndicator> in = List.of(
                ind("a", Dimension.GOV, Element.INFRASTRUKTUR, 1),
                ind("b", Dimension.GOV, Element.INFRASTRUKTUR, 3),
                ind("c", Dimension.GOV, Element.INFRASTRUKTUR, 1));
        Readiness r = new Readiness(in, List.of(ReadinessScore.of("a", 100, ""), ReadinessScore.of("b", 0, "")));

        Readiness.Result cell = r.cell(Dimension.GOV, Element.INFRASTRUKTUR);

        assertThat(cell.percent().getAsDouble()).isCloseTo(25.0, within(1e-9));
        assertThat(cell.assessed()).isEqualTo(2);
        assertThat(cell.total()).isEqualTo(3);
        assertThat(cell.band(Readiness.Bands.DEFAULT)).isEqualTo(Readiness.Band.KURANG);
    }

    @Test
    void aggregatesAreTheMeanOfCellsSoLongChecklistsDoNotDominate() {
        List<ReadinessIndicator> in = new ArrayList<>();
        List<ReadinessScore> scores = new ArrayList<>();
        // GOV × STRUKTUR: ten indicators all met; ENV × STRUKTUR: one indicator not met.
        for (int i = 0; i < 10; i++) {
            in.add(ind("g" + i, Dimension.GOV, Element.STRUKTUR, 1));
            scores.add(ReadinessScore.of("g" + i, 100, ""));
        }
        in.add(ind("e0", Dimension.ENV, Element.STRUKTUR, 1));
        scores.add(ReadinessScore.of("e0", 0, ""));
        in.add(ind("e1", Dimension.ENV, Element.BUDAYA, 1));
        scores.add(ReadinessScore.of("e1", 60, ""));
        Readiness r = new Readiness(in, scores);

        assertThat(r.element(Element.STRUKTUR).percent().getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(r.element(Element.STRUKTUR).assessed()).isEqualTo(11);
        assertThat(r.dimension(Dimension.ENV).percent().getAsDouble()).isCloseTo(30.0, within(1e-9));
        assertThat(r.dimension(Dimension.GOV).band(Readiness.Bands.DEFAULT)).isEqualTo(Readiness.Band.BAIK);
        assertThat(r.overall().percent().getAsDouble()).isCloseTo((100 + 0 + 60) / 3.0, within(1e-9));
        assertThat(r.overall().total()).isEqualTo(12);
    }

    @Test
    void nothingAssessedIsUnknownNotZero() {
        Readiness r = new Readiness(List.of(ind("a", Dimension.LIV, Element.SUPRASTRUKTUR, 1)), List.of());
        assertThat(r.overall().percent()).isEmpty();
        assertThat(r.overall().total()).isEqualTo(1);
        assertThat(r.overall().band(Readiness.Bands.DEFAULT)).isEqualTo(Readiness.Band.UNKNOWN);
        assertThat(r.dimension(Dimension.GOV).total()).isZero();
    }

    @Test
    void scoresOfUnknownIndicatorsAreIgnored() {
        Readiness r = new Readiness(List.of(ind("a", Dimension.LIV, Element.STRUKTUR, 1)),
                List.of(ReadinessScore.of("zzz", 100, "")));
        assertThat(r.overall().assessed()).isZero();
    }

    @Test
    void bands() {
        Readiness.Bands b = Readiness.Bands.DEFAULT;
        assertThat(b.of(39.9)).isEqualTo(Readiness.Band.KURANG);
        assertThat(b.of(40)).isEqualTo(Readiness.Band.CUKUP);
        assertThat(b.of(70)).isEqualTo(Readiness.Band.BAIK);
        assertThat(new Readiness.Bands(50, 80).of(70)).isEqualTo(Readiness.Band.CUKUP);
        assertThatThrownBy(() -> new Readiness.Bands(80, 50)).isInstanceOf(InvalidValue.class);
    }

    @Property(tries = 200)
    void percentagesStayWithinZeroAndHundred(@ForAll long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        List<ReadinessIndicator> in = new ArrayList<>();
        List<ReadinessScore> scores = new ArrayList<>();
        for (int i = 0; i < rnd.nextInt(40); i++) {
            in.add(ind("i" + i, Samples.pick(rnd, Dimension.values()), Samples.pick(rnd, Element.values()),
                    1 + rnd.nextInt(10)));
            if (rnd.nextBoolean()) {
                scores.add(ReadinessScore.of("i" + i, rnd.nextInt(101), ""));
            }
        }
        Readiness r = new Readiness(in, scores);
        assertThat(r.overall().assessed()).isEqualTo(scores.size());
        assertThat(r.overall().total()).isEqualTo(in.size());
        r.overall().percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
        for (Dimension d : Dimension.values()) {
            r.dimension(d).percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
        }
    }
}
