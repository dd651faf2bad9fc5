package id.rembuk.ui.board;

import java.util.Objects;

/**
 * One lane of a board (a SWOT quadrant, a column of a kanban) and where it sits in the board's grid.
 *
 * @param id         stable id; also part of the lane's node ids ("boardLane-" + id)
 * @param title      the lane's heading, already in the user's language
 * @param prompt     what the lane's "add card" field says while empty
 * @param styleClass added to the lane's box, so the caller can colour it
 * @param column     grid column, from 0
 * @param row        grid row, from 0
 */
public record BoardLane(String id, String title, String prompt, String styleClass, int column, int row) {
    public BoardLane {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        prompt = prompt == null ? "" : prompt;
        styleClass = styleClass == null ? "" : styleClass;
        if (column < 0 || row < 0) {
            throw new IllegalArgumentException("a lane's grid position is from 0: " + column + "," + row);
        }
    }
}
