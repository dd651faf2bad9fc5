package id.rembuk.domain.change;

/** Identifies one field of one entity: the unit that edits, heads and conflicts are about. */
public record FieldKey(String kind, String entityId, String field) {
    public EntityKey entity() {
        return new EntityKey(kind, entityId);
    }
}
