package id.rembuk.ui.quickwin;

import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.QuickWinGrid;
import id.rembuk.domain.QuickWinGrid.Quadrant;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The impact × effort grid drawn by hand: effort runs left (low) to right (high), impact bottom
 * (low) to top (high), 1..5 with the midlines at 3; the four quadrants shaded and named; one
 * bubble per placed programme, its area in proportion to the budget, its colour its dimension's,
 * its ref beside it. Bubbles on one spot are pushed apart a little, never across a midline, and
 * the refs are placed where they hide nothing. The same control serves the laptop (select, drag)
 * and the room's screen (look only).
 */
public final class GridChart extends Region {
    /** Effort is drawn from 0.5 to 5.5 so a bubble at 1 or 5 is not cut in half. */
    private static final double LOW = 0.5;
    private static final double HIGH = 5.5;
    /** Impact has more room above 5 and below 1: the quadrants' names sit there, clear of the bubbles. */
    private static final double LOW_IMPACT = 0.0;
    private static final double HIGH_IMPACT = 6.0;
    private static final double MID = QuickWinGrid.DEFAULT_MIDLINE;

    /** Where a bubble was dropped, on the 1..5 scale. */
    public interface Drop {
        void at(String programmeId, double impact, double effort);
    }

    private final boolean projector;
    private final boolean withLegend;
    private final Map<Quadrant, Rectangle> shades = new LinkedHashMap<>();
    private final Map<Quadrant, VBox> names = new LinkedHashMap<>();
    private final Line midX = new Line();
    private final Line midY = new Line();
    private final Rectangle frame = new Rectangle();
    private final List<Label> xTicks = new ArrayList<>();
    private final List<Label> yTicks = new ArrayList<>();
    private final Label xTitle = new Label();
    private final Label yTitle = new Label();
    private final Group links = new Group();
    private final Group bubbleLayer = new Group();
    private final Group labelLayer = new Group();
    private final GridLegend legend;

    private List<Bubble> bubbles = List.of();
    private final Map<String, BubbleNode> nodes = new HashMap<>();
    private final Map<String, Label> refs = new HashMap<>();
    /** The centres drawn at the last layout, for keyboard moves between bubbles. */
    private final Map<String, Point2D> drawn = new LinkedHashMap<>();
    private String selected;
    private String pendingId;
    private double pendingImpact;
    private double pendingEffort;
    private Consumer<String> onSelect = id -> { };
    private Drop onDrop = (id, i, e) -> { };
    private Function<Bubble, String> tooltip;

    private double plotX;
    private double plotY;
    private double plotW;
    private double plotH;

