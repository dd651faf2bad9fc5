package id.rembuk.domain.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Incremental form of {@link SessionState#fold}: changes may be added one by one, in any order and
 * more than once, and {@link #snapshot()} always equals the fold of the set added so far.
 * A snapshot rebuilds only the entities touched since the last one, so one edit on a session of
 * 10,000 items costs a map copy, not a refold. Not thread-safe: the store confines it to its
 * database thread.
 */
public final class ChangeIndex {
    private final Map<UUID, Change> byId = new HashMap<>();
    private final Set<UUID> superseded = new HashSet<>();
    private final Map<EntityKey, Map<String, List<Change>>> heads = new HashMap<>();
    private final TreeMap<EntityKey, EntityState> entities = new TreeMap<>();
    private final Set<EntityKey> dirty = new HashSet<>();
    private final Map<EntityKey, Provenance> provenance = new HashMap<>();
    private SessionState snapshot = SessionState.empty();

    /** Adds a change; returns false if it was already known (merging twice changes nothing). */
    public boolean add(Change c) {
        if (byId.putIfAbsent(c.id(), c) != null) {
            return false;
        }
        superseded.addAll(c.supersedes());
        provenance.merge(c.entityKey(), Provenance.of(c), (old, one) -> old.with(c));
        dirty.add(c.entityKey());
        // a superseded change stops being a head wherever it is, as in the fold (a well-formed change
        // only supersedes its own field, but a merged file is not trusted to be well formed)
        for (UUID s : c.supersedes()) {
            Change old = byId.get(s);
            if (old != null) {
                removeHead(old);
            }
        }
        if (!superseded.contains(c.id())) {
            heads.computeIfAbsent(c.entityKey(), k -> new HashMap<>())
                    .computeIfAbsent(c.field(), k -> new ArrayList<>()).add(c);
            dirty.add(c.entityKey());
        }
        return true;
    }

    private void removeHead(Change old) {
        Map<String, List<Change>> fields = heads.get(old.entityKey());
        if (fields == null) {
            return;
        }
        List<Change> list = fields.get(old.field());
        if (list != null && list.remove(old)) {
            if (list.isEmpty()) {
                fields.remove(old.field());
            }
            if (fields.isEmpty()) {
                heads.remove(old.entityKey());
            }
            dirty.add(old.entityKey());
        }
    }

    public int addAll(Collection<Change> changes) {
        int added = 0;
        for (Change c : changes) {
            if (add(c)) {
                added++;
            }
        }
        return added;
    }

    public boolean contains(UUID id) {
        return byId.containsKey(id);
    }

    public Optional<Change> get(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    public Set<UUID> headIds(FieldKey key) {
        Set<UUID> ids = new HashSet<>();
        heads(key).forEach(h -> ids.add(h.id()));
        return ids;
    }

    public boolean isHead(Change c) {
        return heads(c.fieldKey()).contains(c);
    }

    public List<Change> heads(FieldKey key) {
        Map<String, List<Change>> fields = heads.get(key.entity());
        return fields == null ? List.of() : List.copyOf(fields.getOrDefault(key.field(), List.of()));
    }

    public SessionState snapshot() {
        if (!dirty.isEmpty()) {
            for (EntityKey key : dirty) {
                Map<String, List<Change>> fields = heads.get(key);
                if (fields == null) {
                    entities.remove(key);
                    continue;
                }
                Map<String, FieldState> states = new HashMap<>();
                fields.forEach((field, list) -> states.put(field,
                        new FieldState(new FieldKey(key.kind(), key.id(), field), list)));
                entities.put(key, new EntityState(key, states, provenance.get(key)));
            }
            dirty.clear();
            snapshot = SessionState.of(new TreeMap<>(entities));
        }
        return snapshot;
    }
}
