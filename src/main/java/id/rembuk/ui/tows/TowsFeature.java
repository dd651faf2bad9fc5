package id.rembuk.ui.tows;

import id.rembuk.domain.Dimension;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.breakout.BreakoutTool;
import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.shell.Shortcut;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The TOWS strategies: a sidebar area with a dimension chooser for the facilitator, a tab on each
 * dimension group's screen fixed to its dimension, and the matrix on the room's screen. The view
 * models live as long as the app; views are built each time they are shown.
 */
public final class TowsFeature {
    public static final String AREA = "tows";
    public static final String TITLE_KEY = "tows.nav";

    private final ShellViewModel shell;
    private final Consumer<Supplier<Node>> projector;
    private final TowsViewModel vm;
    private final Map<String, TowsViewModel> groups = new HashMap<>();

    /** @param projector shows a node on the room's screen (the run feature's {@code projector()::showPleno}) */
    public TowsFeature(ShellViewModel shell, Consumer<Supplier<Node>> projector) {
        this.shell = shell;
        this.projector = projector;
        this.vm = new TowsViewModel(shell);
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, TITLE_KEY, Material2OutlinedMZ.TABLE_CHART,
                () -> new TowsView(vm, true, () -> project(vm.dimensionProperty().get())).root()));
        navigation.addShortcuts(TITLE_KEY, List.of(new Shortcut("Insert", "tows.keys.add"),
                new Shortcut("Enter / F2", "tows.keys.edit"), new Shortcut("Delete", "tows.keys.delete"),
                new Shortcut("Alt+↑ / ↓", "tows.keys.move"), new Shortcut("run.keycap.space", "tows.keys.tick"),
                new Shortcut("Esc", "tows.keys.escape")));
    }

    /** The matrix as a tab of a group's screen; a group of an element (Tahap I) is told why there is none. */
    public List<BreakoutTool> breakoutTools() {
        return List.of(new BreakoutTool(AREA, TITLE_KEY, Material2OutlinedMZ.TABLE_CHART, this::groupView));
    }

    private Node groupView(String groupId) {
        Optional<Dimension> d = Dimension.ofCode(groupId);
        if (d.isEmpty()) {
            Label why = new Label(Messages.get("tows.group.element"), new FontIcon(Material2OutlinedAL.INFO));
            why.setWrapText(true);
            why.getStyleClass().add("tows-banner");
            why.setMaxWidth(640);
            StackPane pane = new StackPane(why);
            pane.setPadding(new Insets(24));
            pane.getStyleClass().add("tows");
            pane.getStylesheets().add(TowsView.CSS);
            return pane;
        }
        TowsViewModel g = groups.computeIfAbsent(groupId, id -> {
            TowsViewModel m = new TowsViewModel(shell);
            m.dimensionProperty().set(d.get());
            return m;
        });
        return new TowsView(g, false, null).root();
    }

    /** Puts one dimension's matrix on the room's screen; it follows the session while shown. */
    public void project(Dimension d) {
        projector.accept(() -> new TowsProjector(shell.stateProperty(), d).root());
    }

    public TowsViewModel viewModel() {
        return vm;
    }

    /** Words the view models formatted are made again in the new language. */
    public void languageChanged() {
        vm.refreshText();
        groups.values().forEach(TowsViewModel::refreshText);
    }
}
