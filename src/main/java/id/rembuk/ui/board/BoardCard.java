package id.rembuk.ui.board;

import javafx.scene.Node;

/**
 * How the caller draws one card. The board makes one per visible row and reuses it as the list
 * scrolls, so {@link #show} must set everything it shows from the item alone.
 */
public interface BoardCard<T> {
    Node node();

    void show(T item);
}
