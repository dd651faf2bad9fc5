package id.rembuk.domain.change;

import java.util.Comparator;
import java.util.Objects;

/**
 * Who created an item and who changed it last: the entity's earliest and newest change by stamp
 * (the stamp orders display only; it decides no value). Both come from the change set, so every
 * replica holding the same edits tells the same story.
 */
public record Provenance(EntityKey entity, Change created, Change lastChanged, int changes) {

    static final Comparator<Change> BY_STAMP = Comparator.comparingLong(Change::hlc).thenComparing(Change::id);

    public Provenance {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastChanged, "lastChanged");
    }

    /** This provenance with one more change of the entity taken into account. */
    Provenance with(Change c) {
        Change first = BY_STAMP.compare(c, created) < 0 ? c : created;
        Change last = BY_STAMP.compare(c, lastChanged) > 0 ? c : lastChanged;
        return new Provenance(entity, first, last, changes + 1);
    }

    static Provenance of(Change c) {
        return new Provenance(c.entityKey(), c, c, 1);
    }
}
