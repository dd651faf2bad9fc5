package id.rembuk.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.ReadinessIndicator;
import id.rembuk.domain.ReadinessSetup;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultIndicatorsTest {
    @Test
    void theShippedChecklistCoversEveryElementOfEveryDimensionWithValidIndicators() {
        DefaultIndicators d = DefaultIndicators.standard();
        for (Dimension dim : Dimension.values()) {
            Set<String> ids = new HashSet<>();
            for (Element e : Element.values()) {
                List<DefaultIndicators.Line> lines = d.lines(dim, e);
                assertThat(lines).as(dim + " × " + e).hasSizeGreaterThanOrEqualTo(4);
                for (DefaultIndicators.Line l : lines) {
                    // every line makes a valid record (text length, weight)
                    new ReadinessIndicator(l.idIn(dim), dim, e, l.text(), l.weight(), 0);
                    assertThat(ids.add(l.idIn(dim))).as("unique id: " + l.text()).isTrue();
                }
            }
        }
        // the three required elements have a line of their own for each dimension
        for (Element e : List.of(Element.STRUKTUR, Element.INFRASTRUKTUR, Element.SUPRASTRUKTUR)) {
            for (Dimension dim : Dimension.values()) {
                assertThat(d.lines(dim, e)).as(dim + " × " + e)
                        .anyMatch(l -> l.dimension().equals(Optional.of(dim)));
            }
        }
    }

    @Test
    void parsesElementsDimensionsAndWeightsAndSkipsComments() {
        DefaultIndicators d = DefaultIndicators.parse(List.of(
                "# comment", "", "STRUKTUR: SDM TIK memadai", "struktur gov: Unit SPBE | 3",
                "INFRASTRUKTUR ENV:  TPS3R tersedia  |2  "));

        assertThat(d.lines(Dimension.GOV, Element.STRUKTUR)).extracting(DefaultIndicators.Line::text,
                DefaultIndicators.Line::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SDM TIK memadai", 1),
                org.assertj.core.groups.Tuple.tuple("Unit SPBE", 3));
        assertThat(d.lines(Dimension.ECO, Element.STRUKTUR)).extracting(DefaultIndicators.Line::text)
                .containsExactly("SDM TIK memadai");
        assertThat(d.lines(Dimension.ENV, Element.INFRASTRUKTUR)).extracting(DefaultIndicators.Line::text)
                .containsExactly("TPS3R tersedia");
        assertThat(d.lines(Dimension.GOV, Element.INFRASTRUKTUR)).isEmpty();
    }

    @Test
    void aBrokenLineNamesItsNumber() {
        assertThatThrownBy(() -> DefaultIndicators.parse(List.of("STRUKTUR: a", "GEDUNG: b")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> DefaultIndicators.parse(List.of("STRUKTUR XYZ: a"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> DefaultIndicators.parse(List.of("STRUKTUR: a | 11"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> DefaultIndicators.parse(List.of("STRUKTUR: | 2"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> DefaultIndicators.parse(List.of("tanpa titik dua"))).hasMessageContaining("line 1");
    }

    @Test
    void missingLeavesOutWhatWasEverInsertedAndTextsTheCellAlreadyHas() {
        DefaultIndicators d = DefaultIndicators.parse(List.of("STRUKTUR: SDM TIK", "STRUKTUR: Anggaran",
                "STRUKTUR: Tim smart city", "ALAM: Potensi wisata"));
        ReadinessIndicator typed = new ReadinessIndicator("own", Dimension.GOV, Element.STRUKTUR, "  anggaran ", 1, 4);
        Worksheet sheet = new Worksheet(ReadinessSetup.DEFAULT, List.of(typed), List.of());
        String deleted = d.lines(Dimension.GOV, Element.STRUKTUR).get(2).idIn(Dimension.GOV);

        List<ReadinessIndicator> missing = d.missing(Dimension.GOV, ReadinessSetup.DEFAULT.elements(), sheet,
                deleted::equals);

        assertThat(missing).extracting(ReadinessIndicator::text).containsExactly("SDM TIK");
        assertThat(missing.get(0).order()).isEqualTo(5);
        assertThat(missing.get(0).id()).isEqualTo(d.lines(Dimension.GOV, Element.STRUKTUR).get(0).idIn(Dimension.GOV));
        // the same line in another dimension is another indicator
        assertThat(d.lines(Dimension.ECO, Element.STRUKTUR).get(0).idIn(Dimension.ECO)).isNotEqualTo(
                missing.get(0).id());
        // optional elements only when asked
        assertThat(d.missing(Dimension.GOV, new ReadinessSetup(ReadinessSetup.DEFAULT.scale(), true, false)
                .elements(), sheet, deleted::equals)).extracting(ReadinessIndicator::text)
                .containsExactly("SDM TIK", "Potensi wisata");
    }
}
