package id.rembuk.report.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables as one workbook with fastexcel: a bold, frozen header row with an auto-filter, set
 * column widths, Rupiah as number cells formatted {@code #,##0}, dates as date cells. Text is
 * always written as a string cell, never as a formula, whatever it starts with.
 */
final class XlsxWriter {
    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

    private XlsxWriter() {
    }

    static void write(List<Table> tables, OutputStream out, ProgressListener progress, int doneBefore, int total)
            throws IOException {
        Workbook wb = new Workbook(out, "Rembuk", "1.0");
        wb.properties().setTitle("Rembuk");
        int done = doneBefore;
        for (Table t : tables) {
            progress.progress(done, total, t.sheetName());
            Worksheet ws = wb.newWorksheet(t.sheetName());
            sheet(ws, t);
            ws.finish();
            done++;
        }
        wb.finish();
        progress.progress(done, total, "xlsx");
    }

    private static void sheet(Worksheet ws, Table t) {
        List<Table.Column> cols = t.columns();
        for (int c = 0; c < cols.size(); c++) {
            ws.value(0, c, cols.get(c).header());
            ws.width(c, cols.get(c).width());
        }
        ws.range(0, 0, 0, cols.size() - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
        ws.freezePane(0, 1);
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(ws, r + 1, c, row.get(c));
            }
        }
        ws.setAutoFilter(0, 0, Math.max(0, t.rows().size()), cols.size() - 1);
    }

    private static void cell(Worksheet ws, int r, int c, Cell cell) {
        if (cell instanceof Cell.Text t) {
            if (!t.value().isEmpty()) {
                ws.value(r, c, t.value());
                if (t.value().indexOf('\n') >= 0) {
                    ws.style(r, c).wrapText(true).set();
                }
            }
        } else if (cell instanceof Cell.Whole w) {
            ws.value(r, c, w.value());
            ws.style(r, c).format(w.format()).set();
        } else if (cell instanceof Cell.Decimal d) {
            ws.value(r, c, d.value());
            ws.style(r, c).format(d.scale() == 0 ? "0" : "0." + "0".repeat(d.scale())).set();
        } else if (cell instanceof Cell.Date d) {
            ws.value(r, c, d.value());
            ws.style(r, c).format(DATE_FORMAT).set();
        } else if (cell instanceof Cell.DateTime d) {
            ws.value(r, c, d.value());
            ws.style(r, c).format(DATE_TIME_FORMAT).set();
        }
    }
}
