package id.rembuk.ui.conflicts;

import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.shell.Shortcut;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The conflicts area in the sidebar; its model lives as long as the app, the view comes and goes. */
public final class ConflictsFeature {
    public static final String AREA = "conflicts";
    public static final String TITLE_KEY = "conflicts.nav";

    private final ConflictsViewModel vm;

    public ConflictsFeature(ShellViewModel shell, ZoneId zone) {
        this.vm = new ConflictsViewModel(shell.stateProperty(), shell.replicasProperty(), shell::apply, zone);
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, TITLE_KEY, Material2OutlinedMZ.MERGE_TYPE,
                () -> new ConflictsView(vm).root()));
        navigation.badge(AREA, vm.countProperty());
        navigation.addShortcuts(TITLE_KEY, List.of(new Shortcut("↑ / ↓", "conflicts.keys.move"),
                new Shortcut("← / →", "conflicts.keys.choose"), new Shortcut("Enter", "conflicts.keys.take"),
                new Shortcut("1–9", "conflicts.keys.number"), new Shortcut("G", "conflicts.keys.combine"),
                new Shortcut("N", "conflicts.keys.rewrite")));
    }

    /** How many conflicts are open, for a badge or a count elsewhere. */
    public ReadOnlyIntegerProperty countProperty() {
        return vm.countProperty();
    }

    public ConflictsViewModel viewModel() {
        return vm;
    }

    public void languageChanged() {
        vm.refreshText();
    }
}
