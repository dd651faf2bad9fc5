package id.rembuk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Criterion;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Label;
import id.rembuk.domain.Note;
import id.rembuk.domain.Score;
import id.rembuk.domain.change.Action;
import id.rembuk.plan.Portfolio;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan screens hear every write: only writes to what a portfolio is made of read it anew. On a
 * real session file, whose state keeps untouched entities as the same objects.
 */
class PortfolioCacheTest {
    @Test
    void aWriteElsewhereKeepsThePortfolioAScoreReadsItAgain(@TempDir Path home) {
        PlanSession s = new PlanSession(home);
        try {
            PortfolioCache cache = new PortfolioCache();
            assertThat(cache.update(s.shell.stateProperty().get())).as("the first read").isTrue();
            Portfolio first = cache.get();
            assertThat(first.programmes()).hasSize(6);

            s.shell.apply(new Action("catatan", new Note("5b000000-0000-4000-8000-000000000001", "", "",
                    Note.Kind.POINT, "", "Catatan di luar rencana", 0).toEdits()));
            assertThat(cache.update(s.shell.stateProperty().get())).isFalse();
            assertThat(cache.get()).isSameAs(first);

            s.shell.apply(new Action("nilai",
                    Score.of(PlanSession.GOV_ANTREAN, Criterion.IMPACT, "GOV", 5).toEdits()));
            Portfolio scored = cache.of(s.shell.stateProperty().get());
            assertThat(scored).isNotSameAs(first);
            assertThat(scored.find(PlanSession.GOV_ANTREAN).orElseThrow().aggregate().scorers()).isEqualTo(1);
            assertThat(cache.update(null)).as("the session closed").isTrue();
            assertThat(cache.get().programmes()).isEmpty();
        } finally {
            s.close();
        }
    }

    @Test
    void aWatchedKindCountsAsAChange(@TempDir Path home) {
        PlanSession s = new PlanSession(home);
        try {
            PortfolioCache cache = new PortfolioCache(EntityKind.LABEL);
            cache.update(s.shell.stateProperty().get());
            s.shell.apply(new Action("label", Label.of(Dimension.GOV, "Tata Kelola", "Governance").toEdits()));
            assertThat(cache.update(s.shell.stateProperty().get())).isTrue();
        } finally {
            s.close();
        }
    }
}
