package id.rembuk.ui.board;

/**
 * What moving a card means; the caller's, since the board knows nothing of what its cards are. The
 * board asks {@link #allows} while the card hovers (and shows no drop mark where it is refused),
 * then calls {@link #drop} once, on release or on a keyboard move.
 */
public interface DropPolicy<T> {
    boolean allows(T item, BoardDrop drop);

    void drop(T item, BoardDrop drop);

    /** A board whose cards stay where they are. */
    static <T> DropPolicy<T> none() {
        return new DropPolicy<>() {
            @Override
            public boolean allows(T item, BoardDrop drop) {
                return false;
            }

            @Override
            public void drop(T item, BoardDrop drop) {
                // nothing moves
            }
        };
    }
}
