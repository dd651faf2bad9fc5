package id.rembuk.domain.change;

import java.util.Map;
import java.util.Optional;

/**
 * All current fields of one entity, derived from the change set.
 *
 * @param provenance who created it and who changed it last; null only for a state made up
 *                   outside a change set (a preview of an edit)
 */
public record EntityState(EntityKey key, Map<String, FieldState> fields, Provenance provenance) {

    public EntityState {
        fields = Map.copyOf(fields);
    }

    public EntityState(EntityKey key, Map<String, FieldState> fields) {
        this(key, fields, null);
    }

    public Optional<Provenance> origin() {
        return Optional.ofNullable(provenance);
    }

    public boolean deleted() {
        FieldState d = fields.get(Change.DELETED);
        return d != null && "1".equals(d.value());
    }

    /** Exists for the user: not deleted, and some field other than the deletion mark holds a value. */
    public boolean live() {
        return !deleted() && fields.entrySet().stream()
                .anyMatch(f -> !f.getKey().startsWith("_") && f.getValue().value() != null);
    }

    public Optional<String> get(String field) {
        FieldState f = fields.get(field);
        return f == null ? Optional.empty() : Optional.ofNullable(f.value());
    }

    public String getOr(String field, String fallback) {
        return get(field).orElse(fallback);
    }

    public boolean hasConflict() {
        return fields.values().stream().anyMatch(EntityState::openConflict);
    }

    /** A conflict someone must settle; the deletion's bookkeeping field is merged, never shown. */
    static boolean openConflict(FieldState f) {
        return f.conflicted() && !f.key().field().equals(Change.DELETED_SEEN);
    }
}
