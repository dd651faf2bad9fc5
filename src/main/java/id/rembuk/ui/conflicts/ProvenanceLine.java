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
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * One small muted line under an item saying which group's laptop created it and which changed it
 * last ("Dibuat: Kelompok GOV · Laptop X, Sen 7 Des 08.14 · Diubah terakhir: …"). It takes no room
 * while it has nothing to say, so a view can add one for whatever item it shows.
 */
public final class ProvenanceLine {
    public static final String STYLE = "provenance-line";

    private ProvenanceLine() {
    }

    /** An empty line; set its text (an {@link Origins} or {@link ProvenanceText} gives it). */
    public static Label label() {
        Label line = new Label();
        line.getStyleClass().addAll(STYLE, Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.setGraphic(new FontIcon(Material2OutlinedAL.HISTORY));
        line.setVisible(false);
        line.setManaged(false);
        line.textProperty().addListener((o, old, t) -> {
            line.setVisible(t != null && !t.isEmpty());
            line.setManaged(line.isVisible());
        });
        return line;
    }

    /** A line that asks {@code text} again whenever one of {@code sources} changes, while the line lives. */
    public static Label of(Supplier<String> text, Observable... sources) {
        Label line = label();
        Observe.whileAlive(line, () -> line.setText(text.get()), sources);
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
