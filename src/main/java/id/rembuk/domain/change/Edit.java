package id.rembuk.domain.change;

import java.util.Set;
import java.util.UUID;

/**
 * What a user asks for: set one field of one entity. The store turns it into a {@link Change}.
 *
 * @param replaces the changes the new one supersedes; {@code null} means every current value of the
 *                 field, so writing a field also resolves a conflict on it. Undo names exactly the
 *                 changes it takes back, so a value merged in meanwhile is kept as a visible conflict.
 */
public record Edit(String kind, String entityId, String field, String value, Set<UUID> replaces) {

    public Edit {
        replaces = replaces == null ? null : Set.copyOf(replaces);
    }

    public Edit(String kind, String entityId, String field, String value) {
        this(kind, entityId, field, value, null);
    }

    public static Edit set(String kind, String entityId, String field, String value) {
        return new Edit(kind, entityId, field, value);
    }

    public static Edit delete(String kind, String entityId) {
        return new Edit(kind, entityId, Change.DELETED, "1");
    }

    public static Edit restore(String kind, String entityId) {
        return new Edit(kind, entityId, Change.DELETED, null);
    }

    public FieldKey fieldKey() {
        return new FieldKey(kind, entityId, field);
    }
}
