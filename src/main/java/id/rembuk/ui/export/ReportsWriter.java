package id.rembuk.ui.export;

import id.rembuk.i18n.Messages;
import id.rembuk.report.documents.DocumentOptions;
import id.rembuk.report.documents.PdfReports;
import id.rembuk.report.documents.SessionFacts;
import id.rembuk.report.json.AtomicWrite;
import id.rembuk.report.pdf.Letterhead;
import id.rembuk.report.pdf.Logo;
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
    private static final String PDF = "pdf-";

    @Override
    public List<Target> targets() {
        List<Target> all = new ArrayList<>();
        for (String name : PdfReports.available()) {
            all.add(new Target(PDF + name, Messages.get("export.doc." + name.replace('-', '_')), stem(name), "pdf", true));
        }
        all.add(new Target(XLSX, Messages.get("export.doc.xlsx"), "Tabel", "xlsx", true));
        for (SheetTable t : SheetTable.values()) {
            all.add(new Target(CSV + t.code(), Messages.get("export.doc.csv", t.sheetName()),
                    t.sheetName().replace(' ', '-'), "csv", false));
        }
        return all;
    }

    @Override
    public void write(Target target, Request request, Path out) throws Exception {
        if (target.id().startsWith(PDF)) {
            writePdf(target.id().substring(PDF.length()), request, out);
            return;
        }
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

    private static String stem(String name) {
        return switch (name) {
            case "summary" -> "Notulensi";
            case "attendance" -> "Daftar-Hadir";
            case "berita-acara" -> "Berita-Acara";
            case "quickwins" -> "Profil-Quick-Win";
            default -> name;
        };
    }

    private static void writePdf(String name, Request request, Path out) throws Exception {
        PdfReports.Renderer renderer = PdfReports.renderer(name).orElseThrow();
        SessionFacts facts = SessionFacts.of(request.state(), request.sessionId())
                .orElseThrow(() -> new ExportFailure(null, "export.error.noSession"));
        Options o = request.options();
        DocumentOptions options = DocumentOptions.defaults().withBlankRows(o.blankRows()).withNumber(o.number())
                .withOrganiser(o.organiser()).withLogo(o.logo().isPresent() ? logo(o.logo().get()) : null);
        byte[] pdf;
        try {
            pdf = renderer.render(facts, options);
        } catch (Letterhead.BadLogo e) {
            throw new ExportFailure(e, "export.error.logo", o.logo().orElseThrow());
        }
        AtomicWrite.write(out, pdf, true);
    }

    private static byte[] logo(Path file) throws ExportFailure {
        try {
            return Logo.read(file);
        } catch (Logo.Refused e) {
            throw new ExportFailure(e, "export.error.logo", file);
        }
    }
}
