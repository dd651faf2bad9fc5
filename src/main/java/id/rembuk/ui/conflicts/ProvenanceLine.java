package id.rembuk.ui.conflicts;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.change.EntityKey;
import id.rembuk.domain.change.SessionState;
import id.rembuk.ui.Observe;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * One muted line under an item saying which group's laptop created it and which changed it last,
 * kept current as edits and merges arrive. Any view can add one for the item it shows.
 */
public final class ProvenanceLine {
    public static final String STYLE = "provenance-line";

    private ProvenanceLine() {
    }

    /**
     * A line for the item {@code entity} names (null: no item, an empty line), refreshed when the
     * session, the laptops' names or any of {@code alsoOn} change.
     */
    public static Label of(ObservableValue<SessionState> state, ObservableValue<Map<UUID, String>> replicas,
                           Supplier<EntityKey> entity, Observable... alsoOn) {
        Label line = new Label();
        line.setId("provenance");
        line.getStyleClass().addAll(STYLE, Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        line.setWrapText(true);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        line.setGraphic(new FontIcon(Material2OutlinedAL.HISTORY));
        // the label holds the listener; the session properties (which outlive it) only weakly
        Observable[] sources = new Observable[alsoOn.length + 2];
        sources[0] = state;
        sources[1] = replicas;
        System.arraycopy(alsoOn, 0, sources, 2, alsoOn.length);
        Observe.whileAlive(line, () -> {
            String t = text(state.getValue(), replicas.getValue(), entity.get(), ZoneId.systemDefault());
            line.setText(t);
            line.setVisible(!t.isEmpty());
            line.setManaged(!t.isEmpty());
        }, sources);
        return line;
    }

    /** The line's text for one item of a state; empty when there is no such item. */
    public static String text(SessionState state, Map<UUID, String> replicas, EntityKey entity, ZoneId zone) {
        if (state == null || entity == null) {
            return "";
        }
        return new ProvenanceText(replicas, zone).of(state.all().get(entity));
    }
}
