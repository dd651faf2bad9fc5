package id.rembuk.report.documents;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Goal;
import id.rembuk.domain.Indicator;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Mission;
import id.rembuk.domain.Note;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Readiness;
import id.rembuk.domain.Records;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotCount;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Target;
import id.rembuk.domain.Vision;
import id.rembuk.domain.Vote;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.plan.RoadmapPlan;
import id.rembuk.readiness.Worksheet;
import id.rembuk.report.pdf.Align;
import id.rembuk.report.pdf.Figure;
import id.rembuk.report.pdf.PageSetup;
import id.rembuk.report.pdf.PdfFonts.Face;
import id.rembuk.report.pdf.PdfLayout;
import id.rembuk.report.pdf.PdfLayout.KeyValue;
import id.rembuk.report.pdf.Run;
import id.rembuk.report.pdf.Signature;
import id.rembuk.report.pdf.Table;
import id.rembuk.report.pdf.Table.Cell;
import id.rembuk.report.pdf.Table.Column;
import id.rembuk.report.pdf.PdfFonts;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The notulensi of a bimtek: the facts of the meeting, a table of contents, the participants by
 * unsur, the agenda as planned and as run, the points discussed, the readiness of the six
 * dimensions (radar), each dimension's group work (readiness bars, gaps, SWOT with its dots, TOWS
 * strategies, targets, programmes), the vision cascade, the quick-win grid, the roadmap, the
 * decisions and follow-ups, and the signatures of the chair and the note-taker.
 *
 * <p>Every number comes from the domain's own computations ({@link Worksheet}, {@link SwotCount},
 * {@link Portfolio}, {@link RoadmapPlan}), the ones the room's screens show. Parts the session has
 * no data for (a Tahap I session has no programmes) are left out or named in one sentence.
 *
 * <p>The table of contents needs the pages of the headings, known only at the end: its lines are
 * reserved in place (one per section, the sections are known before the layout) and written in
 * once the layout is done, so the document is laid out once.
 */
public final class Minutes {
    static final String TITLE = "NOTULENSI";
    private static final String DOTS = "....................................";
    private static final float TOC_LINE_MM = 6.2f;

    private Minutes() {
    }

    public static byte[] render(SessionFacts f, DocumentOptions o) throws IOException {
        Content c = Content.of(f);
        List<Section> sections = sections(f, o, c);
        try (PdfLayout pdf = PdfLayout.create(PageSetup.a4Portrait(), Kop.info(f, o, "Notulensi"))) {
            List<TocPart> toc = new ArrayList<>();
            List<Integer> pages = write(pdf, f, o, sections, toc);
            for (TocPart part : toc) {
                part.fill(pdf.fonts(), sections, pages);
            }
            return pdf.finish();
        }
    }

    /** What the minutes print, read once from the session. */
    record Content(Worksheet sheet, List<GapItem> gaps, Map<Dimension, SwotCount.Board> dimensionBoards,
                   Map<Element, SwotCount.Board> elementBoards, List<Strategy> strategies, Optional<Vision> vision,
                   List<Mission> missions, List<Goal> goals, List<Target> targets, List<Indicator> indicators,
                   Portfolio portfolio, RoadmapPlan roadmap, Map<String, BlockRun> runs, List<Note> notes) {

        static Content of(SessionFacts f) {
            SessionState s = f.state();
            List<SwotItem> items = Records.read(s, EntityKind.SWOT_ITEM, SwotItem::from).records();
            List<Vote> votes = Records.read(s, EntityKind.VOTE, Vote::from).records();
            Map<Dimension, SwotCount.Board> dims = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                dims.put(d, SwotCount.of(items, votes, SwotCount.round(s, Optional.of(d), Optional.empty()),
                        Optional.of(d), Optional.empty()));
            }
            Map<Element, SwotCount.Board> elems = new EnumMap<>(Element.class);
            for (Element e : Element.values()) {
                SwotCount.Board b = SwotCount.of(items, votes, SwotCount.round(s, Optional.empty(), Optional.of(e)),
                        Optional.empty(), Optional.of(e));
                if (b.cards() > 0) {
                    elems.put(e, b);
                }
            }
            List<Vision> visions = Records.read(s, EntityKind.VISION, Vision::from).records();
            Optional<Vision> vision = visions.stream().filter(Vision::adopted)
                    .min(Comparator.comparingInt(Vision::order).thenComparing(Vision::id));
            Map<String, BlockRun> runs = new HashMap<>();
            Records.read(s, EntityKind.BLOCK_RUN, BlockRun::from).records().forEach(r -> runs.put(r.agendaItemId(), r));
            return new Content(Worksheet.of(s),
                    sorted(Records.read(s, EntityKind.GAP_ITEM, GapItem::from).records(),
                            Comparator.comparingInt(GapItem::order).thenComparing(GapItem::id)),
                    dims, elems,
                    sorted(Records.read(s, EntityKind.STRATEGY, Strategy::from).records(),
                            Comparator.comparing(Strategy::type).thenComparingInt(Strategy::order)
                                    .thenComparing(Strategy::id)),
                    vision,
                    sorted(Records.read(s, EntityKind.MISSION, Mission::from).records(),
                            Comparator.comparingInt(Mission::order).thenComparing(Mission::id)),
                    sorted(Records.read(s, EntityKind.GOAL, Goal::from).records(),
                            Comparator.comparingInt(Goal::order).thenComparing(Goal::id)),
                    sorted(Records.read(s, EntityKind.TARGET, Target::from).records(),
                            Comparator.comparingInt(Target::order).thenComparing(Target::id)),
                    sorted(Records.read(s, EntityKind.INDICATOR, Indicator::from).records(),
                            Comparator.comparingInt(Indicator::order).thenComparing(Indicator::id)),
                    Portfolio.of(s), RoadmapPlan.of(s, f.info(), Messages.INDONESIAN), runs,
                    sorted(Records.read(s, EntityKind.NOTE, Note::from).records(),
                            Comparator.comparingInt(Note::order).thenComparing(Note::id)));
        }

