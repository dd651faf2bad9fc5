package id.rembuk.domain.change;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Undo and redo as new edits rather than erasing history: undoing writes the values that an
 * action replaced, so an undo merges with other laptops' work like any other edit.
 */
public final class Undo {
    private Undo() {
    }

    /** The edits that put back what {@code applied} replaced, in reverse order. */
    public static Action inverse(String label, List<Change> applied, Function<UUID, Optional<Change>> lookup) {
        List<Edit> edits = new ArrayList<>();
        for (int i = applied.size() - 1; i >= 0; i--) {
            Change c = applied.get(i);
            String previous = c.supersedes().stream()
                    .map(lookup).flatMap(Optional::stream)
                    .min(FieldState.DISPLAY_ORDER)
                    .map(Change::value)
                    .orElse(null);
            edits.add(new Edit(c.kind(), c.entityId(), c.field(), previous));
        }
        return new Action(label, edits);
    }

    /** The edits that apply {@code applied} again after it was undone. */
    public static Action redo(String label, List<Change> applied) {
        List<Edit> edits = applied.stream()
                .sorted(Comparator.comparingInt(applied::indexOf))
                .map(c -> new Edit(c.kind(), c.entityId(), c.field(), c.value()))
                .toList();
        return new Action(label, edits);
    }
}
