package id.rembuk.ui.roadmap;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The years part of one roadmap row: a column per plan year (shaded every other year) and the
 * nodes placed on it by year span and line. The header, the programmes and the totals all use it,
 * so their years line up whatever the width.
 */
final class YearTrack extends Region {
    /** A node over plan years {@code from..to} in line {@code lane} (0 = top; -1 the strip above the lines). */
    record Placed(Node node, int from, int to, int lane) {
    }

    private final int years;
    private final double laneHeight;
    private final double top;
    private final List<Region> columns = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();
    private int lanes = 1;

    /**
     * @param laneHeight height of one line of bars
     * @param top        room above the first line (for the budgets)
     */
    YearTrack(int years, double laneHeight, double top) {
        this.years = years;
        this.laneHeight = laneHeight;
        this.top = top;
        getStyleClass().add("roadmap-track");
        for (int y = 1; y <= years; y++) {
            Region c = new Region();
            c.getStyleClass().add(y % 2 == 0 ? "roadmap-column-even" : "roadmap-column-odd");
            c.setMouseTransparent(true);
            columns.add(c);
            getChildren().add(c);
        }
        setMinWidth(0);
    }

    int years() {
        return years;
    }

    void place(Node node, int from, int to, int lane) {
        placed.add(new Placed(node, from, to, lane));
        getChildren().add(node);
        lanes = Math.max(lanes, lane + 1);
        requestLayout();
    }

    /** Moves a placed node to another span while it is dragged; the write comes on release. */
    void reposition(Node node, int from, int to) {
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            if (p.node() == node) {
                placed.set(i, new Placed(node, from, to, p.lane()));
            }
        }
        requestLayout();
    }

    void setLanes(int lanes) {
        this.lanes = Math.max(1, lanes);
    }

    /** Width of one year at the current size. */
    double yearWidth() {
        return Math.max(1, snappedWidth() / years);
    }

    private double snappedWidth() {
        return getWidth() - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + top + lanes * laneHeight + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return years * 60;
    }

    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset();
        double w = yearWidth();
        double h = getHeight();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).resizeRelocate(snapPositionX(x0 + i * w), 0, snapSizeX(w), h);
        }
        double y0 = snappedTopInset() + top;
        for (Placed p : placed) {
            int from = Math.max(1, Math.min(years, p.from()));
            int to = Math.max(from, Math.min(years, p.to()));
            double x = x0 + (from - 1) * w;
            double width = (to - from + 1) * w;
            if (p.lane() < 0) {
                // the strip above the bars: the year's budget
                p.node().resizeRelocate(snapPositionX(x + 2), snappedTopInset(), snapSizeX(width - 4), top);
            } else {
                p.node().resizeRelocate(snapPositionX(x + 2), snapPositionY(y0 + p.lane() * laneHeight + 3),
                        snapSizeX(width - 4), snapSizeY(laneHeight - 6));
            }
        }
    }
}
