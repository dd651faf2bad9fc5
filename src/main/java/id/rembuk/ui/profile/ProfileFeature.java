package id.rembuk.ui.profile;

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
 * The Buku IV profiles of the quick wins: a sidebar area for the facilitator (Tahap III–IV) and a
 * one-page profile on the room's screen when an OPD presents its quick win. The view model lives
 * as long as the app; the view is built each time it is shown.
 */
public final class ProfileFeature {
    public static final String AREA = "profile";
    public static final String TITLE_KEY = "profile.nav";

    private final ShellViewModel shell;
    private final Consumer<Supplier<Node>> projector;
    private final ProfileViewModel vm;

    /** @param projector shows a node on the room's screen (the run feature's {@code projector()::showPleno}) */
    public ProfileFeature(ShellViewModel shell, Consumer<Supplier<Node>> projector) {
        this.shell = shell;
        this.projector = projector;
        this.vm = new ProfileViewModel(shell);
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, TITLE_KEY, Material2OutlinedAL.DESCRIPTION,
                () -> new ProfileView(vm, this::project).root()));
        navigation.addShortcuts(TITLE_KEY, List.of(new Shortcut("Ctrl+↑ / ↓", "profile.keys.next"),
                new Shortcut("Tab / Shift+Tab", "profile.keys.tab"), new Shortcut("Ctrl+Enter", "profile.keys.save"),
                new Shortcut("Esc", "profile.keys.revert"), new Shortcut("Insert", "profile.keys.insert"),
                new Shortcut("Ctrl+Delete", "profile.keys.remove")));
    }

    /** Puts one quick win's profile on the room's screen; it follows the session while shown. */
    public void project(String quickWinId) {
        if (quickWinId != null) {
            projector.accept(() -> new ProfileProjector(shell.stateProperty(), quickWinId).root());
        }
    }

    public ProfileViewModel viewModel() {
        return vm;
    }

    /** Words the view model formatted are made again in the new language. */
    public void languageChanged() {
        vm.refreshText();
    }
}
