package id.rembuk.ui.scoring;

import id.rembuk.domain.Dimension;
import id.rembuk.ui.breakout.BreakoutTool;
import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.shell.Shortcut;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Scoring the programmes: a sidebar area where the facilitator sets the weights and scores as any
 * group or participant, a tab on each group's laptop scoring as that group, and the ranking on the
 * room's screen. The view models live as long as the app; views are built each time they are shown.
 */
public final class ScoringFeature {
    public static final String AREA = "scoring";
    public static final String TITLE_KEY = "scoring.nav";

    private final ShellViewModel shell;
    private final Consumer<Supplier<Node>> projector;
    private final ScoringViewModel vm;
    private final Map<String, ScoringViewModel> groups = new HashMap<>();

    /** @param projector shows a node on the room's screen (the run feature's {@code projector()::showPleno}) */
    public ScoringFeature(ShellViewModel shell, Consumer<Supplier<Node>> projector) {
        this.shell = shell;
        this.projector = projector;
        this.vm = new ScoringViewModel(shell);
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, TITLE_KEY, Material2OutlinedMZ.STAR_OUTLINE,
                () -> new ScoringView(vm, this::project).root()));
        navigation.addShortcuts(TITLE_KEY, List.of(new Shortcut("1 – 5", "scoring.keys.score"),
                new Shortcut("Delete / Backspace", "scoring.keys.clear"),
                new Shortcut("← → ↑ ↓ / Tab", "scoring.keys.move"),
                new Shortcut("← / →", "scoring.keys.weight")));
    }

    /** The score sheet as a tab of a group's screen, scoring as that group. */
    public List<BreakoutTool> breakoutTools() {
        return List.of(new BreakoutTool(AREA, TITLE_KEY, Material2OutlinedMZ.STAR_OUTLINE, this::groupView));
    }

    private Node groupView(String groupId) {
        ScoringViewModel g = groups.computeIfAbsent(groupId, id -> {
            ScoringViewModel m = new ScoringViewModel(shell.stateProperty(), shell::apply, id);
            // a dimension group scores its own dimension's programmes first; "All" shows the rest
            Dimension.ofCode(id).ifPresent(m.dimensionProperty()::set);
            return m;
        });
        return new ScoringView(g, null).root();
    }

    /** Puts the ranking on the room's screen; it follows the session while shown. */
    public void project() {
        projector.accept(() -> new ScoringProjector(shell.stateProperty()).root());
    }

    public ScoringViewModel viewModel() {
        return vm;
    }

    /** Words the view models formatted are made again in the new language. */
    public void languageChanged() {
        vm.refresh();
        groups.values().forEach(ScoringViewModel::refresh);
    }
}
