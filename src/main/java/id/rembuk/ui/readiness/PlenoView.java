package id.rembuk.ui.readiness;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Readiness;
import id.rembuk.domain.change.SessionState;
import id.rembuk.ui.Observe;
import id.rembuk.ui.readiness.ReadinessViewModel.Axis;
import id.rembuk.ui.readiness.ReadinessViewModel.Pleno;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The radar on the room's screen, drawn for 1024×768: a dimension's radar large with its element
 * totals and bands beside it (or the six dimensions). It follows the session, so scores typed on the
 * facilitator's laptop show at once. Type sizes: title 36 px, totals 40 px, labels 22 px.
 */
final class PlenoView {
    private final ObservableValue<SessionState> state;
    private final Optional<Dimension> dimension;

    PlenoView(ObservableValue<SessionState> state, Optional<Dimension> dimension) {
        this.state = state;
        this.dimension = dimension;
    }

    Node root() {
        Label title = new Label();
        title.setId("plenoTitle");
        title.getStyleClass().add("pleno-title");
        title.setWrapText(true);
        Label total = new Label();
        total.setId("plenoTotal");
        total.getStyleClass().add("pleno-total");
        total.setMinWidth(Region.USE_PREF_SIZE);
        Label band = new Label();
        band.getStyleClass().add("pleno-band");
        band.setMinWidth(Region.USE_PREF_SIZE);
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox head = new HBox(16, title, push, total, band);
        head.setAlignment(Pos.CENTER_LEFT);

        RadarChart radar = new RadarChart();
        radar.setId("plenoRadar");
        radar.getStyleClass().add("pleno-radar");
        radar.setLabelWidth(170);
        radar.setPrefSize(560, 560);
        radar.setMinSize(520, 500);
        VBox lines = new VBox(14);
        lines.setId("plenoLines");
        lines.getStyleClass().add("pleno-lines");
        lines.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(lines, Priority.ALWAYS);
        HBox body = new HBox(24, radar, lines);
        body.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        Label coverage = new Label();
        coverage.setId("plenoCoverage");
        coverage.getStyleClass().add("pleno-coverage");

        VBox root = new VBox(12, head, body, coverage);
        root.setId("readinessPleno");
        root.getStyleClass().addAll("readiness-pleno", "readiness-root");
        root.getStylesheets().add(ReadinessArea.CSS);
        dimension.ifPresent(d -> root.getStyleClass().add("dim-" + d.code()));
        Observe.whileAlive(root, () -> {
            Pleno p = Pleno.of(state.getValue(), dimension);
            title.setText(p.title());
            total.setText(ReadinessViewModel.percentText(p.total().percent()));
            Bands.style(band, p.total().band(Readiness.Bands.DEFAULT));
            band.getStyleClass().add("pleno-band");
            radar.setSpokes(p.axes().stream().map(a -> new RadarChart.Spoke(a.spokeLabel(), a.percent())).toList());
            lines.getChildren().clear();
            for (Axis a : p.axes()) {
                VBox line = Bands.block(a.label(), new Readiness.Result(a.percent(), 0, 0), "pleno-line");
                if (dimension.isEmpty()) {
                    line.getStyleClass().add("dim-" + a.key());
                }
                lines.getChildren().add(line);
            }
            coverage.setText(p.coverage());
        }, state);
        return root;
    }
}
