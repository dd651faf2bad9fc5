package id.rembuk.domain.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Undo and redo as new edits rather than erasing history, so they merge with other laptops' work
 * like any other edit. Each takes back exactly the changes of the step: a value that another
 * laptop wrote meanwhile stays, as a visible conflict, and a conflict the step resolved comes back.
 */
public final class Undo {
    private Undo() {
    }

    /** The edits that put back what {@code applied} replaced. */
    public static Action inverse(String label, List<Change> applied, Function<UUID, Optional<Change>> lookup) {
        List<Edit> edits = new ArrayList<>();
        byField(applied).forEach((key, changes) -> {
            Change first = changes.get(0);
            Change last = changes.get(changes.size() - 1);
            List<String> previous = first.supersedes().stream()
                    .map(lookup).flatMap(Optional::stream)
                    .sorted(FieldState.DISPLAY_ORDER)
                    .map(Change::value).distinct().toList();
            if (previous.isEmpty()) {
                edits.add(new Edit(key.kind(), key.entityId(), key.field(), null, Set.of(last.id())));
            }
            // several earlier values were a conflict: each comes back, side by side
            previous.forEach(v -> edits.add(new Edit(key.kind(), key.entityId(), key.field(), v, Set.of(last.id()))));
        });
        return new Action(label, edits);
    }

    /** The edits that apply {@code applied} again, taking back what its undo wrote. */
    public static Action redo(String label, List<Change> applied, List<Change> undoWrote) {
        Map<FieldKey, Set<UUID>> undone = undoWrote.stream().collect(Collectors.groupingBy(Change::fieldKey,
                Collectors.mapping(Change::id, Collectors.toSet())));
        List<Edit> edits = new ArrayList<>();
        byField(applied).forEach((key, changes) -> edits.add(new Edit(key.kind(), key.entityId(), key.field(),
                changes.get(changes.size() - 1).value(), undone.getOrDefault(key, Set.of()))));
        return new Action(label, edits);
    }

    /** A step's changes per field, in the order written (one field may be written twice in a step). */
    private static Map<FieldKey, List<Change>> byField(List<Change> applied) {
        Map<FieldKey, List<Change>> m = new LinkedHashMap<>();
        applied.forEach(c -> m.computeIfAbsent(c.fieldKey(), k -> new ArrayList<>()).add(c));
        return m;
    }
}
