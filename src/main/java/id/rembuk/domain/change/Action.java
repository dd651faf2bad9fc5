package id.rembuk.domain.change;

import java.util.List;
import java.util.Objects;

/**
 * One user action: the edits that are committed in one transaction and undone as one step.
 *
 * @param label short description for the undo menu ("Tambah peserta"), in the user's language
 */
public record Action(String label, List<Edit> edits) {
    public Action {
        Objects.requireNonNull(label, "label");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("an action needs at least one edit");
        }
    }

    public static Action of(String label, Edit... edits) {
        return new Action(label, List.of(edits));
    }
}
