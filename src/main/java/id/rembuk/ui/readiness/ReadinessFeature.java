package id.rembuk.ui.readiness;

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
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Readiness and gaps: the facilitator's area (worksheet, gap table, all dimensions), a group's two
 * breakout tools, and the radar on the projector. The view models live as long as the app; views are
 * built each time they show.
 */
public final class ReadinessFeature {
    public static final String AREA = "readiness";
    public static final String TITLE_KEY = "readiness.nav";

    private final ShellViewModel shell;
    private final Consumer<Supplier<Node>> projector;
    private final ReadinessViewModel readiness;
    private final GapViewModel gaps;
    /** Each group's models, kept while the app runs so a tab switched away and back keeps its place. */
    private final Map<String, ReadinessViewModel> groupSheets = new HashMap<>();
    private final Map<String, GapViewModel> groupGaps = new HashMap<>();

    /**
     * @param projector shows a node on the room's screen (the projector's {@code showPleno}); null: no button
     */
    public ReadinessFeature(ShellViewModel shell, Consumer<Supplier<Node>> projector) {
        this.shell = shell;
        this.projector = projector;
        this.readiness = new ReadinessViewModel(shell);
        this.gaps = new GapViewModel(shell);
        // the worksheet and the gap table show the same dimension
        gaps.dimensionProperty().bindBidirectional(readiness.dimensionProperty());
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, TITLE_KEY, Material2OutlinedMZ.TRACK_CHANGES,
                () -> new ReadinessArea(readiness, gaps, shell.stateProperty(), projector).root()));
        navigation.addShortcuts(TITLE_KEY, List.of(
                new Shortcut("1–5 / K C B", "readiness.keys.score"),
                new Shortcut("↑ / ↓", "readiness.keys.nextLine"),
                new Shortcut("Tab", "readiness.keys.tab"),
                new Shortcut("Backspace", "readiness.keys.clear"),
                new Shortcut("F2", "readiness.keys.rename"),
                new Shortcut("Alt+↑ / ↓", "readiness.keys.move"),
                new Shortcut("Delete", "readiness.keys.delete"),
                new Shortcut("Shift+F10", "readiness.keys.menu"),
                new Shortcut("Alt+1…6", "readiness.keys.dimension"),
                new Shortcut("Ctrl+Enter", "readiness.keys.send")));
    }

    /** The worksheet and the gap table on a group's laptop, held to the group. */
    public List<BreakoutTool> breakoutTools() {
        return List.of(
                new BreakoutTool("readiness", "readiness.tool.sheet", Material2OutlinedMZ.TRACK_CHANGES,
                        group -> GroupViews.worksheet(sheetFor(group))),
                new BreakoutTool("gap", "readiness.tool.gap", Material2OutlinedAL.COMPARE_ARROWS,
                        group -> GroupViews.gaps(gapsFor(group), sheetFor(group))));
    }

    private ReadinessViewModel sheetFor(String group) {
        return groupSheets.computeIfAbsent(group, g -> {
            ReadinessViewModel m = new ReadinessViewModel(shell);
            m.setGroup(g);
            return m;
        });
    }

    private GapViewModel gapsFor(String group) {
        return groupGaps.computeIfAbsent(group, g -> {
            GapViewModel m = new GapViewModel(shell);
            m.setGroup(g);
            // an element group chooses its dimension once for both tools
            m.dimensionProperty().bindBidirectional(sheetFor(g).dimensionProperty());
            return m;
        });
    }

    /** Words made by the view models are made again in the new language. */
    public void languageChanged() {
        readiness.refresh();
        gaps.refresh();
        groupSheets.values().forEach(ReadinessViewModel::refresh);
        groupGaps.values().forEach(GapViewModel::refresh);
    }

    public ReadinessViewModel readiness() {
        return readiness;
    }

    public GapViewModel gaps() {
        return gaps;
    }
}
