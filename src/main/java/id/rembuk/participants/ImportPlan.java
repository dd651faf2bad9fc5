package id.rembuk.participants;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an import will do with the user's choices: which rows become new participants, which fill
 * in participants the session has, which are left out and why. {@link #action()} is the one undo
 * step that does it.
 */
public record ImportPlan(String fileName, List<Added> added, List<Updated> updated, List<Skipped> skipped) {

    public ImportPlan {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        skipped = List.copyOf(skipped);
    }

    public record Added(int row, Participant participant) {
    }

    /** @param fields the fields filled in ({@code Participant.F_*}); never a field that had a value */
    public record Updated(int row, Participant before, Participant after, List<String> fields) {
        public Updated {
            fields = List.copyOf(fields);
        }
    }

    public record Skipped(int row, Why why) {
        public enum Why {
            /** the row has errors, and its bad values were not to be dropped (or cannot be) */
            ERRORS,
            /** the row probably is a participant the session already has */
            DUPLICATE,
            /** the user chose to leave it out */
            CHOSEN,
            /** it was to fill in a participant, but had nothing that participant lacks */
            NOTHING_NEW;

            /** Key of the reason in the participants bundle. */
            public String messageKey() {
                return switch (this) {
                    case ERRORS -> "participants.skipped.errors";
                    case DUPLICATE -> "participants.skipped.duplicate";
                    case CHOSEN -> "participants.skipped.chosen";
                    case NOTHING_NEW -> "participants.skipped.nothing_new";
                };
            }
        }
    }

    /**
     * The edits as one action, labelled for the undo menu ("Impor 80 peserta dari peserta.xlsx");
     * empty when the plan changes nothing.
     */
    public Optional<Action> action() {
        List<Edit> edits = new ArrayList<>();
        added.forEach(a -> edits.addAll(a.participant().toEdits()));
        String kind = EntityKind.PARTICIPANT.code();
        for (Updated u : updated) {
            List<Edit> all = u.after().toEdits();
            for (Edit e : all) {
                if (u.fields().contains(e.field())) {
                    edits.add(Edit.set(kind, u.before().id(), e.field(), e.value()));
                }
            }
        }
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        String label;
        if (updated.isEmpty()) {
            label = Messages.get("participants.action.import", added.size(), fileName);
        } else if (added.isEmpty()) {
            label = Messages.get("participants.action.update", updated.size(), fileName);
        } else {
            label = Messages.get("participants.action.import_update", added.size(), updated.size(), fileName);
        }
        return Optional.of(new Action(label, edits));
    }
}
