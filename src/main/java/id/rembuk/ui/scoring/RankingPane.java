package id.rembuk.ui.scoring;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The programmes best first, each with a bar for its score, its spread and its number of scorers. */
final class RankingPane {
    private final ScoringViewModel vm;

    RankingPane(ScoringViewModel vm) {
        this.vm = vm;
    }

    Node root() {
        GridPane grid = new GridPane();
        grid.setId("scoringRanking");
        grid.getStyleClass().add("scoring-ranking");
        grid.setHgap(14);
        grid.setVgap(6);
        double[] widths = {56, -1, 300, 70, 80, 80};
        for (double w : widths) {
            ColumnConstraints c = new ColumnConstraints();
            if (w < 0) {
                c.setHgrow(Priority.ALWAYS);
                c.setMinWidth(200);
            } else {
                c.setPrefWidth(w);
                c.setMinWidth(w);
            }
            grid.getColumnConstraints().add(c);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("scoring-ranking-scroll");
        Observe.whileAlive(grid, () -> fill(grid), vm.ranking());
        return scroll;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        String[] heads = {"scoring.col.rank", "scoring.col.programme", "scoring.col.score", "", "scoring.col.spread",
            "scoring.col.scorers"};
        for (int i = 0; i < heads.length; i++) {
            if (!heads[i].isEmpty()) {
                Label h = new Label(Messages.get(heads[i]));
                h.getStyleClass().add("scoring-ranking-head");
                h.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(h, i, 0);
            }
        }
        if (vm.ranking().isEmpty()) {
            Label none = new Label(Messages.get("scoring.sheet.empty"));
            none.getStyleClass().add("missing");
            grid.add(none, 0, 1, 6, 1);
            return;
        }
        int r = 1;
        for (ScoringRow row : vm.ranking()) {
            Label rank = new Label(row.scored() ? Integer.toString(row.rank()) : "–");
            rank.getStyleClass().add("scoring-rank");
            rank.setId("scoringRank-" + row.ref());
            GridPane.setHalignment(rank, HPos.CENTER);
            Label ref = new Label(row.ref());
            ref.getStyleClass().addAll("scoring-ref", "dim-" + row.dimension().code());
            ref.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(row.name(), ref);
            name.getStyleClass().add("scoring-name");
            name.setGraphicTextGap(8);
            name.setMinWidth(0);
            id.rembuk.ui.FullText.onHover(name);
            grid.add(rank, 0, r);
            grid.add(name, 1, r);
            if (row.scored()) {
                grid.add(bar(row.percent().getAsDouble()), 2, r);
                Label score = new Label(row.score());
                score.getStyleClass().add("scoring-score");
                grid.add(score, 3, r);
                grid.add(new Label(row.spread()), 4, r);
            } else {
                Label none = new Label(Messages.get("scoring.unscored"));
                none.getStyleClass().add("missing");
                grid.add(none, 2, r, 3, 1);
            }
            grid.add(new Label(Integer.toString(row.scorers())), 5, r);
            r++;
        }
    }

    /** A bar on 1..5: empty at 1, full at 5. */
    static Node bar(double percent) {
        Region fill = new Region();
        fill.getStyleClass().add("scoring-bar");
        fill.maxWidthProperty().bind(fill.prefWidthProperty());
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("scoring-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(0);
        fill.prefWidthProperty().bind(track.widthProperty().multiply(Math.max(0.02, percent / 100)));
        return track;
    }
}
