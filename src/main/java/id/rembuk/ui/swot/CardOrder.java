package id.rembuk.ui.swot;

import id.rembuk.domain.SwotItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order numbers of a quadrant's cards when one card is placed. A card put between two others
 * takes a number between theirs, so a move writes one field of one card (and two laptops moving
 * different cards never collide); only when no number is free, or the shown order and the numbers
 * disagree (clusters gathered from far apart), is the quadrant numbered afresh.
 */
final class CardOrder {
    static final int STEP = 1024;

    private CardOrder() {
    }

    /** The number a new card at the end takes. */
    static int after(List<SwotItem> cards) {
        long max = cards.stream().mapToLong(SwotItem::order).max().orElse(0);
        return (int) Math.min(Integer.MAX_VALUE - STEP, max + STEP);
    }

    /**
     * @param shown  the quadrant's cards in shown order, without the moved one
     * @param moved  the card placed
     * @param index  where it goes in {@code shown}
     * @return the new order number of each card whose number must change
     */
    static Map<String, Integer> place(List<SwotItem> shown, SwotItem moved, int index) {
        int at = Math.max(0, Math.min(index, shown.size()));
        List<SwotItem> seq = new ArrayList<>(shown);
        seq.add(at, moved);
        Map<String, Integer> out = new LinkedHashMap<>();
        if (increasing(shown)) {
            Long prev = at > 0 ? (long) seq.get(at - 1).order() : null;
            Long next = at < seq.size() - 1 ? (long) seq.get(at + 1).order() : null;
            long mine = moved.order();
            boolean fits = (prev == null || prev < mine) && (next == null || mine < next);
            if (fits) {
                return out;
            }
            Long pick = null;
            if (prev == null && next == null) {
                pick = mine;
            } else if (prev == null) {
                pick = next - STEP;
            } else if (next == null) {
                pick = prev + STEP;
            } else if (next - prev >= 2) {
                pick = prev + (next - prev) / 2;
            }
            if (pick != null && pick > Integer.MIN_VALUE + STEP && pick < Integer.MAX_VALUE - STEP) {
                out.put(moved.id(), (int) (long) pick);
                return out;
            }
        }
        for (int i = 0; i < seq.size(); i++) {
            int n = (i + 1) * STEP;
            if (seq.get(i).order() != n) {
                out.put(seq.get(i).id(), n);
            }
        }
        return out;
    }

    private static boolean increasing(List<SwotItem> cards) {
        for (int i = 1; i < cards.size(); i++) {
            if (cards.get(i - 1).order() >= cards.get(i).order()) {
                return false;
            }
        }
        return true;
    }
}
