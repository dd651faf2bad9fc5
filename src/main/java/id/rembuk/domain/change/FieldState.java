package id.rembuk.domain.change;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The current value(s) of one field: the changes to it that no other change supersedes.
 * One head is a plain value; several heads are a conflict that stays until someone writes the field.
 */
public record FieldState(FieldKey key, List<Change> heads) {

    /** Newest stamp first, id as the tie-break, so every replica shows the same value for a conflict. */
    public static final Comparator<Change> DISPLAY_ORDER =
            Comparator.comparingLong(Change::hlc).reversed().thenComparing(Change::id);

    public FieldState {
        Objects.requireNonNull(key, "key");
        heads = heads.size() == 1 ? List.of(heads.get(0)) : heads.stream().sorted(DISPLAY_ORDER).toList();
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("a field state needs at least one head: " + key);
        }
    }

    /** The value shown; for a conflict, the first head in {@link #DISPLAY_ORDER}. */
    public String value() {
        return heads.get(0).value();
    }

    public boolean conflicted() {
        return heads.stream().map(Change::value).distinct().count() > 1;
    }
}
