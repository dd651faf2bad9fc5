package id.rembuk.ui.quickwin;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One programme's bubble, drawn around its centre (0, 0): the disc in its dimension's colour, a
 * ring (gold when chosen, dashed when moved by hand) and the marks: a star (chosen) at the top
 * right, a pin (moved by hand) at the top left, a warning (breaks a rule) at the bottom right.
 */
final class BubbleNode extends Group {
    private final Circle body = new Circle();
    private final Circle ring = new Circle();
    private final boolean projector;

    BubbleNode(Bubble b, boolean projector) {
        this.projector = projector;
        body.getStyleClass().addAll("qw-bubble", "dim-" + b.dimension().code());
        ring.getStyleClass().add("qw-ring");
        ring.setMouseTransparent(true);
        getChildren().addAll(body, ring);
        setId("qwBubble-" + b.ref());
        setUserData(b.id());
        getStyleClass().add("qw-bubble-node");
        if (b.nudged()) {
            getStyleClass().add("nudged");
            getChildren().add(icon(Material2MZ.PUSH_PIN, "qw-pin"));
        }
        if (b.chosen()) {
            getStyleClass().add("chosen");
            getChildren().add(icon(Material2MZ.STAR, "qw-star"));
        }
        if (b.flagged()) {
            getStyleClass().add("flagged");
            getChildren().add(icon(Material2MZ.REPORT_PROBLEM, "qw-flag"));
        }
    }

    private static FontIcon icon(Ikon ikon, String style) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add(style);
        i.setMouseTransparent(true);
        return i;
    }

    /** Sizes the disc to radius {@code r} and puts the marks on its edge. */
    void setRadius(double r) {
        body.setRadius(r);
        ring.setRadius(r + (projector ? 5 : 4));
        double size = projector ? 22 : 15;
        double d = r * 0.72;
        for (Node n : getChildren()) {
            if (n instanceof FontIcon i) {
                i.setIconSize((int) size);
                double x = i.getStyleClass().contains("qw-pin") ? -d - size / 2 : d - size / 2;
                double y = i.getStyleClass().contains("qw-flag") ? d - size / 2 : -d - size / 2;
                i.setLayoutX(x);
                // a glyph is placed by its baseline
                i.setLayoutY(y + size * 0.85);
            }
        }
    }
}
