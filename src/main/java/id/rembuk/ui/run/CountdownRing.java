package id.rembuk.ui.run;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;

/**
 * A ring that empties as the block's time is used, with any node (the countdown) in its middle.
 * Colours come from CSS ({@code .ring-track}, {@code .ring-progress}) so the phase classes recolour it.
 */
public final class CountdownRing extends Region {
    private final Arc track = new Arc();
    private final Arc progressArc = new Arc();
    private final Node centre;
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final DoubleProperty thickness = new SimpleDoubleProperty(14);

    public CountdownRing(Node centre) {
        this.centre = centre;
        getStyleClass().add("countdown-ring");
        track.getStyleClass().add("ring-track");
        progressArc.getStyleClass().add("ring-progress");
        for (Arc a : new Arc[] {track, progressArc}) {
            a.setType(ArcType.OPEN);
            a.setFill(null);
            a.setStrokeLineCap(StrokeLineCap.ROUND);
            a.strokeWidthProperty().bind(thickness);
        }
        track.setStartAngle(90);
        track.setLength(360);
        progressArc.setStartAngle(90);
        progress.addListener((o, old, p) -> progressArc.setLength(-360 * (1 - clamp(p.doubleValue()))));
        progressArc.setLength(-360);
        getChildren().addAll(track, progressArc, centre);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Share of the time used, 0..1: the ring shows what is left. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public DoubleProperty thicknessProperty() {
        return thickness;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double cx = snappedLeftInset() + w / 2;
        double cy = snappedTopInset() + h / 2;
        double r = Math.max(0, Math.min(w, h) / 2 - thickness.get() / 2);
        for (Arc a : new Arc[] {track, progressArc}) {
            a.setCenterX(cx);
            a.setCenterY(cy);
            a.setRadiusX(r);
            a.setRadiusY(r);
        }
        double cw = centre.prefWidth(-1);
        double ch = centre.prefHeight(cw);
        centre.resizeRelocate(cx - cw / 2, cy - ch / 2, cw, ch);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(centre.prefWidth(-1) + 4 * thickness.get(), 200);
    }

    @Override
    protected double computePrefHeight(double width) {
        return computePrefWidth(-1);
    }
}