    /**
     * @param projector the room's screen: larger type, nothing to click
     * @param withLegend draws the legend at the right (the room's screen has its own, beside the lists)
     */
    public GridChart(boolean projector, boolean withLegend) {
        this.projector = projector;
        this.withLegend = withLegend;
        getStyleClass().add("qw-chart");
        if (projector) {
            getStyleClass().add("qw-chart-projector");
        }
        legend = new GridLegend(projector);
        for (Quadrant q : Quadrant.values()) {
            Rectangle r = new Rectangle();
            r.getStyleClass().addAll("qw-shade", "q-" + q.name());
            r.setMouseTransparent(true);
            shades.put(q, r);
            String key = "quickwin.quadrant." + q.name().toLowerCase(Locale.ROOT);
            Label name = new Label(Messages.get(key));
            name.getStyleClass().add("qw-quadrant-name");
            Label caption = new Label(Messages.get(key + ".caption"));
            caption.getStyleClass().add("qw-quadrant-caption");
            VBox box = new VBox(0, name, caption);
            box.getStyleClass().addAll("qw-quadrant", "q-" + q.name());
            box.setId("qwQuadrant-" + q.name());
            box.setMouseTransparent(true);
            box.setFillWidth(false);
            if (q == Quadrant.MAJOR_PROJECT || q == Quadrant.THANKLESS) {
                box.setStyle("-fx-alignment: top-right;");
            }
            names.put(q, box);
        }
        midX.setId("qwMidEffort");
        midY.setId("qwMidImpact");
        for (Line l : List.of(midX, midY)) {
            l.getStyleClass().add("qw-midline");
            l.setMouseTransparent(true);
        }
        frame.getStyleClass().add("qw-frame");
        frame.setMouseTransparent(true);
        for (int v = 1; v <= 5; v++) {
            Label x = new Label(Integer.toString(v));
            Label y = new Label(Integer.toString(v));
            x.getStyleClass().add("qw-tick");
            y.getStyleClass().add("qw-tick");
            xTicks.add(x);
            yTicks.add(y);
        }
        xTitle.setText(Messages.get("quickwin.axis.effort"));
        yTitle.setText(Messages.get("quickwin.axis.impact"));
        xTitle.getStyleClass().add("qw-axis-title");
        yTitle.getStyleClass().add("qw-axis-title");
        yTitle.setRotate(-90);
        links.setMouseTransparent(true);
        labelLayer.setMouseTransparent(true);
        getChildren().addAll(shades.values());
        getChildren().addAll(names.values());
        getChildren().addAll(frame, midX, midY);
        getChildren().addAll(xTicks);
        getChildren().addAll(yTicks);
        getChildren().addAll(xTitle, yTitle, links, bubbleLayer, labelLayer);
        if (withLegend) {
            getChildren().add(legend);
        }
        if (!projector) {
            setOnMousePressed(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getTarget() == this) {
                    onSelect.accept(null);
                    requestFocus();
                }
            });
        }
    }

    // ---- what is drawn

    public void setBubbles(List<Bubble> now) {
        bubbles = List.copyOf(now);
        bubbleLayer.getChildren().clear();
        labelLayer.getChildren().clear();
        nodes.clear();
        refs.clear();
        for (Bubble b : bubbles) {
            BubbleNode g = bubbleNode(b);
            nodes.put(b.id(), g);
            bubbleLayer.getChildren().add(g);
            Label ref = new Label(b.ref());
            ref.setId("qwRef-" + b.ref());
            ref.getStyleClass().addAll("qw-ref", "dim-" + b.dimension().code());
            if (b.chosen()) {
                ref.getStyleClass().add("chosen");
            }
            refs.put(b.id(), ref);
            labelLayer.getChildren().add(ref);
        }
        legend.setBubbles(bubbles);
        markSelected();
        requestLayout();
    }

    public void setSelected(String programmeId) {
        selected = programmeId;
        markSelected();
    }

    /** Draws a bubble at a place not yet written (a nudge being made); null id draws none. */
    public void setPending(String programmeId, double impact, double effort) {
        pendingId = programmeId;
        pendingImpact = impact;
        pendingEffort = effort;
        nodes.forEach((id, g) -> g.pseudoClassStateChanged(BubbleStates.PENDING, id.equals(programmeId)));
        requestLayout();
    }

    public void setOnSelect(Consumer<String> onSelect) {
        this.onSelect = onSelect;
    }

    public void setOnDrop(Drop onDrop) {
        this.onDrop = onDrop;
    }

    /** Text for a bubble's tooltip; none on the room's screen. */
    public void setTooltip(Function<Bubble, String> tooltip) {
        this.tooltip = tooltip;
    }

    public Optional<Node> bubble(String programmeId) {
        return Optional.ofNullable(nodes.get(programmeId));
    }

    private void markSelected() {
        nodes.forEach((id, g) -> {
            boolean on = id.equals(selected);
            g.pseudoClassStateChanged(BubbleStates.SELECTED, on);
            if (on) {
                g.toFront();
            }
        });
        refs.forEach((id, l) -> l.pseudoClassStateChanged(BubbleStates.SELECTED, id.equals(selected)));
    }

    private BubbleNode bubbleNode(Bubble b) {
        BubbleNode g = new BubbleNode(b, projector);
        if (tooltip != null) {
            Tooltip t = new Tooltip(b.ref());
            // the words are read when it shows: a reason or note may have changed since the bubble was made
            t.setOnShowing(e -> t.setText(tooltip.apply(b)));
            t.setWrapText(true);
            t.setMaxWidth(420);
            Tooltip.install(g, t);
        }
        if (!projector) {
            dragging(g, b);
        }
        return g;
    }

    /** Press selects; a drag shows the bubble at the mouse and, let go, asks for the nudge's note. */
    private void dragging(Group g, Bubble b) {
        double[] start = new double[2];
        boolean[] moved = {false};
        g.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            start[0] = e.getX();
            start[1] = e.getY();
            moved[0] = false;
            onSelect.accept(b.id());
            requestFocus();
            e.consume();
        });
        g.setOnMouseDragged(e -> {
            Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
            if (!moved[0] && Math.hypot(e.getX() - start[0], e.getY() - start[1]) < 4) {
                return;
            }
            moved[0] = true;
            setPending(b.id(), impactAt(p.getY()), effortAt(p.getX()));
            e.consume();
        });
        g.setOnMouseReleased(e -> {
            if (moved[0]) {
                moved[0] = false;
                Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
                onDrop.at(b.id(), impactAt(p.getY()), effortAt(p.getX()));
            }
            e.consume();
        });
    }

    // ---- the scale

    private double xOf(double effort) {
        return plotX + (effort - LOW) / (HIGH - LOW) * plotW;
    }

    private double yOf(double impact) {
        return plotY + (HIGH_IMPACT - impact) / (HIGH_IMPACT - LOW_IMPACT) * plotH;
    }

    private double effortAt(double x) {
        return clamp(LOW + (x - plotX) / plotW * (HIGH - LOW), 1, 5);
    }

    private double impactAt(double y) {
        return clamp(HIGH_IMPACT - (y - plotY) / plotH * (HIGH_IMPACT - LOW_IMPACT), 1, 5);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The x of the effort midline and the y of the impact midline, in this control. */
    public Point2D midlines() {
        return new Point2D(xOf(MID), yOf(MID));
    }

    /**
     * The bubble nearest in a direction from another, as drawn: for the arrow keys.
     *
     * @param dx -1 left, 1 right; dy -1 up, 1 down
     */
    public Optional<String> neighbour(String from, int dx, int dy) {
        Point2D a = drawn.get(from);
        if (a == null) {
            return drawn.keySet().stream().findFirst();
        }
        String best = null;
        double bestCost = Double.MAX_VALUE;
        for (Map.Entry<String, Point2D> e : drawn.entrySet()) {
            Point2D d = e.getValue().subtract(a);
            double along = d.getX() * dx + d.getY() * dy;
            double across = Math.abs(d.getX() * dy) + Math.abs(d.getY() * dx);
            if (e.getKey().equals(from) || along <= 0.5) {
                continue;
            }
            double cost = along + 2 * across;
            if (cost < bestCost) {
                bestCost = cost;
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- layout

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double tick = projector ? 30 : 22;
        double title = projector ? 34 : 26;
        double legendW = withLegend ? Math.min(legend.prefWidth(-1), w * 0.25) : 0;
        plotX = title + tick;
        plotY = 6;
        plotW = Math.max(50, w - plotX - legendW - (withLegend ? 16 : 4));
        plotH = Math.max(50, h - plotY - tick - title);
        legend.resizeRelocate(plotX + plotW + 14, plotY, legendW, plotH);

        double mx = xOf(MID);
        double my = yOf(MID);
        double right = plotX + plotW;
        double bottom = plotY + plotH;
        place(shades.get(Quadrant.QUICK_WIN), plotX, plotY, mx - plotX, my - plotY);
        place(shades.get(Quadrant.MAJOR_PROJECT), mx, plotY, right - mx, my - plotY);
        place(shades.get(Quadrant.FILL_IN), plotX, my, mx - plotX, bottom - my);
        place(shades.get(Quadrant.THANKLESS), mx, my, right - mx, bottom - my);
        place(frame, plotX, plotY, plotW, plotH);
        midX.setStartX(mx);
        midX.setEndX(mx);
        midX.setStartY(plotY);
        midX.setEndY(bottom);
        midY.setStartX(plotX);
        midY.setEndX(right);
        midY.setStartY(my);
        midY.setEndY(my);
        double pad = projector ? 12 : 8;
        for (Map.Entry<Quadrant, VBox> e : names.entrySet()) {
            VBox box = e.getValue();
            double bw = Math.min(box.prefWidth(-1), plotW / 2 - 2 * pad);
            double bh = box.prefHeight(bw);
            boolean left = e.getKey() == Quadrant.QUICK_WIN || e.getKey() == Quadrant.FILL_IN;
            boolean top = e.getKey() == Quadrant.QUICK_WIN || e.getKey() == Quadrant.MAJOR_PROJECT;
            box.resizeRelocate(left ? plotX + pad : right - pad - bw, top ? plotY + pad : bottom - pad - bh, bw, bh);
        }
        for (int v = 1; v <= 5; v++) {
            Label x = xTicks.get(v - 1);
            double xw = x.prefWidth(-1);
            x.resizeRelocate(xOf(v) - xw / 2, bottom + 2, xw, tick - 2);
            Label y = yTicks.get(v - 1);
            double yh = y.prefHeight(-1);
            y.resizeRelocate(plotX - tick, yOf(v) - yh / 2, tick - 6, yh);
        }
        double tw = xTitle.prefWidth(-1);
        xTitle.resizeRelocate(plotX + (plotW - tw) / 2, bottom + tick, tw, title);
        double yw = yTitle.prefWidth(-1);
        double yh = yTitle.prefHeight(-1);
        // rotated about its centre: lay it out unrotated around the point it should be centred on
        yTitle.resizeRelocate(title / 2 - yw / 2, plotY + plotH / 2 - yh / 2, yw, yh);
        layoutBubbles();
    }

    private static void place(Rectangle r, double x, double y, double w, double h) {
        r.setX(x);
        r.setY(y);
        r.setWidth(Math.max(0, w));
        r.setHeight(Math.max(0, h));
    }

    private double maxRadius() {
        return clamp(Math.min(plotW, plotH) * (projector ? 0.068 : 0.065), 16, 64);
    }

    double radius(long budget, long maxBudget) {
        double max = maxRadius();
        double min = max * 0.36;
        if (maxBudget <= 0 || budget <= 0) {
            return min;
        }
        return Math.max(min, max * Math.sqrt((double) budget / maxBudget));
    }

    private void layoutBubbles() {
        long maxBudget = bubbles.stream().mapToLong(Bubble::budget).max().orElse(0);
        legend.setScale(maxRadius(), maxBudget);
        List<Spread.Spot> spots = new ArrayList<>();
        for (Bubble b : bubbles) {
            Bubble at = b.id().equals(pendingId) ? b.at(pendingImpact, pendingEffort) : b;
            spots.add(new Spread.Spot(at, xOf(at.effort()), yOf(at.impact()), radius(b.budget(), maxBudget)));
        }
        Spread.apart(spots, midlines(), new BoundingBox(plotX, plotY, plotW, plotH), maxRadius());
        links.getChildren().clear();
        drawn.clear();
        List<Bounds> taken = new ArrayList<>();
        for (Spread.Spot s : spots) {
            taken.add(new BoundingBox(s.x - s.r, s.y - s.r, 2 * s.r, 2 * s.r));
        }
        // the refs keep clear of the quadrants' names as well
        names.values().forEach(n -> taken.add(n.getBoundsInParent()));
        for (Spread.Spot s : spots) {
            BubbleNode g = nodes.get(s.bubble.id());
            g.setLayoutX(s.x);
            g.setLayoutY(s.y);
            g.setRadius(s.r);
            drawn.put(s.bubble.id(), new Point2D(s.x, s.y));
            origin(s).ifPresent(o -> {
                Line l = new Line(o.getX(), o.getY(), s.x, s.y);
                l.getStyleClass().add("qw-nudge-line");
                Circle ghost = new Circle(o.getX(), o.getY(), projector ? 6 : 4);
                ghost.getStyleClass().add("qw-ghost");
                links.getChildren().addAll(l, ghost);
                // made during layout: styled now, not a frame later
                l.applyCss();
                ghost.applyCss();
            });
            Label ref = refs.get(s.bubble.id());
            double lw = ref.prefWidth(-1);
            double lh = ref.prefHeight(-1);
            Bounds spot = Spread.label(s, lw, lh, taken, new BoundingBox(plotX, plotY, plotW, plotH));
            ref.resizeRelocate(spot.getMinX(), spot.getMinY(), lw, lh);
            taken.add(spot);
        }
    }

    /** Where a line to the bubble starts: its written place while a nudge is made, else its scored place. */
    private Optional<Point2D> origin(Spread.Spot s) {
        Bubble b = s.bubble;
        if (b.id().equals(pendingId)) {
            Bubble was = bubbles.stream().filter(x -> x.id().equals(pendingId)).findFirst().orElse(b);
            return Optional.of(new Point2D(xOf(was.effort()), yOf(was.impact())));
        }
        return b.scored().map(p -> new Point2D(xOf(p.effort()), yOf(p.impact())));
    }

    /** The largest budget on the grid: the room's screen says it in words. */
    long maxBudget() {
        return bubbles.stream().mapToLong(Bubble::budget).max().orElse(0);
    }

    /** Amounts for the legend, to two figures: "Rp 2,4 M", "Rp 310 jt". */
    static String money(long amount) {
        if (amount <= 0) {
            return IndonesianFormat.rupiahShort(amount);
        }
        return IndonesianFormat.rupiahShort(new java.math.BigDecimal(amount)
                .round(new java.math.MathContext(2)).longValue());
    }
}
