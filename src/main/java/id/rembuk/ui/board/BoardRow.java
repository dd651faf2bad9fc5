package id.rembuk.ui.board;

/**
 * One row of a lane's list: a cluster's heading, or a card. Cards sharing a cluster title are shown
 * together under one heading; the list stays virtual (only the rows on screen have nodes), so a
 * board holds a thousand cards as smoothly as ten.
 */
public sealed interface BoardRow<T> permits BoardRow.Header, BoardRow.Card {
    String lane();

    /** The cluster the row belongs to; empty for a card in no cluster. */
    String cluster();

    /** @param count cards under the heading */
    record Header<T>(String lane, String cluster, int count) implements BoardRow<T> {
    }

    /**
     * @param index position among the lane's cards as shown (headings not counted)
     * @param last  the last card of its cluster, so the cluster's block can be closed below it
     */
    record Card<T>(String lane, T item, String key, int index, String cluster, boolean last) implements BoardRow<T> {
    }
}
