package id.rembuk.report.documents;

import id.rembuk.domain.IndicatorTarget;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.MonthStep;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.RoadmapSetup;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.plan.RoadmapPlan;
import id.rembuk.report.pdf.Align;
import id.rembuk.report.pdf.Figure;
import id.rembuk.report.pdf.PageSetup;
import id.rembuk.report.pdf.PdfFonts.Face;
import id.rembuk.report.pdf.PdfLayout;
import id.rembuk.report.pdf.Run;
import id.rembuk.report.pdf.Table;
import id.rembuk.report.pdf.Table.Cell;
import id.rembuk.report.pdf.Table.Column;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quick-win profiles (Buku IV): one profile per quick win, each starting on a new page, laid out
 * as a government programme profile sheet: the key facts in a two-column table (name, dimension,
 * programme, lead OPD, partners, place, time, budget in Rupiah, funding, place on the grid), then
 * the problem, goal, beneficiaries, activities, the reason it was chosen, outputs, the indicators
 * with baseline and target, the month-by-month schedule as a bar chart, risks and sustainability.
 */
public final class QuickWinProfiles {
    static final String TITLE = "PROFIL QUICK WIN";

    private QuickWinProfiles() {
    }

    public static byte[] render(SessionFacts f, DocumentOptions o) throws IOException {
        Portfolio portfolio = Portfolio.of(f.state());
        RoadmapSetup year = RoadmapPlan.of(f.state(), f.info(), Messages.INDONESIAN).setup();
        try (PdfLayout pdf = PdfLayout.create(PageSetup.a4Portrait(), Kop.info(f, o, "Profil Quick Win"))) {
            pdf.letterhead(Kop.of(f, o));
            pdf.title(TITLE, 14f, true);
            pdf.title(f.activity().toUpperCase(Locale.ROOT), 11.5f, false);
            pdf.spacer(3);
            if (f.quickWins().isEmpty()) {
                pdf.paragraph("Belum ada quick win yang disepakati pada tahap ini.");
                return pdf.finish();
            }
            pdf.paragraph("Dokumen ini memuat profil " + f.quickWins().size() + " (" + Terbilang.of(f.quickWins().size())
                    + ") quick win yang disepakati dalam kegiatan, satu profil untuk setiap quick win:");
            pdf.spacer(1);
            Table list = Table.of(new Column("No", 0.5f, Align.CENTER), new Column("Quick win", 4.2f, Align.LEFT),
                    new Column("Dimensi", 2f, Align.LEFT), new Column("OPD pengampu", 2.4f, Align.LEFT),
                    new Column("Anggaran", 2f, Align.RIGHT)).fontSize(9f);
            int n = 0;
            long total = 0;
            for (QuickWin q : f.quickWins()) {
                list.row((++n) + ".", q.name(), Words.dimension(q.dimension()), q.leadOpd(), money(q.budget()));
                total += q.budget();
            }
            list.row(List.of(Cell.of(""), Cell.bold("Jumlah"), Cell.of(""), Cell.of(""), Cell.bold(money(total))), 0);
            pdf.table(list);
            n = 0;
            for (QuickWin q : f.quickWins()) {
                pdf.newPage();
                profile(pdf, q, ++n, f.quickWins().size(), portfolio, year);
            }
            return pdf.finish();
        }
    }

    private static String money(long amount) {
        return amount > 0 ? Words.rupiah(amount) : "–";
    }

