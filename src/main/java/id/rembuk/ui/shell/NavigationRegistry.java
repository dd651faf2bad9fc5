package id.rembuk.ui.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The areas the sidebar offers, in order. Features register their area in the composition root,
 * so the sidebar only ever shows what exists.
 */
public final class NavigationRegistry {
    private final List<NavArea> areas = new ArrayList<>();
    private final StringProperty selected = new SimpleStringProperty();

    public void register(NavArea area) {
        if (areas.stream().anyMatch(a -> a.id().equals(area.id()))) {
            throw new IllegalArgumentException("area registered twice: " + area.id());
        }
        areas.add(area);
        if (selected.get() == null) {
            selected.set(area.id());
        }
    }

    public List<NavArea> areas() {
        return Collections.unmodifiableList(areas);
    }

    /** The id of the area on screen; kept across window rebuilds. */
    public StringProperty selectedProperty() {
        return selected;
    }
}
