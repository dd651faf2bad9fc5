package id.rembuk.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Rows, drop places and keyboard steps of a lane, without a toolkit. */
class BoardRowsTest {
    record Item(String id, String cluster) {
    }

    private static List<BoardRow<Item>> rows(Item... items) {
        return BoardRows.of("L", List.of(items), Item::id, Item::cluster);
    }

    private static String show(List<BoardRow<Item>> rows) {
        StringBuilder b = new StringBuilder();
        for (BoardRow<Item> r : rows) {
            b.append(r instanceof BoardRow.Card<Item> c ? c.key() + c.index() : "[" + r.cluster() + "]").append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void cardsOfAClusterGatherUnderOneHeadingWhereItsFirstCardIs() {
        List<BoardRow<Item>> rows = rows(new Item("a", ""), new Item("b", "Data"), new Item("c", ""),
                new Item("d", "Data"), new Item("e", " SDM "));
        assertThat(show(rows)).isEqualTo("a0 [Data] b1 d2 c3 [SDM] e4");
        assertThat(rows.get(1)).isEqualTo(new BoardRow.Header<Item>("L", "Data", 2));
        assertThat(((BoardRow.Card<Item>) rows.get(3)).last()).isTrue();
        assertThat(((BoardRow.Card<Item>) rows.get(2)).last()).isFalse();
        assertThat(BoardRows.shownOrder(rows)).extracting(Item::id).containsExactly("a", "b", "d", "c", "e");
    }

    @Test
    void aDropBesideACardTakesItsClusterAboveAHeadingNoneBelowItTheHeadings() {
        List<BoardRow<Item>> rows = rows(new Item("a", ""), new Item("b", "Data"), new Item("d", "Data"));
        assertThat(BoardRows.above("L", rows, 0)).isEqualTo(new BoardDrop("L", 0, ""));
        assertThat(BoardRows.below("L", rows, 0)).isEqualTo(new BoardDrop("L", 1, ""));
        assertThat(BoardRows.above("L", rows, 1)).isEqualTo(new BoardDrop("L", 1, ""));
        assertThat(BoardRows.below("L", rows, 1)).isEqualTo(new BoardDrop("L", 1, "Data"));
        assertThat(BoardRows.below("L", rows, 3)).isEqualTo(new BoardDrop("L", 3, "Data"));
        assertThat(BoardRows.end("L", rows)).isEqualTo(new BoardDrop("L", 3, ""));
    }

    @Test
    void aCardDroppedFurtherDownItsOwnLaneIsCountedWithoutItself() {
        assertThat(BoardRows.without(new BoardDrop("L", 3, ""), "L", 1)).isEqualTo(new BoardDrop("L", 2, ""));
        assertThat(BoardRows.without(new BoardDrop("L", 1, ""), "L", 1)).isEqualTo(new BoardDrop("L", 1, ""));
        assertThat(BoardRows.without(new BoardDrop("M", 3, ""), "L", 1)).isEqualTo(new BoardDrop("M", 3, ""));
    }

    @Test
    void keyboardStepsPassClusterBoundariesOneAtATime() {
        List<BoardRow<Item>> rows = rows(new Item("u", ""), new Item("x", ""), new Item("c1", "C"),
                new Item("c2", "C"));
        // rows: u0 x1 [C] c1 c2
        Function<Integer, String> down = r -> BoardRows.step("L", rows, r, 1).map(Object::toString).orElse("-");
        assertThat(down.apply(1)).isEqualTo(new BoardDrop("L", 1, "C").toString());
        assertThat(BoardRows.step("L", rows, 1, -1)).contains(new BoardDrop("L", 0, ""));
        assertThat(BoardRows.step("L", rows, 0, -1)).isEmpty();
        // the last card of a cluster steps out of it, then off the end
        assertThat(BoardRows.step("L", rows, 4, 1)).contains(new BoardDrop("L", 3, ""));
        List<BoardRow<Item>> after = rows(new Item("u", ""), new Item("x", ""), new Item("c1", "C"),
                new Item("c2", ""));
        assertThat(BoardRows.step("L", after, 4, 1)).isEmpty();
        // the first card of a cluster steps up out of it, then above the card before
        assertThat(BoardRows.step("L", rows, 3, -1)).contains(new BoardDrop("L", 2, ""));
        assertThat(BoardRows.step("L", rows, 2, -1)).isEmpty();
    }
}
