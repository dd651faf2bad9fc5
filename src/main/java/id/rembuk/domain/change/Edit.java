package id.rembuk.domain.change;

/**
 * What a user asks for: set one field of one entity. The store turns it into a {@link Change}
 * that supersedes every current value of that field, so writing a field also resolves a conflict on it.
 */
public record Edit(String kind, String entityId, String field, String value) {

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
