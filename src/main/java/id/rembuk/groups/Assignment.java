package id.rembuk.groups;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of {@link GroupAssignment}: a group for every person given.
 *
 * @param people  the people given, in id order, with the groups they had
 * @param groupOf participant id to the group it is given
 */
public record Assignment(List<Participant> people, List<String> targets, AssignOptions options,
                         Map<String, String> groupOf) {

    public Assignment {
        people = List.copyOf(people);
        targets = List.copyOf(targets);
        groupOf = Map.copyOf(groupOf);
    }

    /** The people whose group changes, as they are now. */
    public List<Participant> changed() {
        return people.stream().filter(p -> !p.group().equals(groupOf.get(p.id()))).toList();
    }

    /** People who were in one of the target groups and are given another. */
    public List<Participant> moved() {
        return changed().stream().filter(p -> targets.contains(p.group())).toList();
    }

    /** The people with their new group. */
    public List<Participant> result() {
        return people.stream().map(p -> new Participant(p.id(), p.name(), p.nip(), p.jabatan(), p.institution(),
                p.unsur(), groupOf.get(p.id()), p.phone(), p.email())).toList();
    }

    public Balance balance() {
        return Balance.of(result(), targets);
    }

    /** One edit per person whose group changes; nobody else is written. */
    public List<Edit> edits() {
        return changed().stream().map(p -> Edit.set(EntityKind.PARTICIPANT.code(), p.id(), Participant.F_GROUP,
                groupOf.get(p.id()))).toList();
    }

    /**
     * The assignment as one undoable action ("Bagi 80 peserta ke 6 kelompok"), after {@code setup}
     * (e.g. creating groups that do not exist yet); empty when there is nothing to write.
     */
    public Optional<Action> toAction(List<Edit> setup) {
        List<Edit> all = new ArrayList<>(setup);
        all.addAll(edits());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Action(Messages.get("groups.action.assign", people.size(), targets.size()), all));
    }
}
