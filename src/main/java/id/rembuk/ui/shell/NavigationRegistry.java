package id.rembuk.ui.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.input.KeyEvent;

/**
 * The areas the sidebar offers, in order. Features register their area in the composition root,
 * so the sidebar only ever shows what exists.
 */
public final class NavigationRegistry {
    private final List<NavArea> areas = new ArrayList<>();
    private final StringProperty selected = new SimpleStringProperty();
    private final List<KeyFilter> keyFilters = new ArrayList<>();
    private final Map<String, List<Shortcut>> shortcuts = new LinkedHashMap<>();
    private final Map<String, String> sections = new LinkedHashMap<>();
    private String pendingSection;
    private final Map<String, javafx.beans.value.ObservableIntegerValue> badges = new LinkedHashMap<>();

    /**
     * Starts a titled group of areas: the next area registered opens it. Sixteen areas do not fit a
     * 768 px laptop as one list; three short headings keep them in view and show the day's order.
     */
    public void section(String titleKey) {
        pendingSection = titleKey;
    }

    /** The heading key shown above an area, if the area opens a section. */
    public java.util.Optional<String> sectionBefore(String areaId) {
        return java.util.Optional.ofNullable(sections.get(areaId));
    }

    public void register(NavArea area) {
        if (areas.stream().anyMatch(a -> a.id().equals(area.id()))) {
            throw new IllegalArgumentException("area registered twice: " + area.id());
        }
        areas.add(area);
        if (pendingSection != null) {
            sections.put(area.id(), pendingSection);
            pendingSection = null;
        }
        if (selected.get() == null) {
            selected.set(area.id());
        }
    }

    /**
     * A live count shown beside an area's name in the sidebar when it is above zero (the open
     * conflicts), so work waiting for the facilitator is seen from every area.
     */
    public void badge(String areaId, javafx.beans.value.ObservableIntegerValue count) {
        badges.put(areaId, count);
    }

    public java.util.Optional<javafx.beans.value.ObservableIntegerValue> badgeOf(String areaId) {
        return java.util.Optional.ofNullable(badges.get(areaId));
    }

    /** Single-key commands of a feature, asked in registration order. */
    public void addKeyFilter(KeyFilter filter) {
        keyFilters.add(filter);
    }

    /** Lists a feature's keys in the F1 overlay under the heading {@code titleKey}. */
    public void addShortcuts(String titleKey, List<Shortcut> keys) {
        shortcuts.put(titleKey, List.copyOf(keys));
    }

    public Map<String, List<Shortcut>> shortcuts() {
        return Collections.unmodifiableMap(shortcuts);
    }

    /** Offers a key press to the features; true if one used it. */
    public boolean handleKey(KeyEvent event) {
        for (KeyFilter f : keyFilters) {
            if (f.handle(event, selected.get())) {
                return true;
            }
        }
        return false;
    }

    public List<NavArea> areas() {
        return Collections.unmodifiableList(areas);
    }

    /** The id of the area on screen; kept across window rebuilds. */
    public StringProperty selectedProperty() {
        return selected;
    }
}
