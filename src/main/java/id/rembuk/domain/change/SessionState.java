package id.rembuk.domain.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The current state of a session as a pure function of its change set: for every field, the
 * changes that no other change supersedes. Whatever order changes arrive in, and however often,
 * the same set gives the same state; this is what makes merging safe.
 */
public final class SessionState {
    private final Map<EntityKey, EntityState> entities;

    private SessionState(Map<EntityKey, EntityState> entities) {
        this.entities = entities;
    }

    public static SessionState empty() {
        return new SessionState(Map.of());
    }

    public static SessionState fold(Collection<Change> changes) {
        Set<UUID> superseded = new HashSet<>();
        Map<UUID, Change> byId = new HashMap<>();
        for (Change c : changes) {
            byId.putIfAbsent(c.id(), c);
        }
        for (Change c : byId.values()) {
            superseded.addAll(c.supersedes());
        }
        Map<FieldKey, List<Change>> heads = new HashMap<>();
        Map<EntityKey, Provenance> origins = new HashMap<>();
        for (Change c : byId.values()) {
            if (!superseded.contains(c.id())) {
                heads.computeIfAbsent(c.fieldKey(), k -> new ArrayList<>()).add(c);
            }
            origins.merge(c.entityKey(), Provenance.of(c), (old, one) -> old.with(c));
        }
        Map<EntityKey, Map<String, FieldState>> fields = new TreeMap<>();
        heads.forEach((key, list) -> fields.computeIfAbsent(key.entity(), k -> new HashMap<>())
                .put(key.field(), new FieldState(key, list)));
        Map<EntityKey, EntityState> entities = new TreeMap<>();
        fields.forEach((key, map) -> entities.put(key, new EntityState(key, map, origins.get(key))));
        return new SessionState(java.util.Collections.unmodifiableMap(entities));
    }

    /** Wraps entity states already built (by {@link ChangeIndex}); the map must not change afterwards. */
    static SessionState of(Map<EntityKey, EntityState> entities) {
        return new SessionState(java.util.Collections.unmodifiableMap(entities));
    }

    /** Every entity ever written, deleted ones included (history and merge need them). */
    public Map<EntityKey, EntityState> all() {
        return entities;
    }

    /** Live entities of one kind, in id order: not deleted and with at least one value (undoing a creation clears all). */
    public Stream<EntityState> live(String kind) {
        return entities.values().stream()
                .filter(e -> e.key().kind().equals(kind) && e.live());
    }

    public long count(String kind) {
        return live(kind).count();
    }

    public java.util.Optional<EntityState> get(String kind, String id) {
        return java.util.Optional.ofNullable(entities.get(new EntityKey(kind, id)));
    }

    /** Fields holding several current values; {@link Conflicts#of} adds the delete-vs-edit ones. */
    public List<FieldState> conflicts() {
        return entities.values().stream()
                .flatMap(e -> e.fields().values().stream())
                .filter(EntityState::openConflict)
                .toList();
    }

    /** The heads of one field, the ids a new edit of it supersedes. */
    public Set<UUID> headIds(FieldKey key) {
        EntityState e = entities.get(key.entity());
        if (e == null || !e.fields().containsKey(key.field())) {
            return Set.of();
        }
        Set<UUID> ids = new HashSet<>();
        e.fields().get(key.field()).heads().forEach(h -> ids.add(h.id()));
        return ids;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionState s && s.entities.equals(entities);
    }

    @Override
    public int hashCode() {
        return entities.hashCode();
    }
}
