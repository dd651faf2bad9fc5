package id.rembuk.participants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a {@code .csv} or {@code .xlsx} file into rows of cells. The format is told by the bytes,
 * not the name (a CSV saved as ".xls" happens). The file is only read: opened for reading, never
 * locked for writing, never written.
 */
public final class TableReader {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Rows with content; more than a whole bimtek's attendance lists put together. */
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 500;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final char[] DELIMITERS = {';', ',', '\t'};
    private static final Set<Integer> DATE_FORMAT_IDS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31,
            36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    private TableReader() {
    }

    public static Table read(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new ImportException("participants.read.empty", name);
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            if (new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.ISO_8859_1)
                    .contains("application/vnd.oasis.opendocument")) {
                throw new ImportException("participants.read.ods", name);
            }
            return readXlsx(bytes, name);
        }
        if (startsWith(bytes, OLE2)) {
            // an encrypted .xlsx is an OLE2 container with an "EncryptionInfo" stream; otherwise it is the old .xls
            boolean encrypted = indexOf(bytes, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE)) >= 0;
            throw new ImportException(encrypted ? "participants.read.password" : "participants.read.xls", name);
        }
        if (startsWith(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            throw new ImportException("participants.read.not_spreadsheet", name);
        }
        return readCsv(bytes, name);
    }

    private static byte[] readBytes(Path file) throws ImportException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException("participants.read.not_found", name);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException("participants.read.too_large", name, size / (1024 * 1024),
                        MAX_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // read up to one byte past the cap: a file that grew meanwhile is refused, not cut short
                byte[] b = in.readNBytes((int) MAX_BYTES + 1);
                if (b.length > MAX_BYTES) {
                    throw new ImportException("participants.read.too_large", name, b.length / (1024 * 1024),
                            MAX_BYTES / (1024 * 1024));
                }
                return b;
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(e, "participants.read.not_found", name);
        } catch (IOException e) {
            throw new ImportException(e, "participants.read.cannot_read", name, String.valueOf(e.getMessage()));
        }
    }

    // ------------------------------------------------------------------ CSV

    static Table readCsv(byte[] bytes, String name) throws ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        if (looksBinary(text)) {
            throw new ImportException("participants.read.not_spreadsheet", name);
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<html") || head.startsWith("<!doctype html") || head.startsWith("<table")
                || head.startsWith("<?xml")) {
            throw new ImportException("participants.read.html", name);
        }
        if (text.isBlank()) {
            throw new ImportException("participants.read.empty", name);
        }
        char delimiter;
        // Excel's own hint line, "sep=;": Excel hides it, so row numbers start after it
        java.util.regex.Matcher sep = java.util.regex.Pattern.compile("\\Asep=(.)\\r?\\n").matcher(text);
        if (sep.find()) {
            delimiter = sep.group(1).charAt(0);
            text = text.substring(sep.end());
        } else {
            delimiter = sniffDelimiter(text);
        }
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(delimiter).setQuote('"')
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).setTrim(false).get();
        List<TableRow> rows = new ArrayList<>();
        int filled = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord rec;
                // the line the broken record starts on, where its stray quote is
                long start = parser.getCurrentLineNumber() + 1;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ImportException(e, "participants.read.csv_broken", name, Long.toString(start));
                }
                if (rec.size() > MAX_COLUMNS) {
                    throw new ImportException("participants.read.too_many_columns", name,
                            Long.toString(rec.getRecordNumber()), MAX_COLUMNS);
                }
                List<Cell> cells = new ArrayList<>(rec.size());
                rec.forEach(v -> cells.add(Cell.text(v)));
                TableRow row = new TableRow((int) rec.getRecordNumber(), cells);
                if (!row.isBlank() && ++filled > MAX_ROWS) {
                    throw new ImportException("participants.read.too_many_rows", name, MAX_ROWS);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new ImportException(e, "participants.read.cannot_read", name, String.valueOf(e.getMessage()));
        }
        return new Table(name, Table.Format.CSV, decoded.label(), delimiter == '\t' ? "Tab" : String.valueOf(delimiter),
                "", rows);
    }

    /**
     * The delimiter that splits some line of the first twenty into the most fields, quotes
     * respected: the header line has the most, and a title line above it ("DAFTAR PESERTA, TAHAP I")
     * or a name with a comma inside a semicolon file does not outvote it.
     */
    static char sniffDelimiter(String text) {
        int[] best = new int[DELIMITERS.length];
        int[] line = new int[DELIMITERS.length];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < 20; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    best[d] = Math.max(best[d], line[d]);
                    line[d] = 0;
                }
                lines++;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        line[d]++;
                    }
                }
            }
        }
        int pick = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            best[d] = Math.max(best[d], line[d]);
            if (best[d] > best[pick]) {
                pick = d;
            }
        }
        return DELIMITERS[pick];
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ XLSX

    private static Table readXlsx(byte[] bytes, String name) throws ImportException {
        // from the bytes already read: the size cap holds, and the file is opened only once
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            for (Sheet sheet : sheets) {
                List<TableRow> rows = readSheet(sheet, name);
                if (rows.stream().anyMatch(r -> !r.isBlank())) {
                    return new Table(name, Table.Format.XLSX, "", "", sheet.getName(), rows);
                }
            }
            throw new ImportException("participants.read.empty", name);
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a truncated zip, a missing part, bad XML: the library's words mean nothing to the user
            throw new ImportException(e, "participants.read.xlsx_damaged", name);
        }
    }

    private static List<TableRow> readSheet(Sheet sheet, String name) throws IOException, ImportException {
        List<TableRow> rows = new ArrayList<>();
        int filled = 0;
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row r = it.next();
                if (r.getCellCount() > MAX_COLUMNS) {
                    throw new ImportException("participants.read.too_many_columns", name, Integer.toString(r.getRowNum()),
                            MAX_COLUMNS);
                }
                List<Cell> cells = new ArrayList<>(r.getCellCount());
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(cell(r.getCell(i)));
                }
                TableRow row = new TableRow(r.getRowNum(), cells);
                if (!row.isBlank() && ++filled > MAX_ROWS) {
                    throw new ImportException("participants.read.too_many_rows", name, MAX_ROWS);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Cell cell(org.dhatim.fastexcel.reader.Cell c) {
        if (c == null) {
            return Cell.EMPTY;
        }
        String raw = c.getRawValue() == null ? "" : c.getRawValue();
        switch (c.getType()) {
            case STRING:
                return Cell.text(c.getValue() == null ? raw : c.getValue().toString());
            case NUMBER:
                if (isDate(c.getDataFormatId(), c.getDataFormatString())) {
                    LocalDateTime t = c.asDate();
                    return new Cell(t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString(),
                            Cell.Kind.DATE);
                }
                return new Cell(plainNumber(raw), Cell.Kind.NUMBER);
            case BOOLEAN:
                return new Cell("1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE", Cell.Kind.BOOLEAN);
            case FORMULA:
                return new Cell(raw, Cell.Kind.FORMULA);
            case ERROR:
                return new Cell(raw, Cell.Kind.ERROR);
            default:
                return Cell.EMPTY;
        }
    }

    /** "1.98001012005011E+17" as the digits Excel actually kept: 198001012005011000. */
    static String plainNumber(String raw) {
        try {
            BigDecimal d = new BigDecimal(raw.strip()).stripTrailingZeros();
            return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    static boolean isDate(Integer formatId, String format) {
        if (formatId != null && DATE_FORMAT_IDS.contains(formatId)) {
            return true;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        // leave out quoted text, [colour]/[$-421] blocks and escaped characters before looking for date letters
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        return f.matches("(?i).*[dmyhs].*");
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= b.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (b[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
