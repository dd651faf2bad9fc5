package id.rembuk.domain.change;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One immutable edit of one field of one entity. A session is the set of its changes; every other
 * table is derived from that set, which is why merging two files is a plain set union.
 *
 * @param id         random, globally unique; two files holding the same id hold the same edit
 * @param kind       entity kind code, see {@link id.rembuk.domain.EntityKind}
 * @param entityId   stable id of the entity (UUID text, or a deterministic code such as a group's)
 * @param field      field name; {@link #DELETED} marks deletion
 * @param value      new value as text, {@code null} clears the field
 * @param supersedes ids of the changes to the same field that the writer saw as current
 * @param hlc        hybrid logical clock stamp: display order only, never decides a winner
 * @param replica    the laptop (session file copy) that wrote it
 */
public record Change(UUID id, String kind, String entityId, String field, String value,
                     Set<UUID> supersedes, long hlc, UUID replica) {

    /** Field written with "1" to delete an entity and "0" (or null) to restore it. */
    public static final String DELETED = "_deleted";

    /**
     * Written with every deletion: the ids of the entity's current values the deleter saw, so an
     * edit made meanwhile on another laptop shows as a delete-vs-edit conflict (see {@link Conflicts}).
     */
    public static final String DELETED_SEEN = "_deleted_seen";

    /** Most changes one change may supersede: far above any real conflict, within the file's column. */
    public static final int MAX_SUPERSEDES = 200;
    /** Longest kind code the file's column holds. */
    public static final int MAX_KIND_LENGTH = 64;

    /** Longest value a field holds: a long minutes note fits, a pasted book does not. */
    public static final int MAX_VALUE_LENGTH = 65_536;

    public Change {
        Objects.requireNonNull(id, "id");
        requireCode(kind, "kind");
        requireText(entityId, "entityId");
        requireCode(field, "field");
        Objects.requireNonNull(replica, "replica");
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("value longer than " + MAX_VALUE_LENGTH + " characters: "
                    + kind + "." + field);
        }
        if (kind.length() > MAX_KIND_LENGTH) {
            throw new IllegalArgumentException("kind longer than " + MAX_KIND_LENGTH + " characters: " + kind);
        }
        if (supersedes.size() > MAX_SUPERSEDES) {
            throw new IllegalArgumentException("a change supersedes more than " + MAX_SUPERSEDES + " others: " + id);
        }
        supersedes = Set.copyOf(supersedes);
        if (supersedes.contains(id)) {
            throw new IllegalArgumentException("a change cannot supersede itself: " + id);
        }
    }

    public FieldKey fieldKey() {
        return new FieldKey(kind, entityId, field);
    }

    public EntityKey entityKey() {
        return new EntityKey(kind, entityId);
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank() || s.length() > 200) {
            throw new IllegalArgumentException(what + " must be 1..200 characters: " + s);
        }
    }

    private static void requireCode(String s, String what) {
        requireText(s, what);
        if (!s.matches("[a-z_][a-z0-9_.]*")) {
            throw new IllegalArgumentException(what + " must be a lower-case code: " + s);
        }
    }
}
