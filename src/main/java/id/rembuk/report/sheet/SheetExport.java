package id.rembuk.report.sheet;

import id.rembuk.domain.change.SessionState;
import id.rembuk.report.json.AtomicWrite;
import id.rembuk.store.Problem;
import id.rembuk.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Spreadsheets of a session: one workbook (.xlsx) with the sheets Peserta, Program, Rencana Aksi,
 * SWOT and Info, or one table as CSV. Plain Java, safe to call from a background thread; the
 * session state is an immutable snapshot. Files are written whole or not at all
 * ({@link AtomicWrite}), and an existing file is replaced only when {@code overwrite} says so.
 */
public final class SheetExport {
    private SheetExport() {
    }

    /** A workbook's bytes and the number of rows on each of its tables' sheets. */
    public record Workbook(byte[] bytes, Map<SheetTable, Integer> rows) {
        public Workbook {
            rows = Map.copyOf(rows);
        }
    }

    /**
     * The whole workbook, contacts included, refusing to replace an existing file. Steps reported:
     * one per sheet, then the file written.
     *
     * @return rows per table
     */
    public static Map<SheetTable, Integer> writeXlsx(SessionState state, Path out, ProgressListener progress)
            throws StoreException {
        return writeXlsx(state, out, SheetOptions.now(), false, progress);
    }

    public static Map<SheetTable, Integer> writeXlsx(SessionState state, Path out, SheetOptions options,
                                                     boolean overwrite, ProgressListener progress)
            throws StoreException {
        Workbook wb = xlsx(state, options, progress);
        int total = SheetTable.values().length + 2;
        AtomicWrite.write(out, wb.bytes(), overwrite);
        progress.progress(total, total, String.valueOf(out.getFileName()));
        return wb.rows();
    }

    /**
     * One table as CSV (see {@link CsvWriter} for the dialect), contacts included, refusing to
     * replace an existing file.
     *
     * @return the number of rows below the header
     */
    public static int writeCsv(SheetTable table, SessionState state, Path out) throws StoreException {
        return writeCsv(table, state, out, SheetOptions.now(), false);
    }

    public static int writeCsv(SheetTable table, SessionState state, Path out, SheetOptions options,
                               boolean overwrite) throws StoreException {
        Table t = new SheetTables(state, options).table(table);
        AtomicWrite.write(out, CsvWriter.bytes(t), overwrite);
        return t.rows().size();
    }

    /** The workbook in memory. */
    public static Workbook xlsx(SessionState state, SheetOptions options, ProgressListener progress)
            throws StoreException {
        SheetTables tables = new SheetTables(state, options);
        List<Table> sheets = new ArrayList<>();
        Map<SheetTable, Integer> counts = new EnumMap<>(SheetTable.class);
        for (SheetTable t : SheetTable.values()) {
            Table table = tables.table(t);
            sheets.add(table);
            counts.put(t, table.rows().size());
        }
        sheets.add(tables.info(counts));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            XlsxWriter.write(sheets, buf, progress, 0, sheets.size() + 1);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, "xlsx", e);
        }
        return new Workbook(buf.toByteArray(), counts);
    }

    /** One table's CSV bytes: the same state and options give the same bytes. */
    public static byte[] csv(SheetTable table, SessionState state, SheetOptions options) {
        return CsvWriter.bytes(new SheetTables(state, options).table(table));
    }
}
