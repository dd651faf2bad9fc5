package id.rembuk.ui.readiness;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Readiness;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.readiness.ReadinessViewModel.Summary;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * All six dimensions at once: one radar of the dimension totals, and each dimension's own small
 * radar of its elements. A dimension's card opens its worksheet.
 */
final class OverallView {
    private final ReadinessViewModel vm;
    private final Consumer<Dimension> open;
    private final Runnable toProjector;

    /**
     * @param open        opens a dimension's worksheet
     * @param toProjector shows the overall radar on the room's screen; null hides the button
     */
    OverallView(ReadinessViewModel vm, Consumer<Dimension> open, Runnable toProjector) {
        this.vm = vm;
        this.open = open;
        this.toProjector = toProjector;
    }

    Node root() {
        RadarChart radar = new RadarChart();
        radar.setId("overallRadar");
        radar.setLabelWidth(120);
        Observe.whileAlive(radar, () -> radar.setSpokes(vm.dimensionTotals().stream()
                .map(a -> new RadarChart.Spoke(a.spokeLabel(), a.percent())).toList()), vm.dimensionTotals());
        Label head = new Label(Messages.get("readiness.overall.total"));
        head.getStyleClass().add("side-head");
        Label total = new Label();
        total.setId("overallTotal");
        total.getStyleClass().add("total-big");
        Label band = new Label();
        Label coverage = new Label();
        coverage.getStyleClass().add(Styles.TEXT_MUTED);
        Observe.whileAlive(total, () -> {
            Readiness.Result r = vm.overallProperty().get();
            total.setText(ReadinessViewModel.percentText(r.percent()));
            Bands.style(band, r.band(Readiness.Bands.DEFAULT));
            coverage.setText(Messages.get("readiness.coverage", r.assessed(), r.total()));
        }, vm.overallProperty());
        HBox totalLine = new HBox(10, total, band);
        totalLine.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, radar, head, totalLine, coverage);
        VBox.setVgrow(radar, Priority.ALWAYS);
        if (toProjector != null) {
            Button show = new Button(Messages.get("readiness.projector.overall"), new FontIcon(Material2AL.CAST));
            show.setId("overallProjector");
            show.setMnemonicParsing(false);
            show.setOnAction(e -> toProjector.run());
            left.getChildren().add(show);
        }
        left.getStyleClass().add("overall-left");
        left.setPrefWidth(440);
        left.setMinWidth(360);

        GridPane grid = new GridPane();
        grid.setId("overallGrid");
        grid.setHgap(10);
        grid.setVgap(10);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100 / 3.0);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        Observe.whileAlive(grid, () -> {
            grid.getChildren().clear();
            int i = 0;
            for (Summary s : vm.summaries()) {
                grid.add(card(s), i % 3, i / 3);
                i++;
            }
        }, vm.summaries());
        HBox.setHgrow(grid, Priority.ALWAYS);
        HBox root = new HBox(16, left, grid);
        root.getStyleClass().add("overall");
        return root;
    }

    private Node card(Summary s) {
        Label name = new Label(s.label());
        name.getStyleClass().add("overall-card-name");
        name.setMinWidth(0);
        id.rembuk.ui.FullText.onHover(name);
        Label total = new Label(ReadinessViewModel.percentText(s.total().percent()));
        total.getStyleClass().add("overall-card-total");
        total.setMinWidth(Region.USE_PREF_SIZE);
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox head = new HBox(6, name, push, total);
        head.setAlignment(Pos.CENTER_LEFT);
        RadarChart radar = new RadarChart();
        radar.getStyleClass().add("radar-small");
        radar.setLabelWidth(84);
        radar.setPrefSize(200, 150);
        radar.setSpokes(s.elements().stream().map(a -> new RadarChart.Spoke(a.spokeLabel(), a.percent())).toList());
        VBox.setVgrow(radar, Priority.ALWAYS);
        Label band = new Label();
        Bands.style(band, s.total().band(Readiness.Bands.DEFAULT));
        Label coverage = new Label(Messages.get("readiness.coverage.short", s.total().assessed(), s.total().total()));
        coverage.getStyleClass().addAll(Styles.TEXT_MUTED, "overall-card-coverage");
        coverage.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the band and the count share a line while they fit; a narrow card puts the count below
        javafx.scene.layout.FlowPane foot = new javafx.scene.layout.FlowPane(8, 2, band, coverage);
        foot.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, head, radar, foot);
        card.setId("overallCard-" + s.dimension().code());
        card.getStyleClass().addAll("overall-card", "dim-" + s.dimension().code());
        card.setOnMouseClicked(e -> open.accept(s.dimension()));
        Tooltip.install(card, new Tooltip(Messages.get("readiness.overall.open", s.label())));
        return card;
    }
}
