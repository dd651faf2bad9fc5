package id.rembuk.participants;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The user's choices over a preview. By default a row is added, unless it has errors or
 * probably is a participant the session already has: those rows are skipped.
 *
 * @param forDuplicates   what to do with rows that match a participant of the session (default SKIP)
 * @param dropBadFields   import rows whose only errors are bad NIP, phone or e-mail values, without those values
 * @param rows            per-row decisions, by Excel row number; they win over the two above
 * @param dropBadFieldsIn rows to import without their bad values
 */
public record Choices(Decision forDuplicates, boolean dropBadFields, Map<Integer, Decision> rows,
                      Set<Integer> dropBadFieldsIn) {

    public Choices {
        Objects.requireNonNull(forDuplicates, "forDuplicates");
        rows = Map.copyOf(rows);
        dropBadFieldsIn = Set.copyOf(dropBadFieldsIn);
    }

    public static Choices defaults() {
        return new Choices(Decision.SKIP, false, Map.of(), Set.of());
    }

    public Choices withDuplicates(Decision d) {
        return new Choices(d, dropBadFields, rows, dropBadFieldsIn);
    }

    public Choices withBadFieldsDropped() {
        return new Choices(forDuplicates, true, rows, dropBadFieldsIn);
    }

    public Choices with(int row, Decision d) {
        Map<Integer, Decision> m = new HashMap<>(rows);
        m.put(row, d);
        return new Choices(forDuplicates, dropBadFields, m, dropBadFieldsIn);
    }

    public Choices withBadFieldsDropped(int row) {
        Set<Integer> s = new HashSet<>(dropBadFieldsIn);
        s.add(row);
        return new Choices(forDuplicates, dropBadFields, rows, s);
    }

    public boolean dropsBadFields(int row) {
        return dropBadFields || dropBadFieldsIn.contains(row);
    }

    /** The decision for a row: the user's, or the default for rows like it. */
    public Decision decisionFor(RowPreview r) {
        Decision d = rows.get(r.row());
        if (d != null) {
            return d;
        }
        return r.isDuplicateOfExisting() ? forDuplicates : Decision.ADD;
    }
}
