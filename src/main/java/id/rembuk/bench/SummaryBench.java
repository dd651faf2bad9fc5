package id.rembuk.bench;

import id.rembuk.domain.Criterion;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Programme;
import id.rembuk.domain.RoadmapCell;
import id.rembuk.domain.RoadmapPhase;
import id.rembuk.domain.Score;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vote;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.report.documents.DocumentOptions;
import id.rembuk.report.documents.PdfReports;
import id.rembuk.report.documents.SessionFacts;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.report.pdf.Align;
import id.rembuk.report.pdf.DocInfo;
import id.rembuk.report.pdf.Letterhead;
import id.rembuk.report.pdf.PageSetup;
import id.rembuk.report.pdf.PdfLayout;
import id.rembuk.report.pdf.Run;
import id.rembuk.store.SessionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * The notulensi ("summary") of a full session: the sample's 80 participants and agenda, six SWOT
 * boards of 100 cards with a round of dots each, and 60 programmes scored, placed on the grid and on
 * the roadmap, in a session file in a temporary folder. Measured warm (rendered N times in this JVM,
 * median) and cold (a child JVM per run, as {@code rembuk pdf FILE --report summary -o OUT} runs;
 * where this build has no {@code pdf} command, a child running {@code SummaryBench --once}, which
 * opens the file, reads the session and renders once). The baseline, in the same run: the same PDF
 * kit writing a document of as many pages of plain paragraphs, with no domain work.
 * Run {@code java -cp ... id.rembuk.bench.SummaryBench [RUNS]}.
 */
public final class SummaryBench {
    private static final int CARDS_PER_BOARD = 100;
    private static final int PROGRAMMES = 60;
    private static final String LOREM = "Pemerintah daerah menyiapkan layanan digital yang terintegrasi agar warga di"
            + " seluruh kecamatan dapat mengakses layanan publik dengan cepat, mudah dan terjangkau. ";

