package id.rembuk.ui.programme;

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

/**
 * The programme matrix: a sidebar area with every dimension for the facilitator, a tab on each
 * dimension group's screen fixed to its dimension, and a dimension's programmes on the room's
 * screen. The view models live as long as the app; views are built each time they are shown.
 */
public final class ProgrammeFeature {
    public static final String AREA = "programme";
    public static final String TITLE_KEY = "programme.nav";

    private final ShellViewModel shell;
    private final Consumer<Supplier<Node>> projector;
    private final ProgrammeViewModel vm;
    private final Map<String, ProgrammeViewModel> groups = new HashMap<>();

    /** @param projector shows a node on the room's screen (the run feature's {@code projector()::showPleno}) */
    public ProgrammeFeature(ShellViewModel shell, Consumer<Supplier<Node>> projector) {
        this.shell = shell;
        this.projector = projector;
        this.vm = new ProgrammeViewModel(shell);
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, TITLE_KEY, Material2OutlinedAL.ACCOUNT_TREE,
                () -> new ProgrammeView(vm, true, this::project).root()));
        navigation.addShortcuts(TITLE_KEY, List.of(new Shortcut("← → ↑ ↓", "programme.keys.arrows"),
                new Shortcut("Enter / F2", "programme.keys.edit"), new Shortcut("Esc", "programme.keys.escape"),
                new Shortcut("Insert", "programme.keys.add"), new Shortcut("Delete", "programme.keys.delete"),
                new Shortcut("Alt+↑ / ↓", "programme.keys.move"),
                new Shortcut("Ctrl+Enter", "programme.keys.formSave"), new Shortcut("Ctrl+F", "programme.keys.search")));
    }

    /** The matrix as a tab of a group's screen; a group of an element (Tahap I) is told why there is none. */
    public List<BreakoutTool> breakoutTools() {
        return List.of(new BreakoutTool(AREA, TITLE_KEY, Material2OutlinedAL.ACCOUNT_TREE, this::groupView));
    }

    private Node groupView(String groupId) {
        Optional<Dimension> d = Dimension.ofCode(groupId);
        if (d.isEmpty()) {
            Label why = new Label(Messages.get("programme.group.element"), new FontIcon(Material2OutlinedAL.INFO));
            why.setWrapText(true);
            why.getStyleClass().add("programme-banner");
            why.setMaxWidth(640);
            StackPane pane = new StackPane(why);
            pane.setPadding(new Insets(24));
            pane.getStyleClass().add("programme");
            pane.getStylesheets().add(ProgrammeView.CSS);
            return pane;
        }
        ProgrammeViewModel g = groups.computeIfAbsent(groupId, id -> {
            ProgrammeViewModel m = new ProgrammeViewModel(shell);
            m.dimensionProperty().set(d.get());
            return m;
        });
        return new ProgrammeView(g, false, null).root();
    }

    /** Puts one dimension's programmes on the room's screen; it follows the session while shown. */
    public void project(Dimension d) {
        projector.accept(() -> new ProgrammeProjector(shell.stateProperty(), d).root());
    }

    public ProgrammeViewModel viewModel() {
        return vm;
    }

    /** Words the view models formatted are made again in the new language. */
    public void languageChanged() {
        vm.refreshText();
        groups.values().forEach(ProgrammeViewModel::refreshText);
    }
}
