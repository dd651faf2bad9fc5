package id.rembuk.report.documents;

import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Participant;
import id.rembuk.report.pdf.Align;
import id.rembuk.report.pdf.PageSetup;
import id.rembuk.report.pdf.PdfLayout;
import id.rembuk.report.pdf.PdfLayout.KeyValue;
import id.rembuk.report.pdf.Signature;
import id.rembuk.report.pdf.Table;
import id.rembuk.report.pdf.Table.Cell;
import id.rembuk.report.pdf.Table.Column;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daftar hadir: one list per day of the bimtek (landscape A4, the kop on each day's first
 * page), every participant with a numbered place to sign in the alternating signature column, blank
 * numbered rows for walk-ins, and the "Mengetahui" block.
 */
public final class AttendanceList {
    static final String TITLE = "DAFTAR HADIR";

    private AttendanceList() {
    }

    public static byte[] render(SessionFacts f, DocumentOptions o) throws IOException {
        List<LocalDate> days = f.info().days();
        try (PdfLayout pdf = PdfLayout.create(PageSetup.a4Landscape(), Kop.info(f, o, "Daftar Hadir"))) {
            for (int d = 0; d < days.size(); d++) {
                if (d > 0) {
                    pdf.newPage();
                }
                day(pdf, f, o, days.get(d), d + 1, days.size());
            }
            return pdf.finish();
        }
    }

    private static void day(PdfLayout pdf, SessionFacts f, DocumentOptions o, LocalDate date, int day, int days) {
        pdf.letterhead(Kop.of(f, o));
        pdf.title(TITLE, 13f, true);
        pdf.spacer(2);
        List<KeyValue> head = new ArrayList<>();
        head.add(new KeyValue("Kegiatan", f.activity()));
        head.add(new KeyValue("Hari/Tanggal", IndonesianFormat.date(date)
                + (days > 1 ? " (hari ke-" + day + " dari " + days + ")" : "")));
        head.add(new KeyValue("Tempat", f.info().venue().replace("(CONTOH)", "").strip()));
        pdf.keyValues(head);
        pdf.spacer(3);
        Table t = Table.of(new Column("No", 0.45f, Align.CENTER), new Column("Nama", 2.2f, Align.LEFT),
                new Column("NIP", 1.95f, Align.CENTER), new Column("Jabatan", 2.1f, Align.LEFT),
                new Column("Instansi/OPD", 2.3f, Align.LEFT), new Column("Unsur", 1.05f, Align.LEFT),
                new Column("Kelompok", 1f, Align.LEFT), new Column("Tanda Tangan", 2.1f, Align.LEFT))
                .fontSize(8.5f);
        int n = 0;
        for (Participant p : f.participants()) {
            n++;
            t.row(List.of(Cell.of(n + "."), Cell.of(p.name()), Cell.of(p.nipDisplay()), Cell.of(p.jabatan()),
                    Cell.of(p.institution()), Cell.of(SessionFacts.unsurLabel(p.unsur())),
                    Cell.of(SessionFacts.groupLabel(p.group())), sign(n)), 11);
        }
        for (int i = 0; i < o.blankRows(); i++) {
            n++;
            t.row(List.of(Cell.of(n + "."), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of(""),
                    Cell.of(""), sign(n)), 11);
        }
        pdf.table(t);
        pdf.spacer(6);
        Participant head0 = f.planningHead().orElse(null);
        List<String> roles = new ArrayList<>();
        roles.add("Mengetahui,");
        roles.add(head0 == null ? "Penanggung Jawab Kegiatan" : head0.jabatan());
        pdf.signatures(List.of(new Signature(f.place() + ", " + IndonesianFormat.dateWithoutDay(date), roles,
                head0 == null ? "" : head0.name(), head0 == null ? "" : head0.nipDisplay(), true)));
    }

    static Cell sign(int n) {
        return Cell.signature(n);
    }
}