    private SummaryBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--once")) {
            once(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length == 3 && args[0].equals("--baseline-once")) {
            Files.write(Path.of(args[2]), baseline(Integer.parseInt(args[1])));
            return;
        }
        int runs = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("rembuk-summary-bench");
        try {
            run(dir, runs);
        } finally {
            Bench.deleteTree(dir);
        }
    }

    private static void run(Path dir, int runs) throws Exception {
        long t0 = System.nanoTime();
        Path file = dir.resolve("full.mv.db");
        build(file);
        SessionState state;
        java.util.UUID id;
        try (SessionFile s = SessionFile.open(file, true)) {
            state = s.state();
            id = s.sessionId();
        }
        SessionFacts facts = SessionFacts.of(state, id).orElseThrow();
        System.out.printf(Locale.ROOT, "summary setup: %d participants, %d SWOT cards, %d programmes, built in %.1f s%n",
                facts.participants().size(), state.count(EntityKind.SWOT_ITEM.code()),
                state.count(EntityKind.PROGRAMME.code()), (System.nanoTime() - t0) / 1e9);

        PdfReports.Renderer summary = PdfReports.renderer("summary").orElseThrow();
        DocumentOptions options = DocumentOptions.defaults();
        byte[][] last = new byte[1][];
        List<Double> warm = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        for (int i = 0; i < runs + 3; i++) {
            double r = Bench.time(() -> SessionFacts.of(state, id).orElseThrow());
            double w = Bench.time(() -> last[0] = summary.render(facts, options));
            if (i >= 3) {
                warm.add(w);
                read.add(r);
            }
        }
        if (System.getProperty("rembuk.bench.out") != null) {
            // to look at what was measured
            Files.write(Path.of(System.getProperty("rembuk.bench.out")), last[0]);
        }
        int pages;
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(last[0])) {
            pages = d.getNumberOfPages();
        }
        List<Double> base = new ArrayList<>();
        for (int i = 0; i < runs + 3; i++) {
            double b = Bench.time(() -> baseline(pages));
            if (i >= 3) {
                base.add(b);
            }
        }
        System.out.printf(Locale.ROOT, "summary warm: %.0f ms median of %d (%d pages, %,d bytes); reading the"
                        + " session's facts %.1f ms; baseline (same kit, %d pages of plain paragraphs) %.0f ms; ratio"
                        + " %.1f; goal <= 1000 ms%n", Bench.median(warm), runs, pages, last[0].length,
                Bench.median(read), pages, Bench.median(base), Bench.median(warm) / Bench.median(base));

        Path out = dir.resolve("summary.pdf");
        boolean command = child(List.of("id.rembuk.Main", "pdf", file.toString(), "--report", "summary", "-o",
                out.toString())) >= 0 && Files.exists(out);
        List<Double> cold = new ArrayList<>();
        List<Double> coldBase = new ArrayList<>();
        for (int i = 0; i < Math.max(3, runs / 3); i++) {
            Files.deleteIfExists(out);
            double ms = command
                    ? child(List.of("id.rembuk.Main", "pdf", file.toString(), "--report", "summary", "-o",
                    out.toString()))
                    : child(List.of(SummaryBench.class.getName(), "--once", file.toString(), out.toString()));
            if (ms < 0 || !Files.exists(out)) {
                throw new IllegalStateException("the cold run wrote no PDF");
            }
            cold.add(ms);
            coldBase.add(child(List.of(SummaryBench.class.getName(), "--baseline-once", Integer.toString(pages),
                    dir.resolve("base.pdf").toString())));
        }
        System.out.printf(Locale.ROOT, "summary cold: %.0f ms median of %d child JVMs (%s); baseline cold (same kit,"
                        + " %d pages of paragraphs) %.0f ms; goal <= 2500 ms%n", Bench.median(cold), cold.size(),
                command ? "rembuk pdf FILE --report summary" : "no pdf command in this build: SummaryBench --once"
                        + " opens the file, reads the session, renders once", pages, Bench.median(coldBase));
    }

    /** What the {@code pdf} command does for the summary: open, read, render, write. */
    private static void once(Path file, Path out) throws Exception {
        try (SessionFile s = SessionFile.open(file, true)) {
            SessionFacts f = SessionFacts.of(s.state(), s.sessionId()).orElseThrow();
            Files.write(out, PdfReports.renderer("summary").orElseThrow().render(f, DocumentOptions.defaults()));
        }
    }

    /** Wall time of a child JVM in ms, or -1 when it failed. */
    private static double child(List<String> mainAndArgs) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        double ms = (System.nanoTime() - t) / 1e6;
        return code == 0 ? ms : -1;
    }

    /** The same kit, a kop and a title, then plain paragraphs until the document has {@code pages} pages. */
    static byte[] baseline(int pages) throws Exception {
        DocInfo info = new DocInfo("Baseline", "Baseline", "", null, "Baseline");
        try (PdfLayout pdf = PdfLayout.create(PageSetup.a4Portrait(), info)) {
            pdf.letterhead(new Letterhead(List.of("PEMERINTAH KABUPATEN CONTOH"), "Alamat", Optional.empty()));
            pdf.title("NOTULENSI");
            int n = 0;
            while (true) {
                String para = (++n) + ". " + LOREM.repeat(3);
                pdf.paragraph(List.of(Run.plain(para)), Align.JUSTIFY);
                if (pdf.pageCount() > pages) {
                    break;
                }
            }
            return pdf.finish();
        }
    }

    /** The sample, then six boards of 100 cards with dots, strategies, and programmes up to 60, scored and on the roadmap. */
    private static void build(Path file) throws Exception {
        SessionJsonCodec.Parsed p;
        try (var in = SummaryBench.class.getResourceAsStream("/id/rembuk/samples/banggai-tahap1.json")) {
            p = in != null ? SessionJsonCodec.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    : SessionJsonCodec.read(Path.of("samples", "banggai-tahap1.json"));
        }
        Random rnd = new Random(7);
        try (SessionFile s = SessionFile.create(file, p.sessionId(), "Laptop fasilitator (bench)")) {
            s.importChanges(p.changes(), p.replicas());
            List<Edit> edits = new ArrayList<>();
            SwotItem.Quadrant[] qs = SwotItem.Quadrant.values();
            for (Dimension d : Dimension.values()) {
                edits.addAll(new SwotBoard(Optional.of(d), Optional.empty(), false, 1, false, 5,
                        SwotBoard.BudgetPer.GROUP).toEdits());
                for (int i = 0; i < CARDS_PER_BOARD; i++) {
                    String card = Ids.random();
                    edits.addAll(new SwotItem(card, Optional.of(d), Optional.empty(), qs[i % 4], "Kartu " + (i + 1)
                            + " " + d.code() + ": " + LOREM.substring(0, 40 + rnd.nextInt(120)).strip(), d.code(), "",
                            1000 + i).toEdits());
                    for (int v = 0; v < rnd.nextInt(4); v++) {
                        edits.addAll(new Vote(Ids.random(), card, "Kelompok " + v, 1).toEdits());
                    }
                }
                for (Strategy.Type t : Strategy.Type.values()) {
                    edits.addAll(new Strategy(Ids.random(), d, t, "Strategi " + t + " " + d.code() + ": "
                            + LOREM.substring(0, 90), List.of(), 50).toEdits());
                }
            }
            long existing = s.state().count(EntityKind.PROGRAMME.code());
            for (int i = 0; i < PROGRAMMES - existing; i++) {
                Dimension d = Dimension.values()[i % 6];
                String id = Ids.random();
                edits.addAll(new Programme(id, d, Optional.empty(), List.of(), "Program uji " + (i + 1) + " "
                        + d.code(), List.of("Kajian", "Uji coba"), Programme.Horizon.values()[i % 3], "Dinas " + (i % 9),
                        List.of("Diskominfo"), FundingSource.APBD, 100_000_000L * (1 + rnd.nextInt(40)), "", 100 + i,
                        OptionalInt.of(3 + rnd.nextInt(20)), i % 2 == 0 ? "Layanan " + i : "").toEdits());
                for (String scorer : List.of("Kelompok GOV", "Kelompok SOC")) {
                    for (Criterion c : Criterion.values()) {
                        edits.addAll(Score.of(id, c, scorer, 1 + rnd.nextInt(5)).toEdits());
                    }
                }
                for (int y = 1; y <= 5; y++) {
                    edits.addAll(RoadmapCell.of(id, y, "Tahap " + y, 50_000_000L * rnd.nextInt(10)).toEdits());
                }
                edits.addAll(new RoadmapPhase(Ids.random(), id, "Persiapan", 1, 1, 0).toEdits());
                edits.addAll(new RoadmapPhase(Ids.random(), id, "Pelaksanaan", 2, 5, 1).toEdits());
            }
            s.apply(new Action("Sesi lengkap untuk bench", edits));
        }
    }

}
