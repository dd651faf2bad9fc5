package id.rembuk.ui.conflicts;

import id.rembuk.domain.change.EntityKey;
import id.rembuk.domain.change.SessionState;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The provenance line of any item of the open session, for a view model that holds the session's
 * state: it is told the laptops' names once (by the shell), and until then names a laptop by its id.
 */
public final class Origins {
    private final ObservableValue<SessionState> state;
    private ObservableValue<Map<UUID, String>> names = new SimpleObjectProperty<>(Map.of());

    public Origins(ObservableValue<SessionState> state) {
        this.state = state;
    }

    /** The laptops' names (the shell's {@code replicasProperty()}). */
    public Origins names(ObservableValue<Map<UUID, String>> replicas) {
        this.names = replicas;
        return this;
    }

    /** "Dibuat: Kelompok GOV · Laptop X, Sen 7 Des 08.14 · Diubah terakhir: …", or "" for no such item. */
    public String of(String kind, String id) {
        return id == null ? "" : ProvenanceLine.text(state.getValue(), names.getValue(), new EntityKey(kind, id),
                ZoneId.systemDefault());
    }
}
