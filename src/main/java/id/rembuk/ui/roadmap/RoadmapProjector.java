package id.rembuk.ui.roadmap;

import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.ProjectorService;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The roadmap for the room: 1024×768, light on dark, the years across in large type and the bars
 * with their names. It follows the session while shown; programmes that do not fit are counted
 * under the chart rather than shrunk (the facilitator scrolls the laptop's chart to discuss them).
 */
public final class RoadmapProjector {
    private final ObservableValue<SessionState> state;
    private final ObservableValue<SessionInfo> info;
    private final RoadmapChart chart = new RoadmapChart(null, RoadmapChart.Metrics.ROOM, (p, y) -> { });
    private final Label heading = new Label();
    private final Label sub = new Label();
    private final Label more = new Label();

    public RoadmapProjector(ObservableValue<SessionState> state, ObservableValue<SessionInfo> info) {
        this.state = state;
        this.info = info;
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
            int n = chart.hiddenBelow();
            more.setVisible(n > 0);
            more.setText(Messages.get("roadmap.pleno.more", n));
        };
        chart.scroll().viewportBoundsProperty().addListener((o, a, b) -> count.run());
        chart.rows().heightProperty().addListener((o, a, b) -> count.run());
        VBox root = new VBox(10, new VBox(2, heading, sub), chartNode, more);
        root.setId("roadmapPleno");
        root.getStyleClass().addAll("roadmap", "roadmap-projector");
        root.getStylesheets().add(RoadmapView.CSS);
        root.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        root.setMaxSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        Observe.whileAlive(root, this::update, state, info);
        return root;
    }

    private void update() {
        RoadmapPlan p = RoadmapPlan.of(state.getValue(), info.getValue(), Messages.locale());
        heading.setText(Messages.get("roadmap.pleno.title", Integer.toString(p.setup().firstYear()),
                Integer.toString(p.setup().calendarYear(p.setup().years()))));
        long phases = p.lines().stream().mapToLong(l -> l.phases().size()).sum();
        sub.setText(Messages.get("roadmap.pleno.sub", p.programmeCount(), phases));
        chart.show(p);
    }
}
