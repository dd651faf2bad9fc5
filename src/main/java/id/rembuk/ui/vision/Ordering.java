package id.rembuk.ui.vision;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.change.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** Places in a list: numbered again from 1 after a move, writing only the places that change. */
final class Ordering {
    private Ordering() {
    }

    static <T> List<Edit> renumber(EntityKind kind, List<T> inOrder, Function<T, String> id, ToIntFunction<T> order,
                                   String field) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            T t = inOrder.get(i);
            if (order.applyAsInt(t) != i + 1) {
                edits.add(Edit.set(kind.code(), id.apply(t), field, Integer.toString(i + 1)));
            }
        }
        return edits;
    }

    /** Moves the item at {@code from} by one place up or down; empty when it cannot move. */
    static <T> List<T> moved(List<T> list, int from, int delta) {
        int to = from + Integer.signum(delta);
        if (from < 0 || to < 0 || to >= list.size()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(list);
        out.add(to, out.remove(from));
        return out;
    }
}