    private static void profile(PdfLayout pdf, QuickWin q, int n, int of, Portfolio portfolio, RoadmapSetup year) {
        pdf.title("PROFIL QUICK WIN " + n + " DARI " + of, 12f, false);
        pdf.title(q.name(), 12.5f, false);
        pdf.spacer(2);
        Optional<Portfolio.Entry> from = q.programmeId().isEmpty() ? Optional.empty()
                : portfolio.find(q.programmeId());
        Table t = Table.of(new Column("Uraian", 2.2f, Align.LEFT), new Column("Keterangan", 6f, Align.LEFT))
                .fontSize(9.5f);
        row(t, "Nama quick win", q.name());
        row(t, "Dimensi", Words.dimension(q.dimension())
                + q.subDimension().map(s -> " / " + s.defaultLabelId()).orElse(""));
        row(t, "Program asal", from.map(e -> e.ref() + " " + e.programme().name()).orElse("Diusulkan langsung"));
        row(t, "OPD pengampu", q.leadOpd().isEmpty() ? "–" : q.leadOpd());
        row(t, "OPD/mitra pendukung", q.partners().isEmpty() ? "–" : String.join(", ", q.partners()));
        row(t, "Lokasi", q.location().isEmpty() ? "–" : q.location());
        row(t, "Waktu pelaksanaan", when(q, year));
        row(t, "Perkiraan anggaran", q.budget() > 0 ? Words.rupiah(q.budget()) + " (" + Terbilang.of(q.budget())
                + " rupiah)" : "Belum diperkirakan");
        row(t, "Sumber dana", Words.funding(q.funding()));
        pdf.table(t);
        pdf.spacer(2);
        pdf.paragraph(List.of(Run.bold("Posisi pada kisi prioritas")), Align.LEFT);
        List<String> place = new ArrayList<>();
        place.add("Kuadran: " + Words.grid(q.quadrant()) + " (" + Words.gridCaption(q.quadrant()) + ")");
        place.add("Dampak bagi warga: " + q.impact() + " dari 5");
        place.add("Upaya pelaksanaan: " + q.effort() + " dari 5");
        from.flatMap(Portfolio.Entry::nudge).ifPresent(g -> place.add("Digeser fasilitator: " + g.note()));
        from.ifPresent(e -> place.add("Peringkat program: " + e.rank() + " dari " + portfolio.programmes().size()));
        pdf.figure(30, Charts.position(q.impact(), q.effort(), q.dimension(), place));
        section(pdf, "A. Permasalahan", q.problem());
        section(pdf, "B. Tujuan", q.goal());
        section(pdf, "C. Penerima manfaat", q.beneficiaries());
        if (!q.description().isEmpty()) {
            heading(pdf, "D. Uraian kegiatan");
            List<String> lines = q.description().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<String> labels = new ArrayList<>();
            List<List<Run>> items = new ArrayList<>();
            for (String l : lines) {
                labels.add((labels.size() + 1) + ".");
                items.add(List.of(Run.plain(l)));
            }
            pdf.list(labels, items, 4);
        }
        section(pdf, "E. Alasan dipilih sebagai quick win", q.reason());
        if (!q.output().isEmpty() || !q.outcome().isEmpty()) {
            heading(pdf, "F. Keluaran dan hasil");
            List<PdfLayout.KeyValue> kv = new ArrayList<>();
            if (!q.output().isEmpty()) {
                kv.add(new PdfLayout.KeyValue("Keluaran (output)", q.output()));
            }
            if (!q.outcome().isEmpty()) {
                kv.add(new PdfLayout.KeyValue("Hasil (outcome)", q.outcome()));
            }
            pdf.keyValues(kv, 4);
        }
        List<IndicatorTarget> targets = q.targets();
        if (!targets.isEmpty()) {
            heading(pdf, "G. Indikator dan target");
            Table it = Table.of(new Column("No", 0.5f, Align.CENTER), new Column("Indikator", 4.5f, Align.LEFT),
                    new Column("Kondisi awal", 1.8f, Align.CENTER), new Column("Target akhir tahun", 1.8f,
                            Align.CENTER)).fontSize(9f);
            int i = 0;
            for (IndicatorTarget x : targets) {
                it.row((++i) + ".", x.name(), x.baseline().isEmpty() ? "–" : x.baseline(),
                        x.target().isEmpty() ? "–" : x.target());
            }
            pdf.table(it);
        }
        List<MonthStep> steps = q.steps();
        if (!steps.isEmpty()) {
            // the heading goes with the chart's first block, never alone at the foot of a page
            long placed = Math.min(20, steps.stream().filter(MonthStep::placed).count());
            pdf.spacer(2.5f);
            pdf.ensureSpace(18 + 9 + placed * 7.5f);
            heading(pdf, "H. Jadwal pelaksanaan (bulan ke-, tahun " + year.calendarYear(1) + ")");
            schedule(pdf, steps);
        }
        section(pdf, "I. Risiko dan mitigasi", q.risks());
        section(pdf, "J. Keberlanjutan", q.sustainability());
    }

    private static void row(Table t, String key, String value) {
        t.row(List.of(Cell.bold(key), Cell.of(value)), 0);
    }

    /** "Januari – Juni 2023 (6 bulan)": the months of the plan's first year. */
    static String when(QuickWin q, RoadmapSetup year) {
        int end = Math.min(12, q.startMonth() + q.durationMonths() - 1);
        String months = q.startMonth() == end ? IndonesianFormat.monthName(end)
                : IndonesianFormat.monthName(q.startMonth()) + " – " + IndonesianFormat.monthName(end);
        return months + " " + year.calendarYear(1) + " (" + q.durationMonths() + " bulan)";
    }

