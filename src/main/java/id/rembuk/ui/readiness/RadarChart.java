package id.rembuk.ui.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A radar (spider) chart of percentages: one spoke per value, rings at 25, 50, 75 and 100, the values
 * joined in a filled shape. JavaFX has none. It knows nothing of readiness: it takes labelled values.
 * Drawn with shapes, not a canvas, so the stylesheet colours it (the looked-up colour {@code -radar}),
 * it stays sharp when the projector scales it, and tests can count its spokes.
 *
 * <p>Style classes: {@code radar-ring}, {@code radar-axis}, {@code radar-area}, {@code radar-outline},
 * {@code radar-point} (pseudo-class {@code :unknown} when a value is missing, drawn at the centre),
 * {@code radar-label} with {@code radar-label-name} and {@code radar-label-value}, {@code radar-tick}.
 */
public final class RadarChart extends Region {
    private static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");
    private static final int RINGS = 4;
    /** Between a spoke's end and its label. */
    private static final double GAP = 6;

    /** One spoke: its name and its value 0..100 (empty: not known yet). */
    public record Spoke(String label, OptionalDouble value) {
    }

    private final List<Spoke> spokes = new ArrayList<>();
    private final List<Polygon> rings = new ArrayList<>();
    private final List<Line> axes = new ArrayList<>();
    private final List<Circle> points = new ArrayList<>();
    private final List<VBox> labels = new ArrayList<>();
    private final List<Text> ticks = new ArrayList<>();
    private final Polygon area = new Polygon();
    private final Polygon outline = new Polygon();
    private double labelWidth = 130;

    public RadarChart() {
        getStyleClass().add("radar-chart");
        area.getStyleClass().add("radar-area");
        outline.getStyleClass().add("radar-outline");
        area.setManaged(false);
        outline.setManaged(false);
        setMinSize(160, 140);
    }

    /** Replaces the spokes; the chart is drawn again at its next layout. */
    public void setSpokes(List<Spoke> now) {
        boolean sameCount = now.size() == spokes.size();
        spokes.clear();
        spokes.addAll(now);
        if (!sameCount) {
            build();
        } else {
            for (int i = 0; i < spokes.size(); i++) {
                fillLabel(labels.get(i), spokes.get(i));
                points.get(i).pseudoClassStateChanged(UNKNOWN, spokes.get(i).value().isEmpty());
            }
        }
        StringBuilder text = new StringBuilder();
        spokes.forEach(s -> text.append(s.label()).append(' ').append(valueText(s.value())).append("; "));
        setAccessibleText(text.toString());
        requestLayout();
    }

    public List<Spoke> spokes() {
        return List.copyOf(spokes);
    }

    /** How wide a spoke's label may be before it wraps; larger on the projector. */
    public void setLabelWidth(double width) {
        labelWidth = width;
        labels.forEach(l -> l.setMaxWidth(width));
        requestLayout();
    }

    private void build() {
        getChildren().clear();
        rings.clear();
        axes.clear();
        points.clear();
        labels.clear();
        ticks.clear();
        for (int r = 0; r < RINGS; r++) {
            Polygon ring = new Polygon();
            ring.getStyleClass().add("radar-ring");
            ring.setManaged(false);
            rings.add(ring);
        }
        for (int r = 1; r <= RINGS; r++) {
            Text t = new Text(Integer.toString(100 * r / RINGS));
            t.getStyleClass().add("radar-tick");
            t.setManaged(false);
            t.setTextOrigin(VPos.CENTER);
            ticks.add(t);
        }
        for (Spoke s : spokes) {
            Line axis = new Line();
            axis.getStyleClass().add("radar-axis");
            axis.setManaged(false);
            axes.add(axis);
            Circle p = new Circle(5);
            p.getStyleClass().add("radar-point");
            p.setManaged(false);
            p.pseudoClassStateChanged(UNKNOWN, s.value().isEmpty());
            points.add(p);
            VBox label = new VBox(0, new Label(), new Label());
            label.getStyleClass().add("radar-label");
            ((Label) label.getChildren().get(0)).getStyleClass().add("radar-label-name");
            ((Label) label.getChildren().get(1)).getStyleClass().add("radar-label-value");
            ((Label) label.getChildren().get(0)).setWrapText(true);
            label.setManaged(false);
            label.setMaxWidth(labelWidth);
            fillLabel(label, s);
            labels.add(label);
        }
        getChildren().addAll(rings);
        getChildren().addAll(axes);
        getChildren().addAll(area, outline);
        getChildren().addAll(points);
        getChildren().addAll(ticks);
        getChildren().addAll(labels);
    }

    private static void fillLabel(VBox label, Spoke s) {
        ((Label) label.getChildren().get(0)).setText(s.label());
        ((Label) label.getChildren().get(1)).setText(valueText(s.value()));
    }

    private static String valueText(OptionalDouble v) {
        return v.isPresent() ? Math.round(v.getAsDouble()) + "%" : "–";
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 340;
    }

