package id.rembuk.ui;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.tows.RecordCache;
import java.util.List;
import java.util.stream.Stream;

/**
 * The portfolio of the latest state, read again only when an entity it is made of changed. The
 * plan screens' models live as long as the app and hear every write of the session; the store
 * keeps untouched entities as the same objects, so a SWOT card or a note costs a scan, not a new
 * ranking of every programme.
 */
public final class PortfolioCache {
    private static final List<EntityKind> MADE_OF = List.of(EntityKind.PROGRAMME, EntityKind.SCORE,
            EntityKind.GRID_NUDGE, EntityKind.QUICK_WIN, EntityKind.CRITERION_WEIGHT);

    private final List<RecordCache<EntityState>> reads;
    private Portfolio portfolio = Portfolio.empty();
    private boolean read;

    /** @param alsoWatch kinds the caller shows beside the portfolio (e.g. labels): a change to them counts too */
    public PortfolioCache(EntityKind... alsoWatch) {
        reads = Stream.concat(MADE_OF.stream(), Stream.of(alsoWatch)).distinct()
                .map(k -> new RecordCache<EntityState>(k, e -> e)).toList();
    }

    /** @return true when something the portfolio (or a watched kind) is made of changed since the last read */
    public boolean update(SessionState state) {
        boolean changed = !read;
        for (RecordCache<EntityState> c : reads) {
            changed |= c.update(state);
        }
        read = true;
        if (changed) {
            portfolio = Portfolio.of(state);
        }
        return changed;
    }

    /** Updates from the state and returns its portfolio. */
    public Portfolio of(SessionState state) {
        update(state);
        return portfolio;
    }

    public Portfolio get() {
        return portfolio;
    }
}
