package id.rembuk.ui.conflicts;

import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.Hlc;
import id.rembuk.domain.change.Provenance;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.UiFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * Who wrote what, when, as the facilitator reads it: "Dibuat: Kelompok GOV · Laptop X, Sen 7 Des
 * 08.14 · Diubah terakhir: Laptop Fasilitator, 10.02". The time is the writing laptop's clock, so
 * it is shown, never used to decide anything.
 */
public final class ProvenanceText {
    private final Map<UUID, String> replicas;
    private final ZoneId zone;

    public ProvenanceText(Map<UUID, String> replicas, ZoneId zone) {
        this.replicas = replicas == null ? Map.of() : replicas;
        this.zone = zone;
    }

    /** The line for one item; empty when the item has no history (a preview). */
    public String of(EntityState e) {
        return e == null ? "" : e.origin().map(this::of).orElse("");
    }

    public String of(Provenance p) {
        String created = Messages.get("conflicts.provenance.created", who(p.created()), when(p.created()));
        if (p.lastChanged().id().equals(p.created().id())) {
            return created;
        }
        String last = sameDay(p.created(), p.lastChanged()) ? time(p.lastChanged()) : when(p.lastChanged());
        return created + " · " + Messages.get("conflicts.provenance.changed", who(p.lastChanged()), last);
    }

    /** The laptop that wrote a change, by the name its file gave it. */
    public String who(Change c) {
        String label = replicas.get(c.replica());
        return label == null || label.isBlank()
                ? Messages.get("conflicts.provenance.unknown", c.replica().toString().substring(0, 8))
                : label;
    }

    /** "Sen 7 Des 08.14". */
    public String when(Change c) {
        LocalDateTime t = at(c);
        return DateTimeFormatter.ofPattern(Messages.get("conflicts.format.day"), Messages.locale()).format(t)
                + " " + UiFormat.time(t.toLocalTime());
    }

    /** "Kelompok GOV · Laptop X, Sen 7 Des 08.14". */
    public String whoAndWhen(Change c) {
        return Messages.get("conflicts.provenance.by", who(c), when(c));
    }

    private String time(Change c) {
        return UiFormat.time(at(c).toLocalTime());
    }

    private boolean sameDay(Change a, Change b) {
        LocalDate da = at(a).toLocalDate();
        return da.equals(at(b).toLocalDate());
    }

    private LocalDateTime at(Change c) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(Hlc.millis(c.hlc())), zone);
    }
}
