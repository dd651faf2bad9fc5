package id.rembuk.ui.quickwin;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.QuickWinGrid;
import id.rembuk.plan.Portfolio;
import java.util.List;
import java.util.Optional;

/**
 * A programme as the grid draws it: where it sits, how big (its budget), its colour (its
 * dimension) and the marks the room must see (nudged by hand, breaks a quick-win rule, chosen).
 *
 * @param scored where the scores put it, kept only for a nudged programme so the grid can show
 *               how far the hand moved it
 */
public record Bubble(String id, String ref, String name, Dimension dimension, double impact, double effort,
                     QuickWinGrid.Quadrant quadrant, long budget, Optional<String> note,
                     Optional<QuickWinGrid.Position> scored, boolean flagged, boolean chosen) {

    public boolean nudged() {
        return note.isPresent();
    }

    /** The placed programmes of a portfolio, in its order; those without a place are left out. */
    public static List<Bubble> of(Portfolio p) {
        return p.programmes().stream().filter(e -> e.position().isPresent()).map(e -> of(e, p)).toList();
    }

    private static Bubble of(Portfolio.Entry e, Portfolio p) {
        QuickWinGrid.Position at = e.position().orElseThrow();
        Optional<QuickWinGrid.Position> scored = e.nudge().isPresent()
                ? QuickWinGrid.fromScores(e.aggregate(), p.weights()) : Optional.empty();
        return new Bubble(e.id(), e.ref(), e.programme().name(), e.dimension(), at.impact(), at.effort(),
                at.quadrant(), e.programme().budget(), at.nudge(), scored, !e.broken().isEmpty(), e.chosen());
    }

    /** The same bubble drawn at another place (a nudge being made). */
    public Bubble at(double newImpact, double newEffort) {
        return new Bubble(id, ref, name, dimension, newImpact, newEffort, QuickWinGrid.place(newImpact, newEffort),
                budget, note, scored, flagged, chosen);
    }
}
