package id.rembuk.ui.quickwin;

import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.shell.Shortcut;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The quick-win grid (Tahap III): a sidebar area for the facilitator and the grid on the room's
 * screen. The view model lives as long as the app; views are built each time they are shown.
 */
public final class QuickWinFeature {
    public static final String AREA = "quickwin";
    public static final String TITLE_KEY = "quickwin.nav";

    private final ShellViewModel shell;
    private final Consumer<Supplier<Node>> projector;
    private final QuickWinViewModel vm;

    /** @param projector shows a node on the room's screen (the run feature's {@code projector()::showPleno}) */
    public QuickWinFeature(ShellViewModel shell, Consumer<Supplier<Node>> projector) {
        this.shell = shell;
        this.projector = projector;
        this.vm = new QuickWinViewModel(shell);
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, TITLE_KEY, Material2OutlinedAL.FLASH_ON,
                () -> new QuickWinView(vm, this::project).root()));
        navigation.addShortcuts(TITLE_KEY, List.of(new Shortcut("← ↑ → ↓", "quickwin.keys.select"),
                new Shortcut("Alt+← ↑ → ↓", "quickwin.keys.move"), new Shortcut("Alt+Backspace", "quickwin.keys.reset"),
                new Shortcut("Enter", "quickwin.keys.choose"), new Shortcut("Delete", "quickwin.keys.unchoose"),
                new Shortcut("Esc", "quickwin.keys.escape")));
    }

    /** Puts the grid on the room's screen; it follows the session while shown. */
    public void project() {
        projector.accept(() -> new QuickWinProjector(shell.stateProperty()).root());
    }

    public QuickWinViewModel viewModel() {
        return vm;
    }

    /** Words the view model formatted are made again in the new language. */
    public void languageChanged() {
        vm.refreshText();
    }
}
