package id.rembuk.domain.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Incremental form of {@link SessionState#fold}: changes may be added one by one, in any order and
 * more than once, and {@link #snapshot()} always equals the fold of the set added so far.
 * Not thread-safe: the store confines it to its database thread.
 */
public final class ChangeIndex {
    private final Map<UUID, Change> byId = new HashMap<>();
    private final Set<UUID> superseded = new HashSet<>();
    private final Map<FieldKey, List<Change>> heads = new HashMap<>();
    private SessionState snapshot = SessionState.empty();
    private boolean dirty;

    /** Adds a change; returns false if it was already known (merging twice changes nothing). */
    public boolean add(Change c) {
        if (byId.putIfAbsent(c.id(), c) != null) {
            return false;
        }
        superseded.addAll(c.supersedes());
        // a superseded change stops being a head wherever it is, as in the fold (a well-formed change
        // only supersedes its own field, but a merged file is not trusted to be well formed)
        for (UUID s : c.supersedes()) {
            Change old = byId.get(s);
            if (old != null) {
                removeHead(old);
            }
        }
        if (!superseded.contains(c.id())) {
            heads.computeIfAbsent(c.fieldKey(), k -> new ArrayList<>()).add(c);
        }
        dirty = true;
        return true;
    }

    private void removeHead(Change old) {
        List<Change> list = heads.get(old.fieldKey());
        if (list != null && list.remove(old) && list.isEmpty()) {
            heads.remove(old.fieldKey());
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
        heads.getOrDefault(key, List.of()).forEach(h -> ids.add(h.id()));
        return ids;
    }

    public boolean isHead(Change c) {
        return heads.getOrDefault(c.fieldKey(), List.of()).contains(c);
    }

    public List<Change> heads(FieldKey key) {
        return List.copyOf(heads.getOrDefault(key, List.of()));
    }

    public SessionState snapshot() {
        if (dirty) {
            snapshot = SessionState.fromHeads(heads);
            dirty = false;
        }
        return snapshot;
    }
}
