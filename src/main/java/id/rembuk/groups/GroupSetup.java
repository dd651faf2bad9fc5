package id.rembuk.groups;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Group;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The groups a session has. The six dimension groups always exist for the user: one missing from
 * the file is shown empty and written, with the first action that touches it, so opening a session
 * never writes anything. Element groups (Tahap I: Struktur, Infrastruktur, Suprastruktur) exist once
 * asked for.
 */
public final class GroupSetup {
    /** The elements whose groups Tahap I adds; the optional ones (Potensi Alam, Budaya) only by hand. */
    public static final List<Element> TAHAP_I_ELEMENTS = List.of(Element.STRUKTUR, Element.INFRASTRUKTUR,
            Element.SUPRASTRUKTUR);

    private GroupSetup() {
    }

    /** Dimension groups in dimension order (stored or not yet), then the element groups stored, in element order. */
    public static List<Group> groups(SessionState state) {
        Map<String, Group> stored = new LinkedHashMap<>();
        Records.read(state, EntityKind.GROUP, Group::from).records().forEach(g -> stored.put(g.id(), g));
        List<Group> out = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            out.add(stored.getOrDefault(Group.idFor(d), Group.of(d)));
        }
        for (Element e : Element.values()) {
            Group g = stored.get(Group.idFor(e));
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    public static List<String> dimensionGroupIds() {
        return Arrays.stream(Dimension.values()).map(Group::idFor).toList();
    }

    /** The element groups the session holds, in element order. */
    public static List<String> elementGroupIds(SessionState state) {
        return groups(state).stream().filter(g -> g.element().isPresent()).map(Group::id).toList();
    }

    public static boolean hasElementGroups(SessionState state) {
        return !elementGroupIds(state).isEmpty();
    }

    /** Whether the group is live in the file (not merely shown by default). */
    public static boolean stored(SessionState state, String groupId) {
        return state.get(EntityKind.GROUP.code(), groupId).filter(EntityState::live).isPresent();
    }

    /** Writes the group if the file does not hold it yet; nothing if it does. */
    public static List<Edit> ensure(SessionState state, Group group) {
        if (stored(state, group.id())) {
            return List.of();
        }
        List<Edit> edits = new ArrayList<>();
        Optional<EntityState> old = state.get(EntityKind.GROUP.code(), group.id());
        if (old.isPresent() && old.get().deleted()) {
            edits.add(Edit.restore(EntityKind.GROUP.code(), group.id()));
        }
        edits.addAll(group.toEdits());
        return edits;
    }

    /** Writes the groups among {@code ids} that the file does not hold yet. */
    public static List<Edit> ensure(SessionState state, List<String> ids) {
        List<Edit> edits = new ArrayList<>();
        for (String id : ids) {
            edits.addAll(ensure(state, blank(id)));
        }
        return edits;
    }

    /** The three Tahap I element groups, those not there yet. */
    public static List<Edit> addElementGroups(SessionState state) {
        return ensure(state, TAHAP_I_ELEMENTS.stream().map(Group::idFor).toList());
    }

    /**
     * Removes every element group; their members go back to the unassigned pool (their group field
     * cleared), so nobody points at a group that is gone.
     */
    public static List<Edit> removeElementGroups(SessionState state) {
        List<String> ids = elementGroupIds(state);
        List<Edit> edits = new ArrayList<>();
        People.participants(state).stream()
                .filter(p -> ids.contains(p.group()))
                .forEach(p -> edits.add(Edit.set(EntityKind.PARTICIPANT.code(), p.id(), Participant.F_GROUP, null)));
        ids.forEach(id -> edits.add(Edit.delete(EntityKind.GROUP.code(), id)));
        return edits;
    }

    private static Group blank(String id) {
        return Dimension.ofCode(id).filter(d -> d.code().equals(id)).map(Group::of)
                .orElseGet(() -> Group.of(Element.valueOf(id)));
    }
}
