package id.rembuk.ui.tows;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The live records of one kind, read again after every write without parsing them all again: the
 * store's index keeps the same entity object for every entity a write did not touch, so only the
 * new objects are parsed. A board of 1,000 cards and 3,000 dots then costs a scan, not a parse,
 * per keystroke elsewhere in the session. Entities that do not make a valid record are left out,
 * as {@code Records.read} does.
 */
public final class RecordCache<T> {
    private final EntityKind kind;
    private final Function<EntityState, T> from;
    private IdentityHashMap<EntityState, Optional<T>> seen = new IdentityHashMap<>();
    private List<T> records = List.of();

    public RecordCache(EntityKind kind, Function<EntityState, T> from) {
        this.kind = kind;
        this.from = from;
    }

    /**
     * Reads the kind from a state (none when null).
     *
     * @return true if the records differ from the last read
     */
    public boolean update(SessionState state) {
        IdentityHashMap<EntityState, Optional<T>> next = new IdentityHashMap<>();
        List<T> out = new ArrayList<>();
        boolean[] changed = {false};
        if (state != null) {
            state.live(kind.code()).forEach(e -> {
                Optional<T> r = seen.get(e);
                if (r == null) {
                    changed[0] = true;
                    r = parse(e);
                }
                next.put(e, r);
                r.ifPresent(out::add);
            });
        }
        if (next.size() != seen.size()) {
            changed[0] = true;
        }
        seen = next;
        if (changed[0]) {
            records = List.copyOf(out);
        }
        return changed[0];
    }

    private Optional<T> parse(EntityState e) {
        try {
            return Optional.of(from.apply(e));
        } catch (IllegalArgumentException | NullPointerException ex) {
            return Optional.empty();
        }
    }

    /** The records of the last read, in the state's id order. */
    public List<T> records() {
        return records;
    }
}
