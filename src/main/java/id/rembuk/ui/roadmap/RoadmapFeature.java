package id.rembuk.ui.roadmap;

import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.shell.Shortcut;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The roadmap and the action plans: one sidebar area with the chart and the plans as tabs, and the
 * chart on the room's screen. The view models live as long as the app; views are built each time
 * they are shown.
 */
public final class RoadmapFeature {
    public static final String AREA = "roadmap";
    public static final String TITLE_KEY = "roadmap.nav";

    private final ShellViewModel shell;
    private final Consumer<Supplier<Node>> projector;
    private final RoadmapViewModel roadmap;
    private final ActionPlanViewModel plans;

    /** @param projector shows a node on the room's screen (the run feature's {@code projector()::showPleno}) */
    public RoadmapFeature(ShellViewModel shell, Consumer<Supplier<Node>> projector) {
        this.shell = shell;
        this.projector = projector;
        this.roadmap = new RoadmapViewModel(shell);
        this.plans = new ActionPlanViewModel(shell);
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, TITLE_KEY, Material2OutlinedMZ.TIMELINE,
                () -> new RoadmapView(roadmap, plans, this::project).root()));
        navigation.addShortcuts(TITLE_KEY, List.of(
                new Shortcut("↑ / ↓", "roadmap.keys.select"),
                new Shortcut("Alt+← / →", "roadmap.keys.move"),
                new Shortcut("Shift+Alt+← / →", "roadmap.keys.stretch"),
                new Shortcut("Insert", "roadmap.keys.add"),
                new Shortcut("F2", "roadmap.keys.rename"),
                new Shortcut("Delete", "roadmap.keys.delete"),
                new Shortcut("Enter", "roadmap.keys.budget"),
                new Shortcut("Enter / F2", "roadmap.keys.editStep"),
                new Shortcut("Alt+↑ / ↓", "roadmap.keys.reorder")));
    }

    /** Puts the chart on the room's screen; it follows the session while shown. */
    public void project() {
        projector.accept(() -> new RoadmapProjector(shell.stateProperty(), shell.infoProperty(),
                roadmap.selectedProgrammeProperty(), roadmap.selectedPhaseProperty()).root());
    }

    public RoadmapViewModel roadmap() {
        return roadmap;
    }

    public ActionPlanViewModel plans() {
        return plans;
    }

    /** Words the view models formatted are made again in the new language. */
    public void languageChanged() {
        roadmap.refreshText();
        plans.refreshText();
    }
}
