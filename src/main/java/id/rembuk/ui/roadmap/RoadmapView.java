package id.rembuk.ui.roadmap;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The roadmap area: two tabs, the chart ("Peta jalan") and the programmes' action plans ("Rencana
 * aksi"). Both read the same programmes; the chart's years frame the plans' months and quarters.
 */
public final class RoadmapView {
    static final String CSS = RoadmapView.class.getResource("/id/rembuk/ui/roadmap/roadmap.css").toExternalForm();

    private final RoadmapViewModel roadmap;
    private final ActionPlanViewModel plans;
    private final Runnable project;
    private RoadmapPane pane;

    /** @param project shows the chart on the room's screen; null hides the button */
    public RoadmapView(RoadmapViewModel roadmap, ActionPlanViewModel plans, Runnable project) {
        this.roadmap = roadmap;
        this.plans = plans;
        this.project = project;
    }

    public Node root() {
        Label title = new Label(Messages.get("roadmap.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("roadmapSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setMinWidth(0);
        Observe.whileAlive(summary, () -> summary.setText(RoadmapPane.summary(roadmap.planProperty().get())),
                roadmap.planProperty());
        HBox head = new HBox(16, title, summary);
        head.setAlignment(Pos.BASELINE_LEFT);
        pane = new RoadmapPane(roadmap, project);
        Tab chart = new Tab(Messages.get("roadmap.tab.chart"), pane.root());
        chart.setId("roadmapTabChart");
        Tab actions = new Tab(Messages.get("roadmap.tab.plan"), new ActionPlanPane(plans).root());
        actions.setId("roadmapTabPlan");
        TabPane tabs = new TabPane(chart, actions);
        tabs.setId("roadmapTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(4, head, tabs);
        content.getStyleClass().add("roadmap-content");
        content.visibleProperty().bind(roadmap.hasSessionProperty());

        Label none = new Label(Messages.get("roadmap.noSession"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(roadmap.hasSessionProperty().not());
        StackPane root = new StackPane(content, none);
        root.setId("roadmap");
        root.getStyleClass().add("roadmap");
        root.getStylesheets().add(CSS);
        return root;
    }
}
