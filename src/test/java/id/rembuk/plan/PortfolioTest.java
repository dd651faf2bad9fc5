package id.rembuk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.ChangeLog;
import id.rembuk.domain.Criterion;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.GridNudge;
import id.rembuk.domain.Programme;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.QuickWinGrid.Quadrant;
import id.rembuk.domain.QuickWinRules;
import id.rembuk.domain.Score;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PortfolioTest {
    @Test
    void programmesAreNumberedPerDimensionRankedAndPlaced() {
        ChangeLog log = new ChangeLog();
        log.apply(programme("e1", Dimension.ECO, 0, "Pasar daring UMKM"));
        log.apply(programme("g2", Dimension.GOV, 1, "Satu data"));
        log.apply(programme("g1", Dimension.GOV, 0, "Antrean online"));
        score(log, "g1", 5, 5);
        score(log, "g2", 2, 1);
        score(log, "e1", 5, 1);

        Portfolio p = Portfolio.of(log.state());

        assertThat(p.programmes()).extracting(Portfolio.Entry::ref).containsExactly("GOV-1", "GOV-2", "ECO-1");
        assertThat(p.find("g1").orElseThrow().quadrant()).contains(Quadrant.QUICK_WIN);
        assertThat(p.find("g2").orElseThrow().quadrant()).contains(Quadrant.THANKLESS);
        assertThat(p.find("e1").orElseThrow().quadrant()).contains(Quadrant.MAJOR_PROJECT);
        assertThat(p.ranked()).extracting(Portfolio.Entry::id).containsExactly("g1", "e1", "g2");
        assertThat(p.inDimension(Dimension.ECO)).hasSize(1);
    }

    @Test
    void unscoredProgrammesHaveNoPlaceAndANudgeGivesOne() {
        ChangeLog log = new ChangeLog();
        log.apply(programme("g1", Dimension.GOV, 0, "Antrean online"));
        assertThat(Portfolio.of(log.state()).find("g1").orElseThrow().position()).isEmpty();

        log.apply(GridNudge.of("g1", 4.5, 1.5, "Sudah ada anggaran"));
        Portfolio.Entry e = Portfolio.of(log.state()).find("g1").orElseThrow();
        assertThat(e.quadrant()).contains(Quadrant.QUICK_WIN);
        assertThat(e.position().orElseThrow().nudge()).contains("Sudah ada anggaran");
    }

    @Test
    void choosingAProgrammeKeepsItsFactsAndTheReason() {
        ChangeLog log = new ChangeLog();
        Programme g1 = programme("g1", Dimension.GOV, 0, "Antrean online");
        log.apply(g1);
        score(log, "g1", 5, 4);
        Portfolio.Entry e = Portfolio.of(log.state()).find("g1").orElseThrow();
        log.apply(QuickWin.fromProgramme(g1, e.position().orElseThrow(), "Paling terasa bagi warga"));

        Portfolio after = Portfolio.of(log.state());
        QuickWin q = after.find("g1").orElseThrow().quickWin().orElseThrow();
        assertThat(q.id()).isEqualTo(QuickWin.idFor("g1"));
        assertThat(q.leadOpd()).isEqualTo("Diskominfo");
        assertThat(q.reason()).isEqualTo("Paling terasa bagi warga");
        assertThat(q.durationMonths()).isEqualTo(6);
        assertThat(q.impact()).isEqualTo(5);
        assertThat(after.quickWins()).containsExactly(q);
        assertThat(e.broken()).isEmpty();
    }

    @Test
    void anEmptySessionHasAnEmptyPortfolio() {
        assertThat(Portfolio.of(null).programmes()).isEmpty();
        assertThat(Portfolio.of(new ChangeLog().state()).quickWins()).isEmpty();
        Programme noLead = new Programme("x", Dimension.ENV, Optional.empty(), List.of(), "Bank sampah", List.of(),
                Programme.Horizon.LONG, "", List.of(), FundingSource.CSR, 0, "", 0);
        ChangeLog log = new ChangeLog().apply(noLead);
        assertThat(Portfolio.of(log.state()).find("x").orElseThrow().broken())
                .containsExactly(QuickWinRules.Rule.TOO_LONG, QuickWinRules.Rule.NO_LEAD,
                        QuickWinRules.Rule.NEW_SERVICE);
    }

    private static Programme programme(String id, Dimension d, int order, String name) {
        return new Programme(id, d, Optional.empty(), List.of(), name, List.of("Rapat", "Uji coba"),
                Programme.Horizon.SHORT, "Diskominfo", List.of("Bappeda"), FundingSource.APBD, 250_000_000L, "",
                order, OptionalInt.of(6), "Layanan yang ada");
    }

    /** Scores every impact and ease criterion alike: impact as given, ease as given. */
    private static void score(ChangeLog log, String id, int impact, int ease) {
        for (Criterion c : Criterion.values()) {
            int v = c == Criterion.IMPACT || c == Criterion.PRIORITY ? impact : ease;
            log.apply(Score.of(id, c, "Kelompok A", v));
        }
    }
}
