package id.rembuk.ui.tows;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.tows.TowsMatrix.Entry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The TOWS matrix for the room: 1024×768, the four cells with their strategies in 22 px text and the
 * quadrants along the edges. It follows the session as it changes,
 * for as long as the projector shows it.
 */
public final class TowsProjector {
    private final ObservableValue<SessionState> state;
    private final Dimension dimension;
    private final Map<Strategy.Type, FitColumn> cells = new EnumMap<>(Strategy.Type.class);
    private final Label heading = new Label();
    private final Label sub = new Label();
    private final TowsMatrix.Reader reader = new TowsMatrix.Reader();

    public TowsProjector(ObservableValue<SessionState> state, Dimension dimension) {
        this.state = state;
        this.dimension = dimension;
    }

    public Node root() {
        heading.getStyleClass().add("projector-heading");
        heading.setId("towsPlenoHeading");
        sub.getStyleClass().add("projector-sub");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        // percentages, not pixels: the gaps come on top, and the three must stay inside 1024 px
        ColumnConstraints axis = new ColumnConstraints();
        axis.setPercentWidth(15);
        grid.getColumnConstraints().add(axis);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(41.5);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.getRowConstraints().add(new RowConstraints(40));
        for (int i = 0; i < 2; i++) {
            RowConstraints r = new RowConstraints();
            r.setVgrow(Priority.ALWAYS);
            r.setFillHeight(true);
            grid.getRowConstraints().add(r);
        }
        grid.add(axis(SwotItem.Quadrant.O), 1, 0);
        grid.add(axis(SwotItem.Quadrant.T), 2, 0);
        grid.add(axis(SwotItem.Quadrant.S), 0, 1);
        grid.add(axis(SwotItem.Quadrant.W), 0, 2);
        for (Strategy.Type t : Strategy.Type.values()) {
            boolean strengths = TowsViewModel.internal(t) == SwotItem.Quadrant.S;
            boolean opportunities = TowsViewModel.external(t) == SwotItem.Quadrant.O;
            grid.add(cell(t), opportunities ? 1 : 2, strengths ? 1 : 2);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox root = new VBox(new VBox(2, heading, sub), grid);
        root.setId("towsPleno");
        root.getStyleClass().addAll("tows", "tows-projector");
        root.getStylesheets().add(TowsView.CSS);
        root.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        root.setMaxSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        grid.setMinWidth(0);
        Observe.whileAlive(root, this::update, state);
        return root;
    }

    private Node axis(SwotItem.Quadrant q) {
        // down the side "Kekuatan (S)" takes two lines: the word whole, the letter under it
        String text = Messages.get(q.messageKey());
        Label l = new Label(q.internal() ? text.replace(" (", "\n(") : text);
        l.getStyleClass().addAll("axis", "q-" + q.name());
        l.setWrapText(true);
        l.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return l;
    }

    private Node cell(Strategy.Type t) {
        Label title = new Label(Messages.get("tows.pleno.cell." + t.name().toLowerCase(java.util.Locale.ROOT)));
        title.getStyleClass().add("pleno-cell-title");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        FitColumn list = new FitColumn(8, n -> Messages.get("tows.pleno.more", n));
        list.setId("towsPleno-" + t.name());
        cells.put(t, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, title, list);
        box.getStyleClass().add("pleno-cell");
        box.setMinHeight(0);
        return box;
    }

    private void update() {
        SessionState s = state.getValue();
        TowsMatrix m = reader.read(s, dimension);
        String name = s == null ? dimension.defaultLabel() : Labels.of(s).dimension(dimension, Messages.locale());
        heading.setText(Messages.get("tows.pleno.title", name));
        sub.setText(Messages.get("tows.pleno.sub", m.strategies().size(), m.unusedCards()));
        for (Strategy.Type t : Strategy.Type.values()) {
            List<Node> rows = new ArrayList<>();
            for (Entry e : m.strategies(t)) {
                rows.add(row(e));
            }
            if (rows.isEmpty()) {
                Label none = new Label(Messages.get("tows.pleno.empty"));
                none.getStyleClass().add("pleno-empty");
                rows.add(none);
            }
            cells.get(t).setItems(rows);
        }
    }

    private Node row(Entry e) {
        Label ref = new Label(e.ref());
        ref.getStyleClass().add("pleno-ref");
        ref.setMinWidth(Label.USE_PREF_SIZE);
        Text text = new Text(e.strategy().text());
        text.getStyleClass().add("pleno-text");
        // card refs mean nothing to the room (the board's cards are not on this screen): the text alone
        TextFlow flow = new TextFlow(text);
        HBox.setHgrow(flow, Priority.ALWAYS);
        HBox row = new HBox(8, ref, flow);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }
}
