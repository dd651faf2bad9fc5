package id.rembuk.domain.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everything that waits for the facilitator after a merge: a field two laptops changed without
 * seeing each other's value, and an item one laptop deleted while another kept editing it. Both
 * are derived from the change set alone, so every replica holding the same edits lists the same
 * conflicts, and settling one is an ordinary edit that merges like any other.
 */
public final class Conflicts {
    private Conflicts() {
    }

    /** One open conflict on one entity. */
    public sealed interface Conflict permits FieldConflict, DeleteConflict {
        EntityKey entity();
    }

    /** Several current values of one field. */
    public record FieldConflict(FieldState field) implements Conflict {
        @Override
        public EntityKey entity() {
            return field.key().entity();
        }
    }

    /**
     * An entity deleted while another laptop edited it.
     *
     * @param deletions   the current deletion marks (several when laptops deleted it independently)
     * @param unseenEdits current values the deleters had not seen, newest first
     */
    public record DeleteConflict(EntityKey entity, List<Change> deletions, List<Change> unseenEdits)
            implements Conflict {
        public DeleteConflict {
            deletions = List.copyOf(deletions);
            unseenEdits = List.copyOf(unseenEdits);
        }
    }

    /** Every open conflict, field conflicts and delete-vs-edit ones, in entity order. */
    public static List<Conflict> of(SessionState state) {
        List<Conflict> all = new ArrayList<>();
        for (EntityState e : state.all().values()) {
            e.fields().values().stream()
                    .filter(EntityState::openConflict)
                    .sorted(java.util.Comparator.comparing(f -> f.key().field()))
                    .forEach(f -> all.add(new FieldConflict(f)));
            deleteConflict(e).ifPresent(all::add);
        }
        return all;
    }

    /**
     * The delete-vs-edit conflict on one entity, if any: it is deleted, and some current value of
     * another field is one the deleters had not seen. A deletion written before the deleters
     * recorded what they saw (older files) raises none, since nothing tells what it saw.
     */
    public static Optional<DeleteConflict> deleteConflict(EntityState e) {
        FieldState deleted = e.fields().get(Change.DELETED);
        FieldState seenField = e.fields().get(Change.DELETED_SEEN);
        if (!e.deleted() || seenField == null) {
            return Optional.empty();
        }
        Set<UUID> seen = new HashSet<>();
        seenField.heads().forEach(h -> seen.addAll(parseSeen(h.value())));
        List<Change> unseen = e.fields().entrySet().stream()
                .filter(f -> !f.getKey().startsWith("_"))
                .flatMap(f -> f.getValue().heads().stream())
                .filter(h -> !seen.contains(h.id()))
                .sorted(FieldState.DISPLAY_ORDER)
                .toList();
        if (unseen.isEmpty()) {
            return Optional.empty();
        }
        List<Change> marks = deleted.heads().stream().filter(h -> "1".equals(h.value())).toList();
        return Optional.of(new DeleteConflict(e.key(), marks, unseen));
    }

    /** The value of {@link Change#DELETED_SEEN}: the current value ids, sorted, comma-separated. */
    public static String formatSeen(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    static Set<UUID> parseSeen(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<UUID> ids = new HashSet<>();
        for (String s : Arrays.asList(value.split(","))) {
            try {
                ids.add(UUID.fromString(s.trim()));
            } catch (IllegalArgumentException e) {
                // a damaged list hides nothing: an id we cannot read counts as unseen
            }
        }
        return ids;
    }

    /**
     * The edit that records what a deleter sees, to go with a deletion of {@code entity} in the
     * same action; {@code written} holds the changes of that action written before it.
     */
    public static Edit seenBy(EntityKey entity, SessionState state, List<Change> written) {
        Set<UUID> ids = new HashSet<>();
        state.get(entity.kind(), entity.id()).ifPresent(e -> e.fields().forEach((field, f) -> {
            if (!field.startsWith("_")) {
                f.heads().forEach(h -> ids.add(h.id()));
            }
        }));
        for (Change c : written) {
            if (c.entityKey().equals(entity) && !c.field().startsWith("_")) {
                ids.removeAll(c.supersedes());
                ids.add(c.id());
            }
        }
        return new Edit(entity.kind(), entity.id(), Change.DELETED_SEEN, ids.isEmpty() ? null : formatSeen(ids));
    }
}
