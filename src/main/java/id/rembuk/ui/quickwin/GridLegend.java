package id.rembuk.ui.quickwin;

import id.rembuk.domain.Dimension;
import id.rembuk.i18n.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** What the bubbles mean: size is budget (at the grid's own scale), colour is dimension, and the marks. */
final class GridLegend extends VBox {
    private final boolean projector;
    private final Circle big = new Circle();
    private final Circle small = new Circle();
    private final Label bigText = new Label();
    private final Label smallText = new Label();
    private final VBox dims = new VBox(2);
    private double shownRadius = -1;
    private long shownBudget = -1;

    GridLegend(boolean projector) {
        this.projector = projector;
        setId("qwLegend");
        getStyleClass().add("qw-legend");
        setSpacing(projector ? 8 : 6);
        setFillWidth(true);
        Label size = new Label(Messages.get("quickwin.legend.size"));
        size.getStyleClass().add("qw-legend-title");
        size.setWrapText(true);
        for (Circle c : List.of(big, small)) {
            c.getStyleClass().add("qw-legend-circle");
        }
        bigText.setId("qwLegendBig");
        Label colour = new Label(Messages.get("quickwin.legend.colour"));
        colour.getStyleClass().add("qw-legend-title");
        Label marks = new Label(Messages.get("quickwin.legend.marks"));
        marks.getStyleClass().add("qw-legend-title");
        getChildren().addAll(size, row(big, bigText), row(small, smallText), colour, dims, marks,
                mark(Material2MZ.STAR, "qw-star", "quickwin.legend.chosen"),
                mark(Material2MZ.PUSH_PIN, "qw-pin", "quickwin.legend.nudged"),
                mark(Material2MZ.REPORT_PROBLEM, "qw-flag", "quickwin.legend.flagged"));
    }

    private HBox row(Node graphic, Label text) {
        text.setWrapText(true);
        text.getStyleClass().add("qw-legend-text");
        StackPane holder = new StackPane(graphic);
        holder.setMinWidth(projector ? 36 : 28);
        HBox row = new HBox(6, holder, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox mark(org.kordamp.ikonli.Ikon ikon, String style, String key) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add(style);
        i.setIconSize(projector ? 22 : 15);
        return row(i, new Label(Messages.get(key)));
    }

    void setBubbles(List<Bubble> bubbles) {
        dims.getChildren().clear();
        for (Dimension d : Dimension.values()) {
            if (bubbles.stream().anyMatch(b -> b.dimension() == d)) {
                Circle c = new Circle(projector ? 9 : 7);
                c.getStyleClass().addAll("qw-bubble", "dim-" + d.code());
                dims.getChildren().add(row(c, new Label(d.code())));
            }
        }
    }

    /** The two circles at the grid's scale: the largest budget, and the smallest size a bubble gets. */
    void setScale(double maxRadius, long maxBudget) {
        // drawn at most as wide as the column allows; the text says what the full size stands for
        double r = Math.min(maxRadius, projector ? 34 : 26);
        if (r == shownRadius && maxBudget == shownBudget) {
            return;
        }
        shownRadius = r;
        shownBudget = maxBudget;
        double ratio = r / maxRadius;
        big.setRadius(r);
        small.setRadius(maxRadius * 0.36);
        if (maxBudget <= 0) {
            bigText.setText(Messages.get("quickwin.legend.noBudget"));
            smallText.setText("");
            return;
        }
        bigText.setText(GridChart.money(Math.round(maxBudget * ratio * ratio)));
        smallText.setText(Messages.get("quickwin.legend.atMost", GridChart.money(Math.round(maxBudget * 0.36 * 0.36))));
    }
}
