package id.rembuk.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.SwotItem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GapToSwotTest {
    private static GapItem gap(Optional<Element> e, String current, String gap) {
        return new GapItem("g1", Dimension.GOV, Optional.of(SubDimension.GOV_LAYANAN), e, current,
                "Semua OPD terhubung", gap, "Bangun jaringan", GapItem.Priority.HIGH, 0);
    }

    @Test
    void aRowWithAnElementGoesToTheElementsBoardInTahapOneAndToTheDimensionsOtherwise() {
        GapItem row = gap(Optional.of(Element.INFRASTRUKTUR), "Fiber baru 1,5 km", "15 OPD belum terhubung");

        SwotItem stageOne = GapToSwot.weakness("c1", row, Stage.I, "GOV", List.of());
        assertThat(stageOne.element()).contains(Element.INFRASTRUKTUR);
        assertThat(stageOne.dimension()).isEmpty();
        SwotItem stageTwo = GapToSwot.weakness("c2", row, Stage.II, "GOV", List.of());
        assertThat(stageTwo.dimension()).contains(Dimension.GOV);
        assertThat(stageTwo.element()).isEmpty();
        SwotItem noElement = GapToSwot.weakness("c3", gap(Optional.empty(), "x", "y"), Stage.I, "GOV", List.of());
        assertThat(noElement.dimension()).contains(Dimension.GOV);

        assertThat(stageTwo.quadrant()).isEqualTo(SwotItem.Quadrant.W);
        assertThat(stageTwo.text()).isEqualTo("15 OPD belum terhubung");
        assertThat(stageTwo.group()).isEqualTo("GOV");
        assertThat(stageTwo.source()).isEqualTo("g1");
    }

    @Test
    void theCardSaysTheGapElseTheCurrentConditionAndIsCutToACardsLength() {
        assertThat(GapToSwot.text(gap(Optional.empty(), "Fiber baru 1,5 km", ""))).isEqualTo("Fiber baru 1,5 km");
        String longGap = "kurang ".repeat(200);
        String t = GapToSwot.text(gap(Optional.empty(), "", longGap));
        assertThat(t).hasSizeLessThanOrEqualTo(500).endsWith("…");
        assertThat(GapToSwot.text(new GapItem("g", Dimension.GOV, Optional.empty(), Optional.empty(), "", "",
                "", "Perkuat tim", GapItem.Priority.LOW, 0))).isEqualTo("Perkuat tim");
    }

    @Test
    void theWeaknessGoesAfterTheWeaknessesOfItsBoardAndARowIsSentOnce() {
        SwotItem w = new SwotItem("w", Optional.of(Dimension.GOV), Optional.empty(), SwotItem.Quadrant.W, "a", "GOV",
                "", 4);
        SwotItem s = new SwotItem("s", Optional.of(Dimension.GOV), Optional.empty(), SwotItem.Quadrant.S, "b", "GOV",
                "", 9);
        SwotItem other = new SwotItem("o", Optional.of(Dimension.ECO), Optional.empty(), SwotItem.Quadrant.W, "c",
                "ECO", "", 12);
        GapItem row = gap(Optional.empty(), "x", "y");

        SwotItem sent = GapToSwot.weakness("c", row, Stage.II, "GOV", List.of(w, s, other));

        assertThat(sent.order()).isEqualTo(5);
        assertThat(GapToSwot.sentFrom("g1", List.of(w, sent))).contains(sent);
        assertThat(GapToSwot.sentFrom("g1", List.of(w, s))).isEmpty();
    }
}
