package id.rembuk.report.sheet;

import java.util.List;

/**
 * One exported table: the sheet's name in the workbook, its column headers and widths, and its
 * rows in their final order. Both the workbook and the CSV file are written from the same table, so
 * the two never disagree.
 */
public record Table(String sheetName, List<Column> columns, List<List<Cell>> rows) {

    /** @param width column width in characters, as Excel counts them */
    public record Column(String header, double width) {
    }

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(sheetName + ": a row has " + r.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
