package id.rembuk.participants;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the files the tests import: text in a given encoding, and .xlsx made with fastexcel. */
final class ImportFiles {
    private ImportFiles() {
    }

    static Path text(Path file, String content, Charset cs, boolean bom) throws IOException {
        byte[] body = content.getBytes(cs);
        byte[] out = body;
        if (bom) {
            out = new byte[body.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(body, 0, out, 3, body.length);
        }
        Files.write(file, out);
        return file;
    }

    /**
     * One sheet; each row a list of cells where a {@link Number} is written as a number cell, a
     * {@link java.time.LocalDate} as a date, anything else as text, null as no cell.
     */
    static Path xlsx(Path file, String sheet, List<List<Object>> rows) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "Rembuk test", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof java.time.LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("dd/mm/yyyy").set();
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            wb.finish();
        }
        return file;
    }
}
