package id.rembuk.ui.export;

import id.rembuk.i18n.Messages;
import id.rembuk.report.sheet.ProgressListener;
import id.rembuk.report.sheet.SheetExport;
import id.rembuk.report.sheet.SheetOptions;
import id.rembuk.report.sheet.SheetTable;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The real documents: the PDFs of {@code report.documents} and the tables of {@code report.sheet}. */
public final class ReportsWriter implements DocumentWriter {
    private static final String XLSX = "xlsx";
    private static final String CSV = "csv-";

    @Override
    public List<Target> targets() {
        List<Target> all = new ArrayList<>();
        all.add(new Target(XLSX, Messages.get("export.doc.xlsx"), "Tabel", "xlsx", true));
        for (SheetTable t : SheetTable.values()) {
            all.add(new Target(CSV + t.code(), Messages.get("export.doc.csv", t.sheetName()),
                    t.sheetName().replace(' ', '-'), "csv", false));
        }
        return all;
    }

    @Override
    public void write(Target target, Request request, Path out) throws Exception {
        SheetOptions sheet = new SheetOptions(request.options().contacts(), LocalDateTime.now());
        if (target.id().equals(XLSX)) {
            SheetExport.writeXlsx(request.state(), out, sheet, true, ProgressListener.NONE);
        } else if (target.id().startsWith(CSV)) {
            SheetTable table = SheetTable.ofCode(target.id().substring(CSV.length())).orElseThrow();
            SheetExport.writeCsv(table, request.state(), out, sheet, true);
        } else {
            throw new IllegalArgumentException("unknown document " + target.id());
        }
    }
}