    @Override
    protected void layoutChildren() {
        int n = spokes.size();
        if (n == 0) {
            return;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        // labels first: their sizes decide how much room the web has
        for (VBox l : labels) {
            double lw = Math.min(labelWidth, l.prefWidth(-1));
            l.resize(lw, l.prefHeight(lw));
        }
        // the largest web whose labels still fit, then the whole drawing centred: a triangle's
        // labels hang below it, so its centre sits higher than the chart's
        double lo = 12;
        double hi = Math.max(lo, Math.min(w, h) / 2);
        for (int k = 0; k < 24; k++) {
            double mid = (lo + hi) / 2;
            double[] b = bounds(mid);
            if (b[2] - b[0] <= w && b[3] - b[1] <= h) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double radius = lo;
        double[] b = bounds(radius);
        double cx = snappedLeftInset() + (w - (b[2] - b[0])) / 2 - b[0];
        double cy = snappedTopInset() + (h - (b[3] - b[1])) / 2 - b[1];
        for (int r = 0; r < RINGS; r++) {
            rings.get(r).getPoints().setAll(web(n, cx, cy, radius * (r + 1) / RINGS));
        }
        List<Double> shape = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            Line axis = axes.get(i);
            axis.setStartX(cx);
            axis.setStartY(cy);
            axis.setEndX(cx + radius * Math.cos(a));
            axis.setEndY(cy + radius * Math.sin(a));
            double v = Math.max(0, Math.min(100, spokes.get(i).value().orElse(0)));
            double px = cx + radius * v / 100 * Math.cos(a);
            double py = cy + radius * v / 100 * Math.sin(a);
            shape.add(px);
            shape.add(py);
            points.get(i).setCenterX(px);
            points.get(i).setCenterY(py);
            VBox l = labels.get(i);
            double[] at = labelAt(l, a, radius, n);
            align(l, a, n);
            l.relocate(Math.round(cx + at[0]), Math.round(cy + at[1]));
        }
        area.getPoints().setAll(shape);
        outline.getPoints().setAll(shape);
        // the ring values sit just right of the upward spoke
        for (int r = 0; r < RINGS; r++) {
            Text t = ticks.get(r);
            t.setX(cx + 4);
            t.setY(cy - radius * (r + 1) / RINGS);
        }
    }

    /** minX, minY, maxX, maxY of the web and its labels around a centre at 0,0. */
    private double[] bounds(double radius) {
        double[] b = {0, 0, 0, 0};
        for (int i = 0; i < spokes.size(); i++) {
            double a = angle(i, spokes.size());
            double x = radius * Math.cos(a);
            double y = radius * Math.sin(a);
            VBox l = labels.get(i);
            double[] at = labelAt(l, a, radius, spokes.size());
            b[0] = Math.min(b[0], Math.min(x, at[0]));
            b[1] = Math.min(b[1], Math.min(y, at[1]));
            b[2] = Math.max(b[2], Math.max(x, at[0] + l.getWidth()));
            b[3] = Math.max(b[3], Math.max(y, at[1] + l.getHeight()));
        }
        return b;
    }

    /**
     * Where a label's top-left goes, relative to the centre: outside the spoke's end, left of it on
     * the left half, right of it on the right, or centred (see {@link #centred}).
     */
    private static double[] labelAt(VBox l, double a, double radius, int n) {
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double x = (radius + GAP) * cos;
        double y = (radius + GAP) * sin;
        double lw = l.getWidth();
        double lh = l.getHeight();
        double lx = centred(a, n) ? x - lw / 2 : cos > 0 ? x : x - lw;
        double ly = Math.abs(sin) < 0.25 ? y - lh / 2 : sin > 0 ? y : y - lh;
        return new double[] {lx, ly};
    }

    /**
     * A label sits centred above or below its spoke at the top and the bottom, and also at the lower
     * corners of an odd web (a triangle's, a pentagon's): beside them it would cost the web half its width.
     */
    private static boolean centred(double a, int n) {
        double sin = Math.abs(Math.sin(a));
        return sin > 0.9 || n % 2 == 1 && sin >= 0.45;
    }

    private static void align(VBox l, double a, int n) {
        double cos = Math.cos(a);
        HPos h = centred(a, n) ? HPos.CENTER : cos > 0 ? HPos.LEFT : HPos.RIGHT;
        l.setAlignment(h == HPos.CENTER ? Pos.TOP_CENTER : h == HPos.LEFT ? Pos.TOP_LEFT : Pos.TOP_RIGHT);
        TextAlignment t = h == HPos.CENTER ? TextAlignment.CENTER : h == HPos.LEFT ? TextAlignment.LEFT
                : TextAlignment.RIGHT;
        l.getChildren().forEach(c -> ((Label) c).setTextAlignment(t));
    }

    /** Spokes start at the top and go clockwise. */
    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static List<Double> web(int n, double cx, double cy, double r) {
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add(cx + r * Math.cos(angle(i, n)));
            p.add(cy + r * Math.sin(angle(i, n)));
        }
        return p;
    }
}
