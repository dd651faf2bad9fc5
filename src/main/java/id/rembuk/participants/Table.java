package id.rembuk.participants;

import java.util.List;

/**
 * A spreadsheet read into rows of cells, blank rows included so row numbers match Excel's.
 *
 * @param fileName  the file's name, for messages and the undo label
 * @param format    CSV or XLSX
 * @param encoding  how a CSV's bytes were decoded ("UTF-8 (BOM)", "UTF-8", "windows-1252"); empty for XLSX
 * @param delimiter the CSV delimiter as shown to users (";", ",", "Tab"); empty for XLSX
 * @param sheet     the XLSX sheet read; empty for CSV
 */
public record Table(String fileName, Format format, String encoding, String delimiter, String sheet,
                    List<TableRow> rows) {
    public enum Format {
        CSV, XLSX
    }

    public Table {
        rows = List.copyOf(rows);
    }
}