        private static <T> List<T> sorted(List<T> in, Comparator<T> by) {
            return in.stream().sorted(by).toList();
        }

        boolean readinessAssessed() {
            return sheet.overall().assessed() > 0;
        }

        boolean hasVision() {
            return vision.isPresent() || !missions.isEmpty();
        }

        List<Note> notes(Note.Kind... kinds) {
            List<Note.Kind> k = List.of(kinds);
            return notes.stream().filter(n -> k.contains(n.type())).toList();
        }

    }

    // ---- the document ----

    /** A numbered part of the minutes: its heading, level (0 or 1) and what it prints. */
    private record Section(String title, int level, Consumer<PdfLayout> body) {
    }

    /** The parts in order; those the session has no data for are left out. */
    private static List<Section> sections(SessionFacts f, DocumentOptions o, Content c) {
        List<Section> out = new ArrayList<>();
        int[] n = {0};
        Function<String, String> num = t -> (++n[0]) + ". " + t;
        out.add(new Section(num.apply("Peserta"), 0, pdf -> participants(pdf, f)));
        out.add(new Section(num.apply("Agenda dan Jalannya Acara"), 0, pdf -> agenda(pdf, f, c, zone(o))));
        List<Note> points = c.notes(Note.Kind.POINT);
        if (!points.isEmpty()) {
            out.add(new Section(num.apply("Pokok-pokok Pembahasan"), 0, pdf -> notes(pdf, f, points)));
        }
        if (c.readinessAssessed()) {
            out.add(new Section(num.apply("Hasil Penilaian Kesiapan"), 0, pdf -> readiness(pdf, c)));
        }
        out.add(new Section(num.apply("Hasil Kerja Kelompok per Dimensi"), 0, pdf -> pdf.paragraph(
                "Bagian ini memuat hasil kerja keenam kelompok dimensi sebagaimana ditampilkan dan disepakati dalam"
                        + " pleno.")));
        int dims = n[0];
        int k = 0;
        for (Dimension d : Dimension.values()) {
            out.add(new Section(dims + "." + (++k) + " " + Words.dimension(d), 1, pdf -> dimension(pdf, c, d)));
        }
        if (!c.elementBoards().isEmpty()) {
            out.add(new Section(num.apply("SWOT per Elemen"), 0, pdf -> {
                for (Map.Entry<Element, SwotCount.Board> e : c.elementBoards().entrySet()) {
                    subheading(pdf, "Elemen " + Words.element(e.getKey()));
                    swot(pdf, e.getValue());
                }
            }));
        }
        if (c.hasVision()) {
            out.add(new Section(num.apply("Visi, Misi dan Tujuan Smart City"), 0, pdf -> vision(pdf, c)));
        }
        List<Portfolio.Entry> placed = c.portfolio().programmes().stream().filter(e -> e.position().isPresent())
                .toList();
        if (!placed.isEmpty() || !c.portfolio().quickWins().isEmpty()) {
            out.add(new Section(num.apply("Prioritas Program dan Quick Win"), 0, pdf -> quickWins(pdf, c, placed)));
        }
        if (hasRoadmap(c.roadmap())) {
            out.add(new Section(num.apply("Peta Jalan"), 0, pdf -> roadmap(pdf, c.roadmap())));
        }
        out.add(new Section(num.apply("Kesimpulan dan Keputusan"), 0, pdf -> decisions(pdf, f, c)));
        out.add(new Section(num.apply("Tindak Lanjut"), 0, pdf -> followUps(pdf, f)));
        return out;
    }

    // ---- the document ----

    /** Lays the minutes out with the contents' pages as given; returns the pages the headings landed on. */
    private static List<Integer> write(PdfLayout pdf, SessionFacts f, DocumentOptions o, List<Section> sections,
                                      List<TocPart> toc) {
        pdf.letterhead(Kop.of(f, o));
        pdf.title(TITLE, 14f, true);
        pdf.title(f.activity().toUpperCase(Locale.ROOT), 11.5f, false);
        pdf.spacer(3);
        facts(pdf, f);
        pdf.spacer(3);
        toc.addAll(contents(pdf, sections.size()));
        List<Integer> found = new ArrayList<>();
        for (Section s : sections) {
            if (s.level() == 0) {
                pdf.spacer(2);
                // a part starts where its heading and the start of its body fit, not at a page's foot
                pdf.ensureSpace(45);
                pdf.heading(s.title().toUpperCase(Locale.ROOT));
            } else {
                pdf.heading(s.title());
            }
            found.add(pdf.pageCount());
            s.body().accept(pdf);
        }
        pdf.spacer(4);
        // the closing sentence stays with the signatures
        pdf.ensureSpace(62);
        pdf.paragraph("Demikian notulensi ini dibuat sebagai catatan resmi jalannya kegiatan dan untuk dipergunakan"
                + " sebagaimana mestinya.");
        pdf.spacer(5);
        signatures(pdf, f);
        return found;
    }

    private static void subheading(PdfLayout pdf, String text) {
        pdf.spacer(1);
        pdf.ensureSpace(22);
        pdf.paragraph(List.of(Run.italic(text)), Align.LEFT);
        pdf.spacer(1);
    }

    private static ZoneId zone(DocumentOptions o) {
        return o.created().getZone();
    }

    private static void facts(PdfLayout pdf, SessionFacts f) {
        List<KeyValue> rows = new ArrayList<>();
        rows.add(new KeyValue("Kegiatan", f.activity()));
        rows.add(new KeyValue("Tahap", "Tahap " + f.info().stage().name()));
        rows.add(new KeyValue("Hari/Tanggal", f.info().days().stream().map(IndonesianFormat::date)
                .collect(Collectors.joining(" dan "))));
        time(f).ifPresent(t -> rows.add(new KeyValue("Waktu", t)));
        String venue = f.info().venue().replace("(CONTOH)", "").strip();
        rows.add(new KeyValue("Tempat", venue.isEmpty() ? f.regionName() : venue));
        Optional<Participant> chair = f.planningHead();
        rows.add(new KeyValue("Pimpinan Rapat", chair.map(p -> p.name() + ", " + p.jabatan())
                .orElse(f.info().facilitators().isEmpty() ? DOTS : clean(f.info().facilitators().get(0)))));
        if (!f.info().experts().isEmpty()) {
            rows.add(new KeyValue("Narasumber", f.info().experts().stream().map(Minutes::clean)
                    .collect(Collectors.joining("; "))));
        }
        if (!f.info().facilitators().isEmpty()) {
            rows.add(new KeyValue("Fasilitator", f.info().facilitators().stream().map(Minutes::clean)
                    .collect(Collectors.joining("; "))));
        }
        rows.add(new KeyValue("Notulis", noteTaker(f).map(Participant::name).orElse(DOTS)));
        rows.add(new KeyValue("Peserta", f.participants().size() + " (" + Terbilang.of(f.participants().size())
                + ") orang, sebagaimana daftar hadir terlampir"));
        pdf.keyValues(rows);
    }

    private static String clean(String s) {
        return s.replace("(CONTOH)", "").replaceAll("\\s+", " ").strip();
    }

    /** "08.00–16.30" from the planned agenda of the days; empty without an agenda. */
    private static Optional<String> time(SessionFacts f) {
        if (f.agenda().isEmpty()) {
            return Optional.empty();
        }
        LocalTime start = f.agenda().stream().map(AgendaItem::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalTime end = f.agenda().stream().map(AgendaItem::end).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(IndonesianFormat.timeRange(start, end) + " waktu setempat");
    }

    /** The committee member who takes the minutes: one whose position says so, else the first of the committee. */
    static Optional<Participant> noteTaker(SessionFacts f) {
        List<Participant> committee = f.participants().stream().filter(p -> p.unsur() == Participant.Unsur.PANITIA)
                .toList();
        return committee.stream().filter(p -> p.jabatan().toLowerCase(Locale.ROOT).contains("notul")).findFirst()
                .or(() -> committee.stream().findFirst());
    }

    // ---- table of contents ----

    /**
     * PDFBox warns on every font set in a form's content stream that the font is subset without a
     * document context; the fonts were loaded for this document and veraPDF finds every glyph in
     * the subset, so the warning is noise on the user's terminal. Held here so JUL keeps the level.
     */
    private static final java.util.logging.Logger FORM_FONT_WARNINGS =
            java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.PDAbstractContentStream");

    static {
        FORM_FONT_WARNINGS.setLevel(java.util.logging.Level.SEVERE);
    }

    /**
     * Reserves the contents' lines, one per section, as form XObjects drawn where they stand; the
     * forms are filled with the titles and pages once the whole document is laid out, so it is laid
     * out once.
     */
    private static List<TocPart> contents(PdfLayout pdf, int entries) {
        List<TocPart> parts = new ArrayList<>();
        pdf.paragraph(List.of(Run.bold("DAFTAR ISI")), Align.CENTER);
        pdf.spacer(1);
        int i = 0;
        while (i < entries) {
            int fit = (int) Math.floor(pdf.remaining() / (TOC_LINE_MM * PageSetup.MM));
            if (fit < 2) {
                pdf.newPage();
                continue;
            }
            int from = i;
            int to = Math.min(entries, i + fit);
            pdf.figure((to - from) * TOC_LINE_MM, (cs, fonts, box) -> {
                PDFormXObject form = new PDFormXObject(new PDStream(new COSStream()));
                form.setBBox(new PDRectangle(box.x(), box.y(), box.width(), box.height()));
                form.setResources(new PDResources());
                cs.drawForm(form);
                parts.add(new TocPart(form, box, from, to));
            });
            i = to;
        }
        return parts;
    }

    /** Lines {@code from..to} of the contents, drawn into their form when the pages are known. */
    private record TocPart(PDFormXObject form, Figure.Box box, int from, int to) {
        void fill(PdfFonts fonts, List<Section> sections, List<Integer> pages) throws IOException {
            float line = TOC_LINE_MM * PageSetup.MM;
            try (PDFormContentStream cs = new PDFormContentStream(form)) {
                for (int j = from; j < to; j++) {
                    Section e = sections.get(j);
                    Face face = e.level() == 0 ? Face.BOLD : Face.REGULAR;
                    float size = e.level() == 0 ? 10.5f : 10f;
                    float base = box.top() - line * (j - from) - line + 4;
                    float x = box.x() + (e.level() == 0 ? 0 : 8 * PageSetup.MM);
                    String page = Integer.toString(pages.get(j));
                    float pw = Figure.width(fonts, Face.REGULAR, size, page);
                    String title = Figure.fit(fonts, face, size, e.title(), box.right() - x - pw - 30);
                    float tw = show(cs, fonts, face, size, x, base, title);
                    // title, leader, page: in reading order, so copied or extracted text reads as a line
                    float unit = Figure.width(fonts, Face.REGULAR, size, " .");
                    int dots = (int) Math.floor((box.right() - pw - 5 - (x + tw + 6)) / unit);
                    if (dots > 0) {
                        String leader = " .".repeat(dots).strip();
                        float lw = Figure.width(fonts, Face.REGULAR, size, leader);
                        show(cs, fonts, Face.REGULAR, size, box.right() - pw - 5 - lw, base, leader);
                    }
                    show(cs, fonts, Face.REGULAR, size, box.right() - pw, base, page);
                }
            }
        }

        private static float show(PDFormContentStream cs, PdfFonts fonts, Face face, float size, float x, float base,
                                  String text) throws IOException {
            String t = fonts.printable(face, text);
            cs.beginText();
            cs.setFont(fonts.font(face), size);
            cs.setTextMatrix(Matrix.getTranslateInstance(x, base));
            cs.showText(t);
            cs.endText();
            return fonts.width(face, size, t);
        }
    }

    // ---- sections ----

    private static void participants(PdfLayout pdf, SessionFacts f) {
        Map<Participant.Unsur, Long> by = new EnumMap<>(Participant.Unsur.class);
        f.participants().forEach(p -> by.merge(p.unsur(), 1L, Long::sum));
        pdf.paragraph("Kegiatan diikuti oleh " + f.participants().size() + " (" + Terbilang.of(f.participants().size())
                + ") orang peserta dari unsur pentahelix sebagai berikut (daftar hadir terlampir):");
        pdf.spacer(1.5f);
        Table t = Table.of(new Column("No", 0.6f, Align.CENTER), new Column("Unsur", 5, Align.LEFT),
                new Column("Jumlah", 1.6f, Align.RIGHT)).fontSize(9.5f);
        int n = 0;
        for (Map.Entry<Participant.Unsur, Long> e : by.entrySet()) {
            t.row((++n) + ".", SessionFacts.unsurLabel(e.getKey()), e.getValue() + " orang");
        }
        t.row(List.of(Cell.of(""), Cell.bold("Jumlah"), Cell.bold(f.participants().size() + " orang")), 0);
        pdf.table(t);
    }

    private static void agenda(PdfLayout pdf, SessionFacts f, Content c, ZoneId zone) {
        if (f.agenda().isEmpty()) {
            pdf.paragraph("Agenda kegiatan belum dicatat dalam sesi.");
            return;
        }
        boolean anyRun = f.agenda().stream().anyMatch(a -> c.runs().containsKey(a.id())
                && c.runs().get(a.id()).status() != BlockRun.Status.PLANNED);
        pdf.paragraph(anyRun ? "Acara berjalan sebagai berikut; kolom realisasi mencatat waktu mulai dan selesai"
                + " setiap sesi menurut pencatat waktu fasilitator."
                : "Acara disusun sebagai berikut; waktu realisasi belum dicatat oleh pencatat waktu fasilitator.");
        Map<Integer, List<AgendaItem>> byDay = new java.util.TreeMap<>();
        f.agenda().forEach(a -> byDay.computeIfAbsent(a.day(), d -> new ArrayList<>()).add(a));
        for (Map.Entry<Integer, List<AgendaItem>> day : byDay.entrySet()) {
            LocalDate date = f.info().firstDay().plusDays(day.getKey() - 1L);
            subheading(pdf, "Hari ke-" + day.getKey() + ", " + IndonesianFormat.date(date));
            Table t = Table.of(new Column("Rencana", 1.55f, Align.CENTER), new Column("Realisasi", 1.9f, Align.CENTER),
                    new Column("Acara", 4.2f, Align.LEFT), new Column("Narasumber/Pemandu", 2.6f, Align.LEFT))
                    .fontSize(8.5f).zebra(true);
            for (AgendaItem a : day.getValue()) {
                t.row(IndonesianFormat.timeRange(a.start(), a.end()), actual(c.runs().get(a.id()), zone), a.title(),
                        a.speaker());
            }
            pdf.table(t);
        }
    }

    /** "08.05–08.41 (36 menit)", "dilewati", or "–" for a block the timer never started. */
    static String actual(BlockRun r, ZoneId zone) {
        if (r == null || r.startedAt().isEmpty()) {
            return r != null && r.status() == BlockRun.Status.SKIPPED ? "dilewati" : "–";
        }
        LocalTime start = LocalDateTime.ofInstant(r.startedAt().get(), zone).toLocalTime();
        long minutes = Math.round(r.elapsedSeconds(r.endedAt().orElse(r.startedAt().get())) / 60.0);
        if (r.status().isClosed() && r.endedAt().isPresent()) {
            LocalTime end = LocalDateTime.ofInstant(r.endedAt().get(), zone).toLocalTime();
            return IndonesianFormat.timeRange(start, end) + " (" + minutes + " menit)";
        }
        return "mulai " + IndonesianFormat.time(start);
    }

    private static void notes(PdfLayout pdf, SessionFacts f, List<Note> notes) {
        Map<String, String> blocks = f.agenda().stream().collect(Collectors.toMap(AgendaItem::id, AgendaItem::title,
                (a, b) -> a));
        List<String> labels = new ArrayList<>();
        List<List<Run>> items = new ArrayList<>();
        for (Note n : notes) {
            labels.add((labels.size() + 1) + ".");
            List<Run> runs = new ArrayList<>();
            String block = blocks.getOrDefault(n.agendaItemId(), "");
            if (!block.isEmpty()) {
                runs.add(Run.italic("[" + block + "] "));
            }
            if (!n.speaker().isEmpty()) {
                runs.add(Run.bold(n.speaker() + ": "));
            }
            runs.add(Run.plain(clean(n.text())));
            items.add(runs);
        }
        pdf.list(labels, items, 0);
    }

    private static List<Element> elements(Content c) {
        return c.sheet().elements();
    }

    private static void readiness(PdfLayout pdf, Content c) {
        Readiness.Result all = c.sheet().overall();
        pdf.paragraph("Kesiapan daerah diukur dengan lembar kesiapan per dimensi dan elemen (" + all.assessed()
                + " dari " + all.total() + " indikator telah dinilai). Kesiapan keseluruhan: "
                + all.percent().stream().mapToObj(Words::percent).findFirst().orElse("belum dinilai")
                + " (" + Words.band(all.band(Readiness.Bands.DEFAULT)) + "; Kurang < 40%, Cukup 40–69%, Baik ≥ 70%).");
        List<Charts.Value> spokes = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            spokes.add(new Charts.Value(d.defaultLabel().replaceFirst("^Smart ", ""), c.sheet().total(d).percent()));
        }
        pdf.figure(92, Charts.radar(spokes));
        pdf.paragraph(List.of(Run.italic("Gambar 1. Kesiapan keenam dimensi smart city (persen).")), Align.CENTER);
        pdf.spacer(2);
        List<Column> cols = new ArrayList<>();
        cols.add(new Column("Dimensi", 2.4f, Align.LEFT));
        for (Element e : elements(c)) {
            cols.add(new Column(Words.element(e), 1.5f, Align.CENTER));
        }
        cols.add(new Column("Dimensi", 1.3f, Align.CENTER));
        cols.add(new Column("Kategori", 1.3f, Align.CENTER));
        Table t = Table.of(cols).fontSize(9f);
        for (Dimension d : Dimension.values()) {
            List<String> row = new ArrayList<>();
            row.add(d.defaultLabel());
            for (Element e : elements(c)) {
                row.add(pct(c.sheet().total(d, e).percent()));
            }
            Readiness.Result r = c.sheet().total(d);
            row.add(pct(r.percent()));
            row.add(Words.band(r.band(Readiness.Bands.DEFAULT)));
            t.row(row.toArray(String[]::new));
        }
        pdf.table(t);
    }

    private static String pct(OptionalDouble p) {
        return p.isPresent() ? Words.percent(p.getAsDouble()) : "–";
    }

    private static void dimension(PdfLayout pdf, Content c, Dimension d) {
        List<String> missing = new ArrayList<>();
        Readiness.Result r = c.sheet().total(d);
        if (r.assessed() > 0) {
            pdf.paragraph(List.of(Run.bold("a. Kesiapan. "), Run.plain("Kesiapan dimensi " + pct(r.percent()) + " ("
                    + Words.band(r.band(Readiness.Bands.DEFAULT)) + "); " + r.assessed() + " dari " + r.total()
                    + " indikator dinilai.")), Align.LEFT);
            List<Charts.Value> bars = new ArrayList<>();
            for (Element e : elements(c)) {
                bars.add(new Charts.Value(Words.element(e), c.sheet().total(d, e).percent()));
            }
            pdf.figure(8 + bars.size() * 7.5f, Charts.bars(bars));
        } else {
            missing.add("penilaian kesiapan");
        }
        List<GapItem> gaps = c.gaps().stream().filter(g -> g.dimension() == d).toList();
        if (!gaps.isEmpty()) {
            part(pdf, "b. Analisis kesenjangan");
            Table t = Table.of(new Column("No", 0.5f, Align.CENTER), new Column("Kondisi saat ini", 2.6f, Align.LEFT),
                    new Column("Kondisi yang diharapkan", 2.6f, Align.LEFT), new Column("Kesenjangan", 2.4f, Align.LEFT),
                    new Column("Prioritas", 1.1f, Align.CENTER)).fontSize(8.5f);
            int n = 0;
            for (GapItem g : gaps) {
                String where = g.subDimension().map(s -> s.name()).isPresent() || g.element().isPresent()
                        ? g.element().map(Words::element).orElse("") : "";
                t.row((++n) + ".", (where.isEmpty() ? "" : where + ": ") + g.current(), g.expected(),
                        g.gap() + (g.recommendation().isEmpty() ? "" : "\nKebutuhan: " + g.recommendation()),
                        Words.priority(g.priority()));
            }
            pdf.table(t);
        } else {
            missing.add("analisis kesenjangan");
        }
        SwotCount.Board board = c.dimensionBoards().get(d);
        if (board.cards() > 0) {
            part(pdf, "c. Analisis SWOT" + (board.round() > 0 ? " (angka dalam kurung: jumlah suara)" : ""));
            swot(pdf, board);
        } else {
            missing.add("SWOT");
        }
        List<Strategy> strategies = c.strategies().stream().filter(s -> s.dimension() == d).toList();
        if (!strategies.isEmpty()) {
            part(pdf, "d. Strategi (matriks TOWS)");
            Table t = Table.of(new Column("Jenis", 2.3f, Align.LEFT), new Column("Strategi", 7, Align.LEFT))
                    .fontSize(9f);
            for (Strategy.Type type : Strategy.Type.values()) {
                List<String> texts = strategies.stream().filter(s -> s.type() == type).map(Strategy::text).toList();
                if (!texts.isEmpty()) {
                    t.row(List.of(Cell.bold(Words.strategy(type)), Cell.of(numbered(texts))), 0);
                }
            }
            pdf.table(t);
        } else {
            missing.add("strategi TOWS");
        }
        List<Target> targets = c.targets().stream().filter(t -> t.dimension().equals(Optional.of(d))).toList();
        if (!targets.isEmpty()) {
            part(pdf, "e. Sasaran dan indikator");
            targets(pdf, c, targets);
        }
        List<Portfolio.Entry> programmes = c.portfolio().inDimension(d);
        if (!programmes.isEmpty()) {
            part(pdf, "f. Program");
            Table t = Table.of(new Column("Kode", 0.9f, Align.CENTER), new Column("Program", 3.4f, Align.LEFT),
                    new Column("OPD pengampu", 2.1f, Align.LEFT), new Column("Jangka", 1.4f, Align.CENTER),
                    new Column("Anggaran indikatif", 2f, Align.RIGHT), new Column("Skor (peringkat)", 1.4f,
                            Align.CENTER)).fontSize(8.5f).zebra(true);
            for (Portfolio.Entry e : programmes) {
                t.row(e.ref(), e.programme().name() + (e.chosen() ? " (quick win)" : ""), e.programme().leadOpd(),
                        Words.horizon(e.programme().horizon()),
                        e.programme().budget() > 0 ? Words.rupiah(e.programme().budget()) : "–",
                        e.aggregate().score().isPresent() ? String.format(Locale.ROOT, "%.2f", e.aggregate().score()
                                .getAsDouble()).replace('.', ',') + " (" + e.rank() + ")" : "–");
            }
            pdf.table(t);
        } else {
            missing.add("program");
        }
        if (!missing.isEmpty()) {
            pdf.spacer(1);
            pdf.paragraph(List.of(Run.italic("Belum ada " + joinAnd(missing) + " untuk dimensi ini pada tahap ini.")),
                    Align.LEFT);
        }
    }

    private static void part(PdfLayout pdf, String text) {
        pdf.spacer(1.5f);
        pdf.ensureSpace(25);
        pdf.paragraph(List.of(Run.bold(text)), Align.LEFT);
        pdf.spacer(0.8f);
    }

    static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " dan " + parts.get(parts.size() - 1);
    }

    private static String numbered(List<String> texts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(i + 1).append(". ").append(texts.get(i));
        }
        return b.toString();
    }

    /**
     * The board as a 2×2: strengths beside weaknesses, then opportunities beside threats, one pair of
     * cards a row, so a board of a hundred cards breaks across pages between cards, under its header.
     */
    private static void swot(PdfLayout pdf, SwotCount.Board b) {
        half(pdf, b, SwotItem.Quadrant.S, SwotItem.Quadrant.W);
        half(pdf, b, SwotItem.Quadrant.O, SwotItem.Quadrant.T);
    }

    private static void half(PdfLayout pdf, SwotCount.Board b, SwotItem.Quadrant left, SwotItem.Quadrant right) {
        Table t = Table.of(new Column(Words.quadrant(left), 1, Align.LEFT), new Column(Words.quadrant(right), 1,
                Align.LEFT)).fontSize(9f);
        List<String> l = cards(b, left);
        List<String> r = cards(b, right);
        for (int i = 0; i < Math.max(1, Math.max(l.size(), r.size())); i++) {
            t.row(i < l.size() ? l.get(i) : i == 0 ? "–" : "", i < r.size() ? r.get(i) : i == 0 ? "–" : "");
        }
        pdf.table(t);
    }

    /** "1. Text (3 suara)" per card on the board; the cards merged into one follow it as "[digabung: …]". */
    static List<String> cards(SwotCount.Board b, SwotItem.Quadrant q) {
        List<String> out = new ArrayList<>();
        for (SwotCount.Card c : b.cards(q)) {
            StringBuilder s = new StringBuilder();
            s.append(out.size() + 1).append(". ").append(c.item().text().replace('\n', ' '));
            if (b.round() > 0) {
                s.append(" (").append(c.dots()).append(" suara)");
            }
            if (!c.merged().isEmpty()) {
                s.append(" [digabung: ").append(c.merged().stream().map(m -> m.text().replace('\n', ' '))
                        .collect(Collectors.joining("; "))).append(']');
            }
            out.add(s.toString());
        }
        return out;
    }

    private static void targets(PdfLayout pdf, Content c, List<Target> targets) {
        Table t = Table.of(new Column("Sasaran", 3.2f, Align.LEFT), new Column("Indikator", 3, Align.LEFT),
                new Column("Satuan", 1, Align.CENTER), new Column("Baseline", 1.1f, Align.CENTER),
                new Column("Target per tahun", 2.4f, Align.LEFT)).fontSize(8.5f);
        for (Target target : targets) {
            List<Indicator> ind = c.indicators().stream().filter(i -> i.targetId().equals(target.id())).toList();
            if (ind.isEmpty()) {
                t.row(target.text(), "–", "", "", "");
            }
            boolean first = true;
            for (Indicator i : ind) {
                List<String> years = new ArrayList<>();
                for (int y = 1; y <= i.yearly().size(); y++) {
                    final int yy = y;
                    i.targetFor(y).ifPresent(v -> years.add("Th " + yy + ": " + v));
                }
                t.row(first ? target.text() : "", i.name(), i.unit(), i.baseline(), String.join("; ", years));
                first = false;
            }
        }
        pdf.table(t);
    }

    private static void vision(PdfLayout pdf, Content c) {
        c.vision().ifPresent(v -> {
            pdf.paragraph(List.of(Run.bold("Visi smart city yang disepakati:")), Align.LEFT);
            pdf.paragraph(List.of(Run.italic("\u201C" + v.text() + "\u201D")), Align.CENTER, 11.5f, 0);
            if (!v.keywords().isEmpty()) {
                pdf.paragraph(List.of(Run.plain("Kata kunci: " + String.join(", ", v.keywords()) + ".")),
                        Align.CENTER, 9.5f, 0);
            }
            pdf.spacer(2);
        });
        if (!c.missions().isEmpty()) {
            pdf.paragraph(List.of(Run.bold("Misi dan tujuan:")), Align.LEFT);
            List<String> labels = new ArrayList<>();
            List<List<Run>> items = new ArrayList<>();
            for (Mission m : c.missions()) {
                labels.add((labels.size() + 1) + ".");
                List<Run> runs = new ArrayList<>();
                runs.add(Run.plain(m.text()));
                List<Goal> goals = c.goals().stream().filter(g -> g.missionId().equals(m.id())).toList();
                for (int i = 0; i < goals.size(); i++) {
                    runs.add(Run.italic("\nTujuan " + (labels.size()) + "." + (i + 1) + ": "));
                    runs.add(Run.plain(goals.get(i).text()));
                }
                items.add(runs);
            }
            pdf.list(labels, items, 0);
        }
    }

    private static void quickWins(PdfLayout pdf, Content c, List<Portfolio.Entry> placed) {
        Map<String, Integer> number = new LinkedHashMap<>();
        for (Portfolio.Entry e : placed) {
            number.put(e.id(), number.size() + 1);
        }
        if (!placed.isEmpty()) {
            pdf.paragraph("Program yang telah dinilai ditempatkan pada kisi dampak × upaya menurut skor penilaian"
                    + " berbobot (atau digeser fasilitator dengan catatan). Nomor titik merujuk pada tabel di bawah"
                    + " gambar; lingkaran tebal menandai quick win yang dipilih.");
            List<Charts.Dot> dots = new ArrayList<>();
            for (Portfolio.Entry e : placed) {
                dots.add(new Charts.Dot(number.get(e.id()), e.dimension(), e.position().get().impact(),
                        e.position().get().effort(), e.chosen()));
            }
            pdf.figure(125, Charts.grid(dots));
            pdf.paragraph(List.of(Run.italic("Gambar 2. Kisi prioritas quick win (dampak × upaya).")), Align.CENTER);
            pdf.spacer(1.5f);
            legend(pdf);
            pdf.spacer(1.5f);
            Table t = Table.of(new Column("No", 0.55f, Align.CENTER), new Column("Kode", 0.95f, Align.CENTER),
                    new Column("Program", 4, Align.LEFT), new Column("Dampak", 1, Align.CENTER),
                    new Column("Upaya", 1, Align.CENTER), new Column("Kuadran", 1.7f, Align.LEFT),
                    new Column("Quick win", 1.1f, Align.CENTER)).fontSize(8.5f).zebra(true);
            for (Portfolio.Entry e : placed) {
                var p = e.position().get();
                t.row(number.get(e.id()) + ".", e.ref(), e.programme().name()
                                + p.nudge().map(n -> "\nDigeser: " + n).orElse(""), one(p.impact()), one(p.effort()),
                        Words.grid(p.quadrant()), e.chosen() ? "dipilih" : "");
            }
            pdf.table(t);
        }
        List<id.rembuk.domain.QuickWin> wins = c.portfolio().quickWins();
        if (!wins.isEmpty()) {
            pdf.spacer(2);
            pdf.paragraph(List.of(Run.bold("Quick win yang disepakati (profil lengkap dalam dokumen Profil Quick Win):")),
                    Align.LEFT);
            Table t = Table.of(new Column("No", 0.5f, Align.CENTER), new Column("Quick win", 3.6f, Align.LEFT),
                    new Column("Dimensi", 1.9f, Align.LEFT), new Column("OPD pengampu", 2.3f, Align.LEFT),
                    new Column("Anggaran", 2f, Align.RIGHT)).fontSize(8.5f);
            int n = 0;
            for (id.rembuk.domain.QuickWin q : wins) {
                t.row((++n) + ".", q.name(), Words.dimension(q.dimension()), q.leadOpd(),
                        q.budget() > 0 ? Words.rupiah(q.budget()) : "–");
            }
            pdf.table(t);
        }
    }

    private static void legend(PdfLayout pdf) {
        pdf.figure(9, (cs, fonts, box) -> {
            float x = box.x();
            float base = box.top() - 10;
            for (Dimension d : Dimension.values()) {
                float[] col = Charts.dimensionColour(d);
                cs.setNonStrokingColor(col[0], col[1], col[2]);
                Charts.circle(cs, x + 4, base + 3, 4);
                cs.fill();
                cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                x += 11 + Figure.text(cs, fonts, Face.REGULAR, 8, x + 11, base, d.defaultLabel().replace("Smart ", ""))
                        + 9;
            }
            cs.setStrokingColor(0.05f, 0.05f, 0.05f);
            cs.setLineWidth(1.6f);
            Charts.circle(cs, x + 4, base + 3, 4.5f);
            cs.stroke();
            Figure.text(cs, fonts, Face.REGULAR, 8, x + 12, base, "quick win dipilih");
        });
    }

    private static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
    }

    private static boolean hasRoadmap(RoadmapPlan plan) {
        return plan.lines().stream().anyMatch(l -> !l.phases().isEmpty() || !l.cells().isEmpty());
    }

    private static void roadmap(PdfLayout pdf, RoadmapPlan plan) {
        int years = plan.setup().years();
        pdf.paragraph("Peta jalan " + years + " tahun (" + plan.setup().calendarYear(1) + "–"
                + plan.setup().calendarYear(years) + "): tahapan setiap program per tahun dan anggaran indikatif"
                + " (Rp; M = miliar, jt = juta).");
        pdf.spacer(1);
        boolean ten = years > 5;
        List<Column> cols = new ArrayList<>();
        cols.add(new Column("Kode", 0.9f, Align.CENTER));
        cols.add(new Column("Program", 3f, Align.LEFT));
        for (int y = 1; y <= years; y++) {
            cols.add(new Column(Integer.toString(plan.setup().calendarYear(y)), ten ? 0.9f : 1.35f, Align.CENTER));
        }
        Table t = Table.of(cols).fontSize(ten ? 7f : 8f);
        for (RoadmapPlan.Line l : plan.lines()) {
            if (l.phases().isEmpty() && l.cells().isEmpty()) {
                continue;
            }
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(l.ref()));
            row.add(Cell.of(l.name() + (l.chosen() ? " (quick win)" : "")));
            for (int y = 1; y <= years; y++) {
                final int yy = y;
                String phase = l.phases().stream().filter(p -> p.covers(yy)).map(p -> p.name())
                        .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
                String budget = l.budget(y).filter(b -> b > 0).map(Words::rupiahShort).orElse("");
                row.add(Cell.of(phase + (phase.isEmpty() || budget.isEmpty() ? "" : "\n") + budget));
            }
            t.row(row, 0);
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.of(""));
        total.add(Cell.bold("Jumlah per tahun"));
        for (int y = 1; y <= years; y++) {
            Long v = plan.totals().get(y);
            total.add(Cell.bold(v == null || v == 0 ? "–" : Words.rupiahShort(v)));
        }
        t.row(total, 0);
        pdf.table(t);
    }

    private static void decisions(PdfLayout pdf, SessionFacts f, Content c) {
        List<Note> notes = c.notes(Note.Kind.CONCLUSION, Note.Kind.DECISION);
        List<String> labels = new ArrayList<>();
        List<List<Run>> items = new ArrayList<>();
        for (Note n : notes) {
            labels.add((labels.size() + 1) + ".");
            List<Run> runs = new ArrayList<>();
            if (n.type() == Note.Kind.DECISION) {
                runs.add(Run.bold("Keputusan: "));
            }
            runs.add(Run.plain(clean(n.text())));
            if (!n.speaker().isEmpty()) {
                runs.add(Run.italic(" (" + n.speaker() + ")"));
            }
            items.add(runs);
        }
        if (items.isEmpty()) {
            String outcome = switch (f.info().stage()) {
                case I -> "Peserta menyepakati hasil penilaian kesiapan, analisis kesenjangan dan SWOT per dimensi"
                        + " sebagaimana tercantum dalam notulensi ini sebagai bahan Tahap II.";
                case II -> "Peserta menyepakati rumusan visi, misi, tujuan, sasaran dan strategi per dimensi sebagaimana"
                        + " tercantum dalam notulensi ini.";
                case III -> "Peserta menyepakati daftar program, hasil penilaian, quick win dan peta jalan sebagaimana"
                        + " tercantum dalam notulensi ini.";
                case IV -> "Peserta menyepakati rancangan akhir Masterplan Smart City beserta rencana aksinya.";
            };
            labels.add("1.");
            items.add(List.of(Run.plain(outcome)));
        }
        pdf.list(labels, items, 0);
    }

    private static void followUps(PdfLayout pdf, SessionFacts f) {
        if (f.followUps().isEmpty()) {
            pdf.paragraph("Belum ada tindak lanjut yang dicatat pada tahap ini.");
            return;
        }
        Table t = Table.of(new Column("No", 0.5f, Align.CENTER), new Column("Tindak lanjut", 5, Align.LEFT),
                new Column("Penanggung jawab", 2.4f, Align.LEFT), new Column("Batas waktu", 1.8f, Align.CENTER))
                .fontSize(9f);
        int n = 0;
        for (ActionItem a : f.followUps()) {
            t.row((++n) + ".", a.step(), a.owner().isEmpty() ? "–" : a.owner(),
                    a.due().map(IndonesianFormat::dateWithoutDay).orElse("–"));
        }
        pdf.table(t);
    }

    private static void signatures(PdfLayout pdf, SessionFacts f) {
        Optional<Participant> chair = f.planningHead();
        Optional<Participant> taker = noteTaker(f);
        pdf.signatures(List.of(
                new Signature("", List.of("Notulis,"), taker.map(Participant::name).orElse(""),
                        taker.map(Participant::nipDisplay).orElse(""), true),
                new Signature(f.place() + ", " + IndonesianFormat.dateWithoutDay(f.info().lastDay()),
                        List.of("Pimpinan Rapat,", chair.map(Participant::jabatan).orElse("")),
                        chair.map(Participant::name).orElse(""), chair.map(Participant::nipDisplay).orElse(""), true)));
    }
}
