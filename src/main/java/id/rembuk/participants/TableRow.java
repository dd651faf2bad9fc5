package id.rembuk.participants;

import java.util.List;

/** One row of a sheet. @param number the row number the user sees in Excel (1 = first line) */
public record TableRow(int number, List<Cell> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
