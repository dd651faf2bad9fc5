package id.rembuk.ui.theme;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** WCAG 2 contrast of a control's text against what is drawn behind it, from the resolved CSS colours. */
final class Contrast {
    private Contrast() {
    }

    /** The contrast ratio (1 to 21) of a label's or button's text fill against its background. */
    static double of(Labeled l) {
        return ratio(color(l.getTextFill()), background(l));
    }

    /** The colour of the nearest filled background at or above the node (white if none: the window). */
    static Color background(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                var fills = r.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    BackgroundFill f = fills.get(i);
                    if (f.getFill() instanceof Color c && c.getOpacity() > 0.5) {
                        return c;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static Color color(Paint p) {
        return p instanceof Color c ? c : Color.BLACK;
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
