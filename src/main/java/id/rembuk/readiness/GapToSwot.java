package id.rembuk.readiness;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SwotItem;
import java.util.Collection;
import java.util.Optional;

/**
 * A gap row becomes a weakness on the SWOT board: what the region lacks is, by the method, a weakness
 * of the dimension (or of the element in Tahap I, whose boards are per element). The card remembers
 * the row it came from, so the row can say it was sent instead of sending it twice.
 */
public final class GapToSwot {
    /** A SWOT card's text is at most this long; a longer gap is cut with an ellipsis. */
    static final int MAX_TEXT = 500;

    private GapToSwot() {
    }

    /** The card already sent from this row, if any is still in the file (merged cards count: their text is kept). */
    public static Optional<SwotItem> sentFrom(String gapId, Collection<SwotItem> cards) {
        return cards.stream().filter(c -> c.source().equals(gapId)).findFirst();
    }

    /** The board a row's weakness goes to: the element's in Tahap I when the row names one, else the dimension's. */
    public static Scope scope(GapItem gap, Stage stage) {
        if (stage == Stage.I && gap.element().isPresent()) {
            return new Scope(Optional.empty(), gap.element());
        }
        return new Scope(Optional.of(gap.dimension()), Optional.empty());
    }

    public record Scope(Optional<Dimension> dimension, Optional<Element> element) {
        public boolean holds(SwotItem c) {
            return c.dimension().equals(dimension) && c.element().equals(element);
        }
    }

    /** What the card says: the gap, else the current condition, else what is expected or needed. */
    public static String text(GapItem gap) {
        String t = !gap.gap().isEmpty() ? gap.gap() : !gap.current().isEmpty() ? gap.current()
                : !gap.recommendation().isEmpty() ? gap.recommendation() : gap.expected();
        t = t.replace('\n', ' ').strip();
        return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT - 1).strip() + "…";
    }

    /**
     * The weakness card for a row, placed after the weaknesses already on its board.
     *
     * @param group the group that sends it (the card's author)
     */
    public static SwotItem weakness(String id, GapItem gap, Stage stage, String group, Collection<SwotItem> cards) {
        Scope scope = scope(gap, stage);
        int order = cards.stream().filter(c -> c.quadrant() == SwotItem.Quadrant.W && scope.holds(c))
                .mapToInt(SwotItem::order).max().orElse(-1) + 1;
        return new SwotItem(id, scope.dimension(), scope.element(), SwotItem.Quadrant.W, text(gap), group, "", order,
                "", gap.id());
    }
}
