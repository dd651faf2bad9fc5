package id.rembuk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.QuickWinGrid.Quadrant;
import id.rembuk.plan.Portfolio;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture the plan screens are tested on says what it promises. */
class PlanSessionTest {
    @Test
    void scoredProgrammesLandInTheirQuadrants(@TempDir Path home) {
        PlanSession s = new PlanSession(home);
        try {
            assertThat(Portfolio.of(s.shell.stateProperty().get()).programmes()).hasSize(6)
                    .allMatch(e -> e.position().isEmpty());
            s.scoreAll();
            Portfolio p = Portfolio.of(s.shell.stateProperty().get());
            assertThat(p.find(PlanSession.GOV_ANTREAN).orElseThrow().quadrant()).contains(Quadrant.QUICK_WIN);
            assertThat(p.find(PlanSession.GOV_SATU_DATA).orElseThrow().quadrant()).contains(Quadrant.MAJOR_PROJECT);
            assertThat(p.find(PlanSession.GOV_CSIRT).orElseThrow().quadrant()).contains(Quadrant.THANKLESS);
            assertThat(p.find(PlanSession.ECO_PASAR).orElseThrow().quadrant()).contains(Quadrant.FILL_IN);
            assertThat(p.find(PlanSession.ECO_UMKM).orElseThrow().position()).isEmpty();
            assertThat(p.find(PlanSession.LIV_PUSKESMAS).orElseThrow().quadrant()).contains(Quadrant.QUICK_WIN);
            assertThat(p.find(PlanSession.GOV_ANTREAN).orElseThrow().broken()).isEmpty();
            assertThat(p.find(PlanSession.GOV_CSIRT).orElseThrow().broken()).isNotEmpty();
        } finally {
            s.close();
        }
    }
}
