package id.rembuk.ui.quickwin;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.QuickWinGrid.Quadrant;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.tows.FitColumn;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The grid for the room: 1024×768 and dark, the quadrants named in large type, the refs on the
 * bubbles, and beside it the chosen quick wins and the candidates in the quick-win quadrant by
 * name (the refs alone mean little to the room). It follows the session while shown.
 */
public final class QuickWinProjector {
    private final ObservableValue<SessionState> state;
    private final GridChart chart = new GridChart(true, false);
    private final Label heading = new Label();
    private final Label sub = new Label();
    private final FitColumn chosen = new FitColumn(8, n -> Messages.get("quickwin.pleno.more", n));
    private final FitColumn candidates = new FitColumn(6, n -> Messages.get("quickwin.pleno.more", n));
    private final VBox legend = new VBox(6);

    public QuickWinProjector(ObservableValue<SessionState> state) {
        this.state = state;
    }

    public Node root() {
        heading.getStyleClass().add("qw-pleno-heading");
        heading.setId("qwPlenoHeading");
        heading.setText(Messages.get("quickwin.pleno.title"));
        sub.getStyleClass().add("qw-pleno-sub");
        sub.setId("qwPlenoSub");
        chart.setId("qwPlenoChart");
        HBox.setHgrow(chart, Priority.ALWAYS);
        chosen.setId("qwPlenoChosen");
        candidates.setId("qwPlenoCandidates");
        VBox.setVgrow(chosen, Priority.ALWAYS);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        legend.getStyleClass().add("qw-pleno-legend");
        legend.setMinHeight(Region.USE_PREF_SIZE);
        VBox side = new VBox(8, title("quickwin.pleno.chosen"), chosen, title("quickwin.pleno.candidates"),
                candidates, legend);
        side.getStyleClass().add("qw-pleno-side");
        side.setPrefWidth(300);
        side.setMinWidth(300);
        side.setMaxWidth(300);
        HBox body = new HBox(14, chart, side);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox root = new VBox(10, new VBox(2, heading, sub), body);
        root.setId("qwPleno");
        root.getStyleClass().addAll("quickwin", "qw-pleno");
        root.getStylesheets().add(QuickWinView.CSS);
        root.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        root.setMaxSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        Observe.whileAlive(root, this::update, state);
        return root;
    }

    private static Label title(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("qw-pleno-side-title");
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setWrapText(true);
        return l;
    }

    private void update() {
        Portfolio p = Portfolio.of(state.getValue());
        List<Bubble> bubbles = Bubble.of(p);
        chart.setBubbles(bubbles);
        long unplaced = p.programmes().size() - bubbles.size();
        String subText = Messages.get("quickwin.pleno.sub", bubbles.size(), p.quickWins().size());
        sub.setText(unplaced == 0 ? subText : subText + " · " + Messages.get("quickwin.pleno.unplaced", unplaced));
        List<Node> chosenRows = new ArrayList<>();
        for (Portfolio.Entry e : p.programmes()) {
            e.quickWin().ifPresent(q -> chosenRows.add(row(e.ref(), q.name(), true)));
        }
        for (QuickWin q : p.direct()) {
            chosenRows.add(row(q.dimension().code(), q.name(), true));
        }
        if (chosenRows.isEmpty()) {
            chosenRows.add(none());
        }
        chosen.setItems(chosenRows);
        List<Node> candidateRows = new ArrayList<>();
        p.ranked().stream().filter(e -> !e.chosen() && e.quadrant().filter(q -> q == Quadrant.QUICK_WIN).isPresent())
                .forEach(e -> candidateRows.add(row(e.ref(), e.programme().name(), false)));
        if (candidateRows.isEmpty()) {
            candidateRows.add(none());
        }
        candidates.setItems(candidateRows);
        updateLegend(bubbles);
    }

    /** Size, colours and marks in three short lines under the lists: the grid keeps the width. */
    private void updateLegend(List<Bubble> bubbles) {
        long max = bubbles.stream().mapToLong(Bubble::budget).max().orElse(0);
        Label size = new Label(max > 0 ? Messages.get("quickwin.pleno.size", GridChart.money(max))
                : Messages.get("quickwin.legend.noBudget"));
        size.setWrapText(true);
        FlowPane colours = new FlowPane(12, 4);
        for (Dimension d : Dimension.values()) {
            if (bubbles.stream().anyMatch(b -> b.dimension() == d)) {
                Circle c = new Circle(8);
                c.getStyleClass().addAll("qw-bubble", "dim-" + d.code());
                colours.getChildren().add(new Label(d.code(), c));
            }
        }
        HBox marks = new HBox(12, mark(Material2MZ.STAR, "qw-star", "quickwin.legend.chosen"),
                mark(Material2MZ.PUSH_PIN, "qw-pin", "quickwin.legend.nudged"));
        legend.getChildren().setAll(size, colours, marks,
                mark(Material2MZ.REPORT_PROBLEM, "qw-flag", "quickwin.legend.flagged"));
    }

    private static Label mark(org.kordamp.ikonli.Ikon ikon, String style, String key) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add(style);
        i.setIconSize(18);
        return new Label(Messages.get(key), i);
    }

    private static Node none() {
        Label l = new Label(Messages.get("quickwin.pleno.none"));
        l.getStyleClass().add("qw-pleno-none");
        return l;
    }

    private static Node row(String ref, String name, boolean star) {
        Label r = new Label(ref);
        r.getStyleClass().add("qw-pleno-ref");
        r.setMinWidth(Label.USE_PREF_SIZE);
        if (star) {
            FontIcon i = new FontIcon(Material2MZ.STAR);
            i.getStyleClass().add("qw-star");
            i.setIconSize(20);
            r.setGraphic(i);
        }
        Text t = new Text(name);
        t.getStyleClass().add("qw-pleno-text");
        TextFlow flow = new TextFlow(t);
        HBox.setHgrow(flow, Priority.ALWAYS);
        HBox row = new HBox(8, r, flow);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }
}
