package id.rembuk.ui.quickwin;

import id.rembuk.domain.QuickWinGrid.Quadrant;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Keeps a crowded grid readable: bubbles on (nearly) one spot are pushed apart a little, and each
 * ref goes on the side of its bubble where it covers the fewest others. A bubble never crosses a
 * midline: its quadrant is what the room reads.
 */
final class Spread {
    /** Pixels a bubble keeps from a midline, so one on the line is seen on its own side. */
    private static final double OFF_LINE = 3;

    private Spread() {
    }

    /**
     * Pushes overlapping bubbles apart in place, at most {@code 0.8 × maxRadius} from where they
     * belong. The same input always gives the same picture.
     */
    static void apart(List<Spot> spots, Point2D mid, Bounds plot, double maxRadius) {
        double cap = maxRadius * 0.8;
        for (int round = 0; round < 40; round++) {
            boolean moved = false;
            for (int i = 0; i < spots.size(); i++) {
                for (int j = i + 1; j < spots.size(); j++) {
                    Spot a = spots.get(i);
                    Spot b = spots.get(j);
                    double want = (a.r + b.r) * 0.6;
                    double dx = b.x - a.x;
                    double dy = b.y - a.y;
                    double d = Math.hypot(dx, dy);
                    if (d >= want) {
                        continue;
                    }
                    if (d < 0.01) {
                        // one spot: split them along a fixed angle per pair, so the picture is stable
                        double angle = (i * 7 + j * 13) * 0.61803 * 2 * Math.PI;
                        dx = Math.cos(angle);
                        dy = Math.sin(angle);
                        d = 1;
                    }
                    double push = (want - d) / 2;
                    a.x -= dx / d * push;
                    a.y -= dy / d * push;
                    b.x += dx / d * push;
                    b.y += dy / d * push;
                    moved = true;
                }
            }
            for (Spot s : spots) {
                keep(s, mid, plot, cap);
            }
            if (!moved) {
                break;
            }
        }
    }

    private static void keep(Spot s, Point2D mid, Bounds plot, double cap) {
        double dx = s.x - s.homeX;
        double dy = s.y - s.homeY;
        double d = Math.hypot(dx, dy);
        if (d > cap) {
            s.x = s.homeX + dx / d * cap;
            s.y = s.homeY + dy / d * cap;
        }
        Quadrant q = s.bubble.quadrant();
        boolean highEffort = q == Quadrant.MAJOR_PROJECT || q == Quadrant.THANKLESS;
        boolean highImpact = q == Quadrant.QUICK_WIN || q == Quadrant.MAJOR_PROJECT;
        s.x = highEffort ? Math.max(s.x, mid.getX() + OFF_LINE) : Math.min(s.x, mid.getX() - OFF_LINE);
        s.y = highImpact ? Math.min(s.y, mid.getY() - OFF_LINE) : Math.max(s.y, mid.getY() + OFF_LINE);
        s.x = Math.max(plot.getMinX(), Math.min(plot.getMaxX(), s.x));
        s.y = Math.max(plot.getMinY(), Math.min(plot.getMaxY(), s.y));
    }

    /** The place for a bubble's ref that covers the fewest bubbles and refs already placed. */
    static Bounds label(Spot s, double w, double h, List<Bounds> taken, Bounds plot) {
        double gap = 3;
        Bounds[] candidates = {
            new BoundingBox(s.x + s.r + gap, s.y - h / 2, w, h),
            new BoundingBox(s.x - s.r - gap - w, s.y - h / 2, w, h),
            new BoundingBox(s.x - w / 2, s.y - s.r - gap - h, w, h),
            new BoundingBox(s.x - w / 2, s.y + s.r + gap, w, h),
            new BoundingBox(s.x + s.r * 0.7, s.y - s.r * 0.7 - h, w, h),
            new BoundingBox(s.x + s.r * 0.7, s.y + s.r * 0.7, w, h),
            new BoundingBox(s.x - s.r * 0.7 - w, s.y - s.r * 0.7 - h, w, h),
            new BoundingBox(s.x - s.r * 0.7 - w, s.y + s.r * 0.7, w, h),
        };
        Bounds best = candidates[0];
        double bestCost = Double.MAX_VALUE;
        for (int i = 0; i < candidates.length; i++) {
            Bounds c = candidates[i];
            double cost = i * 0.1;
            for (Bounds t : taken) {
                if (t.intersects(c)) {
                    cost += overlap(t, c);
                }
            }
            if (!plot.contains(c)) {
                cost += 10_000;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    private static double overlap(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, w) * Math.max(0, h);
    }

    /** A bubble's centre and radius in pixels while it is laid out. */
    static final class Spot {
        final Bubble bubble;
        final double homeX;
        final double homeY;
        final double r;
        double x;
        double y;

        Spot(Bubble bubble, double x, double y, double r) {
            this.bubble = bubble;
            this.homeX = x;
            this.homeY = y;
            this.x = x;
            this.y = y;
            this.r = r;
        }
    }
}
