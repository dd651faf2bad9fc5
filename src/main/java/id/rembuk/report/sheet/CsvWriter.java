package id.rembuk.report.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A table as the CSV file Excel opens with a double click on an Indonesian Windows: UTF-8 with a
 * byte order mark (else Excel reads it as Windows-1252 and "é" breaks), {@code ;} between fields
 * (the list separator where the comma is the decimal mark), CRLF line ends, fields quoted only when
 * they hold {@code ;}, a quote or a line break. Whole numbers are plain digits ("1250000000", no
 * grouping), decimals use the comma ("4,25"), dates are dd/MM/yyyy. A text starting with
 * {@code = + - @}, a tab or a carriage return gets a leading {@code '} so a spreadsheet never runs
 * it as a formula (CSV injection).
 */
public final class CsvWriter {
    public static final char SEPARATOR = ';';
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(SEPARATOR)
            .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

    private CsvWriter() {
    }

    public static byte[] bytes(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            List<String> header = new ArrayList<>();
            table.headers().forEach(h -> header.add(guard(h)));
            p.printRecord(header);
            for (List<Cell> row : table.rows()) {
                List<String> fields = new ArrayList<>(row.size());
                row.forEach(c -> fields.add(text(c)));
                p.printRecord(fields);
            }
        } catch (IOException e) {
            // a byte array does not fail
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One cell as its CSV field. */
    static String text(Cell c) {
        if (c instanceof Cell.Text t) {
            return guard(t.value());
        }
        if (c instanceof Cell.Whole w) {
            return Long.toString(w.value());
        }
        if (c instanceof Cell.Decimal d) {
            return d.value().setScale(d.scale(), java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        }
        if (c instanceof Cell.Date d) {
            return SheetTables.ddMMyyyy(d.value());
        }
        LocalDateTime t = ((Cell.DateTime) c).value();
        return SheetTables.ddMMyyyy(t.toLocalDate())
                + String.format(Locale.ROOT, " %02d:%02d", t.getHour(), t.getMinute());
    }

    /** Neutralises text a spreadsheet would run as a formula. */
    public static String guard(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + s : s;
    }
}
