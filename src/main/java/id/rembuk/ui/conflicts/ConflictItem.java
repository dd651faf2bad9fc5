package id.rembuk.ui.conflicts;

import id.rembuk.domain.change.EntityKey;
import java.util.List;

/**
 * One open conflict as the area lists it, all text already in the user's language.
 *
 * @param key        stable across refreshes, so the selection stays on the conflict being read
 * @param field      the field two laptops wrote; for a delete-vs-edit conflict, null
 * @param fieldLabel the field's name for people; for a delete-vs-edit conflict, a word for it
 * @param choices    a field conflict's competing values, or a deletion's two sides: the
 *                   deletion(s) first, then the edits the deleters had not seen
 */
public record ConflictItem(String key, EntityKey entity, String field, String kindLabel, String title,
                           String fieldLabel, String provenance, List<Choice> choices) {

    public ConflictItem {
        choices = List.copyOf(choices);
    }

    public boolean deletion() {
        return field == null;
    }

    /**
     * One side of a conflict.
     *
     * @param value   the raw value written (null for a cleared field); what picking it writes
     * @param text    the value for people ("(kosong)" for a cleared one; for an edit unseen by a
     *                deleter, with the field's name)
     * @param writers who wrote it and when, one line per laptop that wrote this same value
     * @param removal true for the deletion side of a delete-vs-edit conflict
     */
    public record Choice(String value, String text, List<String> writers, boolean removal) {
        public Choice {
            writers = List.copyOf(writers);
        }
    }
}
