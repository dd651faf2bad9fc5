package id.rembuk.ui.board;

/**
 * Where a card would land: in {@code lane} at {@code index} among the lane's cards as shown, the card
 * itself not counted (so moving a card one place down in its own lane is its index + 1), and in the
 * cluster of the place it lands in (empty: between clusters).
 */
public record BoardDrop(String lane, int index, String cluster) {
    public BoardDrop {
        cluster = cluster == null ? "" : cluster;
    }
}
