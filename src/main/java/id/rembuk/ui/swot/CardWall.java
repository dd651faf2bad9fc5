package id.rembuk.ui.swot;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Cards laid out in columns, row by row, a cluster's heading across all columns and each cluster
 * starting a new row: as many as fit, the rest hidden and counted. A projector cannot scroll, so
 * the room sees whole cards and a count of the others instead of half a card at the bottom edge.
 * The number of columns is the one that shows the most cards (fewer columns on a tie: less wrapping).
 */
final class CardWall extends Pane {
    private static final String HEADING = "card-wall-heading";
    private static final String GROUP = "card-wall-group";
    /** Cards of a cluster sit this far in from its heading, so a loose card after them is seen as loose. */
    private static final double INDENT = 18;

    private final double gap;
    private final double minColumn;
    private final ReadOnlyIntegerWrapper hidden = new ReadOnlyIntegerWrapper(0);

    /**
     * @param gap       space between cards
     * @param minColumn narrowest column
     */
    CardWall(double gap, double minColumn) {
        this.gap = gap;
        this.minColumn = minColumn;
        setMinSize(0, 0);
    }

    /** A heading across the wall, shown only with at least the first card under it. */
    static Node heading(Node n) {
        n.getProperties().put(HEADING, Boolean.TRUE);
        return n;
    }

    /** A card of a cluster (or none, for empty): a new cluster starts a new row. */
    static Node card(Node n, String group) {
        n.getProperties().put(GROUP, group);
        return n;
    }

    private static boolean isHeading(Node n) {
        return Boolean.TRUE.equals(n.getProperties().get(HEADING));
    }

    /** Cards that did not fit. */
    ReadOnlyIntegerProperty hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        int most = Math.max(1, (int) ((w + gap) / (minColumn + gap)));
        int best = 1;
        int shown = -1;
        for (int cols = 1; cols <= most; cols++) {
            int n = place(w, h, cols, false);
            if (n > shown) {
                shown = n;
                best = cols;
            }
        }
        int total = (int) getManagedChildren().stream().filter(n -> !isHeading(n)).count();
        hidden.set(total - place(w, h, best, true));
    }

    /** Lays the children out in {@code cols} columns (or only counts, when not applying); the cards shown. */
    private int place(double w, double h, int cols, boolean apply) {
        Insets in = getInsets();
        double colW = (w - (cols - 1) * gap) / cols;
        List<Node> nodes = getManagedChildren();
        double y = 0;
        int col = 0;
        double rowH = 0;
        int shown = 0;
        boolean full = false;
        Object group = null;
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (full) {
                hide(n, apply);
                continue;
            }
            boolean heading = isHeading(n);
            Object g = heading ? null : n.getProperties().get(GROUP);
            if (col > 0 && (heading || !Objects.equals(g, group))) {
                y += rowH + gap;
                col = 0;
                rowH = 0;
            }
            if (heading) {
                double nh = n.prefHeight(w);
                Node next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
                double first = next == null || isHeading(next) ? 0 : next.prefHeight(colW);
                if (y + nh + gap / 2 + first > h) {
                    full = true;
                    hide(n, apply);
                    continue;
                }
                if (apply) {
                    n.resizeRelocate(in.getLeft(), in.getTop() + y, w, nh);
                    n.setVisible(true);
                }
                y += nh + gap / 2;
                continue;
            }
            group = g;
            double indent = g == null || "".equals(g) ? 0 : INDENT;
            double cardW = colW - indent;
            double nh = n.prefHeight(cardW);
            if (y + nh > h) {
                full = true;
                hide(n, apply);
                continue;
            }
            if (apply) {
                n.resizeRelocate(in.getLeft() + col * (colW + gap) + indent, in.getTop() + y, cardW, nh);
                n.setVisible(true);
            }
            shown++;
            rowH = Math.max(rowH, nh);
            col++;
            if (col == cols) {
                col = 0;
                y += rowH + gap;
                rowH = 0;
            }
        }
        return shown;
    }

    private static void hide(Node n, boolean apply) {
        if (apply) {
            n.setVisible(false);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }
}