    private static void heading(PdfLayout pdf, String text) {
        pdf.spacer(2.5f);
        pdf.ensureSpace(18);
        pdf.paragraph(List.of(Run.bold(text)), Align.LEFT);
        pdf.spacer(0.5f);
    }

    private static void section(PdfLayout pdf, String title, String text) {
        if (text.isBlank()) {
            return;
        }
        heading(pdf, title);
        pdf.paragraph(List.of(Run.plain(text)), Align.JUSTIFY, 11f, 4);
    }

    /** The steps as bars over the twelve months; steps without months are listed under the chart. */
    private static void schedule(PdfLayout pdf, List<MonthStep> steps) {
        List<MonthStep> placed = steps.stream().filter(MonthStep::placed).toList();
        float rowMm = 7.5f;
        for (int from = 0; from < placed.size(); from += 20) {
            List<MonthStep> part = placed.subList(from, Math.min(placed.size(), from + 20));
            int first = from;
            pdf.figure(9 + part.size() * rowMm, (cs, fonts, box) -> {
                float labelW = box.width() * 0.42f;
                float x0 = box.x() + labelW + 6;
                float cell = (box.right() - x0) / 12;
                float row = rowMm * PageSetup.MM;
                float top = box.top() - 14;
                cs.setNonStrokingColor(0.2f, 0.2f, 0.2f);
                for (int m = 1; m <= 12; m++) {
                    Figure.centred(cs, fonts, Face.BOLD, 8, x0 + cell * (m - 0.5f), top + 4, Integer.toString(m));
                }
                for (int i = 0; i < part.size(); i++) {
                    MonthStep s = part.get(i);
                    float yTop = top - row * i;
                    if (i % 2 == 0) {
                        cs.setNonStrokingColor(0.95f, 0.95f, 0.95f);
                        cs.addRect(box.x(), yTop - row, box.width(), row);
                        cs.fill();
                    }
                    cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                    String label = (first + i + 1) + ". " + s.activity();
                    List<String> lines = twoLines(fonts, label, 8.5f, labelW);
                    float base = yTop - row / 2 + (lines.size() == 1 ? -3 : 1.5f);
                    for (String l : lines) {
                        Figure.text(cs, fonts, Face.REGULAR, 8.5f, box.x() + 2, base, l);
                        base -= 9.5f;
                    }
                    cs.setNonStrokingColor(0.16f, 0.38f, 0.67f);
                    cs.addRect(x0 + cell * (s.from() - 1) + 1.5f, yTop - row + 5, cell * (s.to() - s.from() + 1) - 3,
                            row - 10);
                    cs.fill();
                }
                cs.setStrokingColor(0.7f, 0.7f, 0.7f);
                cs.setLineWidth(0.4f);
                for (int m = 0; m <= 12; m++) {
                    cs.moveTo(x0 + cell * m, top + 12);
                    cs.lineTo(x0 + cell * m, top - row * part.size());
                }
                cs.moveTo(box.x(), top - row * part.size());
                cs.lineTo(box.right(), top - row * part.size());
                cs.stroke();
            });
        }
        List<MonthStep> loose = steps.stream().filter(s -> !s.placed()).toList();
        if (!loose.isEmpty()) {
            pdf.paragraph(List.of(Run.italic("Belum dijadwalkan: "), Run.plain(String.join("; ",
                    loose.stream().map(MonthStep::activity).toList()) + ".")), Align.LEFT);
        }
    }

    /** The text on at most two lines of the width, the second cut with "…" when it must. */
    private static List<String> twoLines(id.rembuk.report.pdf.PdfFonts fonts, String text, float size, float width) {
        String t = fonts.printable(Face.REGULAR, text).replace('\n', ' ');
        if (Figure.width(fonts, Face.REGULAR, size, t) <= width) {
            return List.of(t);
        }
        String[] words = t.split(" ");
        StringBuilder first = new StringBuilder();
        int i = 0;
        while (i < words.length && Figure.width(fonts, Face.REGULAR, size,
                (first.length() == 0 ? "" : first + " ") + words[i]) <= width) {
            first.append(first.length() == 0 ? "" : " ").append(words[i]);
            i++;
        }
        if (first.length() == 0) {
            return List.of(Figure.fit(fonts, Face.REGULAR, size, t, width));
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        return List.of(first.toString(), Figure.fit(fonts, Face.REGULAR, size, rest, width));
    }
}
