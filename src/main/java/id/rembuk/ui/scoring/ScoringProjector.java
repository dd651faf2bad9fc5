package id.rembuk.ui.scoring;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.Score;
import id.rembuk.domain.change.SessionState;
import id.rembuk.plan.Portfolio;
import java.util.List;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.ProjectorService;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The ranking for the room: 1024×768, dark, the top programmes with a bar for their score, the
 * spread and the number of scorers in big type. It follows the session while shown.
 */
public final class ScoringProjector {
    static final int TOP = 8;

    private final ObservableValue<SessionState> state;
    private final Label heading = new Label();
    private final Label sub = new Label();

    public ScoringProjector(ObservableValue<SessionState> state) {
        this.state = state;
    }

    public Node root() {
        heading.getStyleClass().add("projector-heading");
        heading.setId("scoringPlenoHeading");
        sub.getStyleClass().add("projector-sub");
        GridPane grid = new GridPane();
        grid.setId("scoringPlenoRows");
        grid.setHgap(16);
        grid.setVgap(14);
        double[] widths = {52, -1, 96, 150};
        for (double w : widths) {
            ColumnConstraints c = new ColumnConstraints();
            if (w < 0) {
                c.setHgrow(Priority.ALWAYS);
                c.setMinWidth(300);
            } else {
                c.setPrefWidth(w);
                c.setMinWidth(w);
                c.setMaxWidth(w);
            }
            grid.getColumnConstraints().add(c);
        }
        Label more = new Label();
        more.getStyleClass().add("pleno-more");
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox root = new VBox(18, new VBox(2, heading, sub), grid, more);
        root.setId("scoringPleno");
        root.getStyleClass().addAll("scoring", "scoring-projector");
        root.getStylesheets().add(ScoringView.CSS);
        root.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        root.setMaxSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        Observe.whileAlive(root, () -> update(grid, more), state);
        return root;
    }

    private void update(GridPane grid, Label more) {
        heading.setText(Messages.get("scoring.pleno.title"));
        SessionState s = state.getValue();
        List<ScoringRow> ranking = ScoringViewModel.ranking(Portfolio.of(s));
        List<ScoringRow> scored = ranking.stream().filter(ScoringRow::scored).toList();
        long scorers = s == null ? 0 : Records.read(s, EntityKind.SCORE, Score::from).records().stream()
                .map(x -> Score.scorerKey(x.scorer())).distinct().count();
        sub.setText(Messages.get("scoring.pleno.sub", scored.size(), ranking.size(), scorers));
        grid.getChildren().clear();
        int r = 0;
        for (ScoringRow row : scored.subList(0, Math.min(TOP, scored.size()))) {
            Label rank = new Label(Integer.toString(row.rank()));
            rank.getStyleClass().add("pleno-rank");
            GridPane.setHalignment(rank, HPos.CENTER);
            Label name = new Label(row.ref() + "  " + row.name());
            name.getStyleClass().add("pleno-name");
            name.setMinWidth(0);
            VBox main = new VBox(6, name, RankingPane.bar(row.percent().getAsDouble()));
            Label score = new Label(row.score());
            score.getStyleClass().add("pleno-score");
            GridPane.setHalignment(score, HPos.RIGHT);
            Label spread = new Label(Messages.get("scoring.pleno.spread", row.spread()));
            spread.getStyleClass().add("pleno-spread");
            Label who = new Label(Messages.get("scoring.pleno.scorers", row.scorers()));
            who.getStyleClass().add("pleno-spread");
            grid.addRow(r, rank, main, score, new VBox(2, spread, who));
            r++;
        }
        if (scored.isEmpty()) {
            Label none = new Label(Messages.get("scoring.pleno.empty"));
            none.getStyleClass().add("pleno-empty");
            grid.add(none, 0, 0, 4, 1);
        }
        int left = ranking.size() - r;
        more.setText(left > 0 ? Messages.get("scoring.pleno.more", left) : "");
        more.setVisible(left > 0);
    }
}
