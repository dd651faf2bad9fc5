package id.rembuk.ui.roadmap;

import id.rembuk.plan.RoadmapPlan;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.ProjectorService;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The roadmap for the room: 1024×768, light on dark, the years across in large type and the bars
 * with their names. It follows the session while shown, and the laptop's selection: the programme
 * chosen there is marked and scrolled into view. Programmes that do not fit are counted under the
 * chart rather than shrunk.
 */
public final class RoadmapProjector {
    private final ObservableValue<SessionState> state;
    private final ObservableValue<SessionInfo> info;
    private final RoadmapChart chart = new RoadmapChart(null, RoadmapChart.Metrics.ROOM, (p, y) -> { });
    private final Label heading = new Label();
    private final Label sub = new Label();
    private final Label more = new Label();

    private final ObservableValue<String> programme;
    private final ObservableValue<String> phase;

    /**
     * @param programme the programme selected on the laptop: the room's chart marks it and scrolls to it
     * @param phase     the phase selected on the laptop, marked too
     */
    public RoadmapProjector(ObservableValue<SessionState> state, ObservableValue<SessionInfo> info,
                            ObservableValue<String> programme, ObservableValue<String> phase) {
        this.state = state;
        this.info = info;
        this.programme = programme;
        this.phase = phase;
    }

    public Node root() {
        heading.getStyleClass().add("projector-heading");
        heading.setId("roadmapPlenoHeading");
        sub.getStyleClass().add("projector-sub");
        sub.setId("roadmapPlenoSub");
        VBox chartNode = chart.root();
        chart.scroll().setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(chartNode, Priority.ALWAYS);
        more.setId("roadmapPlenoMore");
        more.getStyleClass().add("projector-more");
        more.managedProperty().bind(more.visibleProperty());
        Runnable count = () -> {
            int n = chart.hidden();
            more.setVisible(n > 0);
            more.setText(Messages.get("roadmap.pleno.more", n));
        };
        VBox root = new VBox(10, new VBox(2, heading, sub), chartNode, more);
        root.setId("roadmapPleno");
        root.getStyleClass().addAll("roadmap", "roadmap-projector");
        root.getStylesheets().add(RoadmapView.CSS);
        root.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        root.setMaxSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        // counted once the rows are laid out, after every pulse that laid them out again
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(count);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(count);
            }
        });
        Observe.whileAlive(root, this::update, state, info);
        // the laptop's selection is followed after layout, when the rows have their heights
        Observe.whileAlive(root, () -> Platform.runLater(() -> chart.select(programme.getValue(), phase.getValue())),
                programme, phase);
        return root;
    }

    private void update() {
        RoadmapPlan p = RoadmapPlan.of(state.getValue(), info.getValue(), Messages.locale());
        heading.setText(Messages.get("roadmap.pleno.title", Integer.toString(p.setup().firstYear()),
                Integer.toString(p.setup().calendarYear(p.setup().years()))));
        long phases = p.lines().stream().mapToLong(l -> l.phases().size()).sum();
        sub.setText(Messages.get("roadmap.pleno.sub", p.programmeCount(), phases));
        chart.show(p);
        Platform.runLater(() -> chart.select(programme.getValue(), phase.getValue()));
    }
}
