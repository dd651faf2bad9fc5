package id.rembuk.ui.readiness;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Places in a list (the "order" field) for the worksheet and the gap table: the next free one, and
 * a move that swaps two rows.
 */
final class Places {
    /**
     * The last place handed out per list: a write reaches the state later than the next Enter may
     * come, and two rows typed quickly must not share a place.
     */
    private final Map<String, Integer> issued = new HashMap<>();

    <T> int next(String list, List<T> items, ToIntFunction<T> order) {
        int max = items.stream().mapToInt(order).max().orElse(-1);
        int next = Math.max(max, issued.getOrDefault(list, -1)) + 1;
        issued.put(list, next);
        return next;
    }

    /** Notes that a place was handed out by someone else (defaults inserted in one action). */
    void taken(String list, int place) {
        issued.merge(list, place, Math::max);
    }

    /**
     * Moves a row one place up (-1) or down (+1). The places stay where they are and only the two
     * swapped take each other's: two edits, unless places were shared (rows added on two laptops at
     * once), then all are renumbered.
     */
    static <T> Optional<Action> move(List<T> items, Function<T, String> idOf, ToIntFunction<T> orderOf, String id,
                                     int delta, EntityKind kind, String field, String labelKey) {
        List<T> list = new ArrayList<>(items);
        int from = -1;
        for (int i = 0; i < list.size(); i++) {
            if (idOf.apply(list.get(i)).equals(id)) {
                from = i;
            }
        }
        int to = from + delta;
        if (from < 0 || to < 0 || to >= list.size()) {
            return Optional.empty();
        }
        List<Integer> places = list.stream().map(orderOf::applyAsInt).toList();
        boolean distinct = true;
        for (int i = 1; i < places.size(); i++) {
            distinct &= places.get(i) > places.get(i - 1);
        }
        T moved = list.remove(from);
        list.add(to, moved);
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            int place = distinct ? places.get(i) : i;
            if (orderOf.applyAsInt(list.get(i)) != place) {
                edits.add(Edit.set(kind.code(), idOf.apply(list.get(i)), field, Integer.toString(place)));
            }
        }
        return edits.isEmpty() ? Optional.empty() : Optional.of(new Action(Messages.get(labelKey), edits));
    }
}
