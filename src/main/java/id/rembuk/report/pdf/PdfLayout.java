package id.rembuk.report.pdf;

import id.rembuk.report.pdf.PdfFonts.Face;
import id.rembuk.report.pdf.Table.Cell;
import id.rembuk.report.pdf.Table.Column;
import id.rembuk.report.pdf.TextWrap.Line;
import id.rembuk.report.pdf.TextWrap.Piece;
import id.rembuk.report.pdf.TextWrap.Word;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A flow layout on A4 pages: a cursor goes down the page and each call puts a block under the
 * previous one, starting a new page when the block does not fit. Typical use:
 *
 * <pre>{@code
 * try (PdfLayout pdf = PdfLayout.create(PageSetup.a4Portrait(), info)) {
 *     pdf.letterhead(kop);
 *     pdf.title("BERITA ACARA");
 *     pdf.paragraph(List.of(Run.plain("Pada hari ini "), Run.bold("Senin")), Align.JUSTIFY);
 *     pdf.keyValues(List.of(new KeyValue("Hari/Tanggal", "Senin, 7 Desember 2026")));
 *     pdf.table(Table.of(new Column("No", 1, Align.CENTER), new Column("Nama", 6, Align.LEFT)).row("1", "Budi"));
 *     pdf.signatures(List.of(new Signature("Luwuk, 7 Desember 2026", List.of("Mengetahui,"), "Budi", "1978...", true)));
 *     byte[] bytes = pdf.finish();
 * }
 * }</pre>
 *
 * {@link #finish()} stamps "Halaman X dari Y" on every page (the total is known only then), adds
 * the PDF/A-2b metadata and returns the bytes. All text goes through {@link PdfFonts#printable},
 * so no input text can make the export fail. Sizes in the API are millimetres, font sizes points.
 */
public final class PdfLayout implements AutoCloseable {
    /** One "Label : value" row of {@link #keyValues}. */
    public record KeyValue(String key, String value) {
    }

    static final float BODY = 11f;
    private static final float LEADING = 1.25f;
    private static final float CELL_PAD_X = 3f;
    private static final float CELL_PAD_Y = 2.6f;
    private static final float GRID = 0.5f;
    private static final float[] HEADER_FILL = {0.88f, 0.88f, 0.88f};
    private static final float[] ZEBRA_FILL = {0.95f, 0.95f, 0.95f};

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final DocInfo info;
    private PageSetup setup;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    private Letterhead everyPage;
    private float bodyTop;
    private final List<PageSetup> pageSetups = new ArrayList<>();

    private PdfLayout(PageSetup setup, DocInfo info) {
        this.doc = new PDDocument();
        this.fonts = PdfFonts.load(doc);
        this.setup = setup;
        this.info = info;
    }

    /** A document whose first page is started at once. */
    public static PdfLayout create(PageSetup setup, DocInfo info) {
        PdfLayout l = new PdfLayout(setup, info);
        l.newPage();
        return l;
    }

    public PdfFonts fonts() {
        return fonts;
    }

    public PageSetup setup() {
        return setup;
    }

    public int pageCount() {
        return doc.getNumberOfPages();
    }

    /** Room left on the current page, in points. */
    public float remaining() {
        return y - setup.bottom();
    }

    /** Starts a new page with the same paper; the repeating kop, if any, goes on top. */
    public void newPage() {
        newPage(setup);
    }

    /** Starts a new page on other paper (a landscape attachment after portrait pages). */
    public void newPage(PageSetup next) {
        closeStream();
        setup = next;
        page = new PDPage(setup.rectangle());
        doc.addPage(page);
        pageSetups.add(next);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = setup.top();
        if (everyPage != null) {
            drawLetterhead(everyPage);
        }
        bodyTop = y;
    }

    /** Starts a new page unless {@code mm} millimetres are left on this one. */
    public void ensureSpace(float mm) {
        ensurePt(mm * PageSetup.MM);
    }

    private void ensurePt(float pt) {
        // at the top of a fresh page a new page would not give more room, only an empty page
        if (remaining() < pt && y < bodyTop - 1) {
            newPage();
        }
    }

    public void spacer(float mm) {
        y -= mm * PageSetup.MM;
        if (y < setup.bottom()) {
            newPage();
        }
    }

    /** The kop on the current page only. */
    public void letterhead(Letterhead kop) {
        drawLetterhead(kop);
    }

    /** The kop on the current page and every page after it. */
    public void letterheadOnEveryPage(Letterhead kop) {
        everyPage = kop;
        drawLetterhead(kop);
    }

    /** A centred bold title ("DAFTAR HADIR"), optionally underlined as official titles often are. */
    public void title(String text, float size, boolean underline) {
        List<Line> lines = TextWrap.wrap(fonts, List.of(Run.bold(text)), size, setup.contentWidth());
        ensurePt(lines.size() * size * LEADING + size);
        for (Line line : lines) {
            float x = setup.left() + (setup.contentWidth() - line.width()) / 2;
            float baseline = y - size;
            drawLine(line, x, baseline, line.width(), Align.LEFT, size);
            if (underline) {
                strokeLine(x, baseline - 1.8f, x + line.width(), baseline - 1.8f, 0.8f);
            }
            y -= size * LEADING;
        }
    }

    public void title(String text) {
        title(text, 13f, false);
    }

    /** A bold left heading with a little room above it, kept on the page of what follows. */
    public void heading(String text) {
        spacerPt(BODY * 0.5f);
        ensurePt(BODY * LEADING * 4);
        paragraph(List.of(Run.bold(text)), Align.LEFT, BODY, 0);
    }

    /** Body text, justified. */
    public void paragraph(String text) {
        paragraph(List.of(Run.plain(text)), Align.JUSTIFY, BODY, 0);
    }

    public void paragraph(List<Run> runs, Align align) {
        paragraph(runs, align, BODY, 0);
    }

    /**
     * Runs wrapped to the content width less {@code indentMm}; lines flow onto the next page as
     * needed. '\n' in a run starts a new line.
     */
    public void paragraph(List<Run> runs, Align align, float size, float indentMm) {
        float indent = indentMm * PageSetup.MM;
        float width = setup.contentWidth() - indent;
        for (Line line : TextWrap.wrap(fonts, runs, size, width)) {
            ensurePt(size * LEADING);
            drawLine(line, setup.left() + indent, y - size, width, align, size);
            y -= size * LEADING;
        }
    }

    /**
     * A numbered (or lettered) list with hanging indent: "1. text that wraps under the text".
     * {@code labels} are the markers ("1.", "a."), one per item.
     */
    public void list(List<String> labels, List<List<Run>> items, float indentMm) {
        float size = BODY;
        float indent = indentMm * PageSetup.MM;
        float hang = 0;
        for (String l : labels) {
            hang = Math.max(hang, fonts.width(Face.REGULAR, size, fonts.printable(Face.REGULAR, l)));
        }
        hang += 4;
        float width = setup.contentWidth() - indent - hang;
        for (int i = 0; i < items.size(); i++) {
            List<Line> lines = TextWrap.wrap(fonts, items.get(i), size, width);
            for (int j = 0; j < lines.size(); j++) {
                ensurePt(size * LEADING);
                if (j == 0) {
                    text(labels.get(i), Face.REGULAR, size, setup.left() + indent, y - size);
                }
                drawLine(lines.get(j), setup.left() + indent + hang, y - size, width, Align.JUSTIFY, size);
                y -= size * LEADING;
            }
        }
    }

    /** "Hari/Tanggal : Kamis, 16 Juni 2022" rows with the colons aligned and values wrapping under themselves. */
    public void keyValues(List<KeyValue> rows, float indentMm) {
        keyValues(rows, indentMm, "");
    }

    /**
     * Key-value rows under a marker ("I.", "1.") that hangs in the indent on the first row, as the
     * parties of a berita acara are listed.
     */
    public void keyValues(List<KeyValue> rows, float indentMm, String marker) {
        float size = BODY;
        boolean first = true;
        float indent = indentMm * PageSetup.MM;
        float keyWidth = 0;
        for (KeyValue kv : rows) {
            keyWidth = Math.max(keyWidth, fonts.width(Face.REGULAR, size, fonts.printable(Face.REGULAR, kv.key())));
        }
        keyWidth += 6;
        float colon = fonts.width(Face.REGULAR, size, ": ");
        float valueX = setup.left() + indent + keyWidth + colon;
        float width = setup.right() - valueX;
        for (KeyValue kv : rows) {
            List<Line> lines = TextWrap.wrap(fonts, List.of(Run.plain(kv.value())), size, width);
            for (int j = 0; j < lines.size(); j++) {
                ensurePt(size * LEADING);
                if (j == 0) {
                    if (first && !marker.isEmpty()) {
                        float mw = fonts.width(Face.REGULAR, size, fonts.printable(Face.REGULAR, marker));
                        text(marker, Face.REGULAR, size, setup.left() + indent - mw - 4, y - size);
                        first = false;
                    }
                    text(kv.key(), Face.REGULAR, size, setup.left() + indent, y - size);
                    text(":", Face.REGULAR, size, setup.left() + indent + keyWidth, y - size);
                }
                drawLine(lines.get(j), valueX, y - size, width, Align.LEFT, size);
                y -= size * LEADING;
            }
        }
    }

    public void keyValues(List<KeyValue> rows) {
        keyValues(rows, 0);
    }

    /** Draws the table; see {@link Table}. */
    public void table(Table t) {
        List<Column> cols = t.columns();
        float total = 0;
        for (Column c : cols) {
            total += c.weight();
        }
        float[] widths = new float[cols.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = setup.contentWidth() * cols.get(i).weight() / total;
        }
        float size = t.fontSize();
        List<Cell> headerCells = new ArrayList<>();
        for (Column c : cols) {
            headerCells.add(new Cell(c.header(), Face.BOLD, Align.CENTER, 0));
        }
        Laid header = lay(headerCells, cols, widths, size, 0);
        List<Laid> body = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            body.add(lay(r.cells(), cols, widths, size, r.minHeightPt()));
        }
        float firstRow = body.isEmpty() ? 0 : Math.min(body.get(0).height(size), pageBody());
        ensurePt(header.height(size) + firstRow);
        drawRow(header, widths, size, header.height(size), HEADER_FILL);
        for (int i = 0; i < body.size(); i++) {
            Laid row = body.get(i);
            float[] fill = t.zebra() && i % 2 == 1 ? ZEBRA_FILL : null;
            float h = row.height(size);
            if (h > remaining()) {
                if (h <= pageBody() - (t.repeatHeader() ? header.height(size) : 0)) {
                    breakTable(t, header, widths, size);
                } else {
                    drawSplit(t, row, header, widths, size, fill);
                    continue;
                }
            }
            drawRow(row, cols, widths, size, h, fill);
        }
    }

    /** Signature blocks side by side (1 to 3); a single block sits on the right half, as letters sign. */
    public void signatures(List<Signature> blocks) {
        if (blocks.isEmpty() || blocks.size() > 3) {
            throw new IllegalArgumentException("1 to 3 signature blocks side by side, not " + blocks.size());
        }
        float size = BODY;
        float lead = size * LEADING;
        float colWidth = blocks.size() == 1 ? setup.contentWidth() * 0.48f : setup.contentWidth() / blocks.size();
        float startX = blocks.size() == 1 ? setup.right() - colWidth : setup.left();
        List<List<Line>> above = new ArrayList<>();
        int maxAbove = 0;
        for (Signature s : blocks) {
            List<Run> runs = new ArrayList<>();
            if (!s.placeDate().isEmpty()) {
                runs.add(Run.plain(s.placeDate() + "\n"));
            }
            runs.add(Run.plain(String.join("\n", s.roles())));
            List<Line> lines = TextWrap.wrap(fonts, runs, size, colWidth - 8);
            above.add(lines);
            maxAbove = Math.max(maxAbove, lines.size());
        }
        float space = 22 * PageSetup.MM;
        ensurePt(maxAbove * lead + space + 2 * lead + 4);
        float top = y;
        for (int b = 0; b < blocks.size(); b++) {
            Signature s = blocks.get(b);
            float x0 = startX + b * colWidth;
            float yy = top;
            // the roles of the blocks end on one line, so the names line up
            yy -= (maxAbove - above.get(b).size()) * lead;
            for (Line line : above.get(b)) {
                drawLine(line, x0 + (colWidth - line.width()) / 2, yy - size, line.width(), Align.LEFT, size);
                yy -= lead;
            }
            yy = top - maxAbove * lead - space;
            String name = s.name().isEmpty() ? "(....................................)" : s.name();
            List<Line> nameLines = TextWrap.wrap(fonts, List.of(Run.bold(name)), size, colWidth - 8);
            for (Line nl : nameLines) {
                float nx = x0 + (colWidth - nl.width()) / 2;
                drawLine(nl, nx, yy - size, nl.width(), Align.LEFT, size);
                if (!s.name().isEmpty()) {
                    strokeLine(nx, yy - size - 1.6f, nx + nl.width(), yy - size - 1.6f, 0.6f);
                }
                yy -= lead;
            }
            if (!s.nip().isEmpty() || s.nipLine()) {
                String nip = "NIP. " + (s.nip().isEmpty() ? "...................................." : s.nip());
                float nw = fonts.width(Face.REGULAR, size, fonts.printable(Face.REGULAR, nip));
                text(nip, Face.REGULAR, size, x0 + (colWidth - nw) / 2, yy - size);
                yy -= lead;
            }
            y = Math.min(y, yy);
        }
    }

    /** Ends the layout: footers, metadata, and the saved bytes. The layout cannot be used after this. */
    public byte[] finish() throws IOException {
        closeStream();
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage p = doc.getPage(i);
            PageSetup ps = pageSetups.get(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, p, AppendMode.APPEND, true, true)) {
                PDPageContentStream keep = cs;
                cs = s;
                float size = 8.5f;
                float base = ps.bottom() / 2;
                cs.setNonStrokingColor(0.3f, 0.3f, 0.3f);
                String pageText = "Halaman " + (i + 1) + " dari " + total;
                float pw = fonts.width(Face.REGULAR, size, pageText);
                float right = ps.right();
                text(pageText, Face.REGULAR, size, right - pw, base);
                if (!info.footer().isEmpty()) {
                    float left = ps.left();
                    List<Line> lines = TextWrap.wrap(fonts, List.of(Run.italic(info.footer())), size, right - pw - 12 - left);
                    drawLine(lines.get(0), left, base, lines.get(0).width(), Align.LEFT, size);
                }
                cs = keep;
            }
        }
        PdfA.apply(doc, info);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        closeStream();
        doc.close();
    }

    // ---- internals ----

    /** The most a fresh page holds below its repeating kop, in points. */
    private float pageBody() {
        return bodyTop - setup.bottom();
    }

    private void spacerPt(float pt) {
        y -= pt;
        if (y < setup.bottom()) {
            newPage();
        }
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    private void drawLetterhead(Letterhead kop) {
        float top = y;
        float logoH = 24 * PageSetup.MM;
        float textLeft = setup.left();
        float textWidth = setup.contentWidth();
        if (kop.logo().isPresent()) {
            try {
                PDImageXObject img = PDImageXObject.createFromByteArray(doc, kop.logo().get(), "logo");
                float scale = logoH / img.getHeight();
                float lw = Math.min(img.getWidth() * scale, 30 * PageSetup.MM);
                float lh = img.getHeight() * (lw / img.getWidth());
                cs.drawImage(img, setup.left(), top - lh, lw, lh);
                // keep the text centred on the page, but clear of the logo
                textLeft = setup.left() + lw + 4;
                textWidth = setup.contentWidth() - 2 * (lw + 4);
            } catch (IOException | IllegalArgumentException e) {
                throw new Letterhead.BadLogo(e);
            }
        }
        float yy = top;
        for (int i = 0; i < kop.lines().size(); i++) {
            float size = fitting(kop.lines().get(i), Face.BOLD, i == 0 ? 14f : 13f, textWidth);
            for (Line line : TextWrap.wrap(fonts, List.of(Run.bold(kop.lines().get(i))), size, textWidth)) {
                drawLine(line, textLeft + (textWidth - line.width()) / 2, yy - size, line.width(), Align.LEFT, size);
                yy -= size * 1.2f;
            }
        }
        if (!kop.address().isEmpty()) {
            float size = fitting(kop.address(), Face.REGULAR, 9.5f, textWidth);
            for (Line line : TextWrap.wrap(fonts, List.of(Run.plain(kop.address())), size, textWidth)) {
                drawLine(line, textLeft + (textWidth - line.width()) / 2, yy - size, line.width(), Align.LEFT, size);
                yy -= size * 1.25f;
            }
        }
        if (kop.logo().isPresent()) {
            yy = Math.min(yy, top - logoH);
        }
        yy -= 4;
        strokeLine(setup.left(), yy, setup.right(), yy, 2.2f);
        strokeLine(setup.left(), yy - 3, setup.right(), yy - 3, 0.6f);
        y = yy - 3 - 5 * PageSetup.MM;
    }

    /** The largest size down to 80 % of {@code size} at which the text fits on one line; a kop line wraps only when it must. */
    private float fitting(String text, Face face, float size, float width) {
        String t = fonts.printable(face, text);
        for (float s = size; s >= size * 0.8f; s -= 0.25f) {
            if (fonts.width(face, s, t) <= width) {
                return s;
            }
        }
        return size * 0.8f;
    }

    /** The label followed by as many dots as fit in {@code width} (at least three). */
    private String dotted(String label, Face face, float size, float width) {
        StringBuilder b = new StringBuilder(fonts.printable(face, label)).append("...");
        while (fonts.width(face, size, b + ".") <= width) {
            b.append('.');
        }
        return b.toString();
    }

    /** A row's cells wrapped into lines. */
    private record Laid(List<List<Line>> cells, List<Cell> source, float minHeight) {
        float height(float size) {
            int max = 1;
            for (List<Line> c : cells) {
                max = Math.max(max, c.size());
            }
            return Math.max(max * size * LEADING + 2 * CELL_PAD_Y, minHeight);
        }
    }

    private Laid lay(List<Cell> cells, List<Column> cols, float[] widths, float size, float minHeight) {
        List<List<Line>> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            float inner = widths[i] - 2 * CELL_PAD_X;
            String text = c.dots() ? dotted(c.text(), c.face(), size, inner * 0.5f - 2) : c.text();
            out.add(TextWrap.wrap(fonts, List.of(new Run(text, c.face())), size, inner * (1 - c.indent())));
        }
        return new Laid(out, cells, minHeight);
    }

    private void breakTable(Table t, Laid header, float[] widths, float size) {
        newPage();
        if (t.repeatHeader()) {
            drawRow(header, widths, size, header.height(size), HEADER_FILL);
        }
    }

    /** A row taller than a page: as many lines as fit, then the rest on the next pages. */
    private void drawSplit(Table t, Laid row, Laid header, float[] widths, float size, float[] fill) {
        List<List<Line>> left = new ArrayList<>(row.cells());
        while (true) {
            int fit = (int) Math.floor((remaining() - 2 * CELL_PAD_Y) / (size * LEADING));
            if (fit < 1) {
                breakTable(t, header, widths, size);
                continue;
            }
            List<List<Line>> now = new ArrayList<>();
            List<List<Line>> later = new ArrayList<>();
            boolean more = false;
            for (List<Line> c : left) {
                now.add(c.subList(0, Math.min(fit, c.size())));
                List<Line> rest = c.subList(Math.min(fit, c.size()), c.size());
                later.add(rest);
                more |= !rest.isEmpty();
            }
            Laid part = new Laid(now, row.source(), 0);
            drawRow(part, t.columns(), widths, size, part.height(size), fill);
            if (!more) {
                return;
            }
            left = later;
            breakTable(t, header, widths, size);
        }
    }

    private void drawRow(Laid row, float[] widths, float size, float h, float[] fill) {
        drawRow(row, null, widths, size, h, fill);
    }

    private void drawRow(Laid row, List<Column> cols, float[] widths, float size, float h, float[] fill) {
        float x = setup.left();
        float top = y;
        try {
            if (fill != null) {
                cs.setNonStrokingColor(fill[0], fill[1], fill[2]);
                cs.addRect(setup.left(), top - h, setup.contentWidth(), h);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            for (int i = 0; i < widths.length; i++) {
                List<Line> lines = row.cells().get(i);
                Cell c = row.source().get(i);
                Align align = c.align() != null ? c.align() : cols != null ? cols.get(i).align() : Align.LEFT;
                float inner = widths[i] - 2 * CELL_PAD_X;
                float offset = inner * c.indent();
                float textH = lines.size() * size * LEADING;
                float yy = top - (h - textH) / 2;
                for (Line line : lines) {
                    float lx = x + CELL_PAD_X + offset;
                    float lw = inner - offset;
                    if (align == Align.CENTER) {
                        lx += (lw - line.width()) / 2;
                    } else if (align == Align.RIGHT) {
                        lx += lw - line.width();
                    }
                    drawLine(line, lx, yy - size - (size * (LEADING - 1)) / 2, lw,
                            align == Align.JUSTIFY ? Align.JUSTIFY : Align.LEFT, size);
                    yy -= size * LEADING;
                }
                cs.setLineWidth(GRID);
                cs.addRect(x, top - h, widths[i], h);
                cs.stroke();
                x += widths[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top - h;
    }

    private void drawLine(Line line, float x, float baseline, float width, Align align, float size) {
        List<Word> words = line.words();
        if (words.isEmpty()) {
            return;
        }
        float natural = line.width();
        float start = x;
        float extra = 0;
        if (align == Align.CENTER) {
            start = x + (width - natural) / 2;
        } else if (align == Align.RIGHT) {
            start = x + width - natural;
        } else if (align == Align.JUSTIFY && !line.last() && words.size() > 1) {
            extra = Math.max(0, (width - natural) / (words.size() - 1));
        }
        try {
            cs.beginText();
            float cx = start;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                boolean notLast = i < words.size() - 1;
                for (int j = 0; j < w.pieces().size(); j++) {
                    Piece p = w.pieces().get(j);
                    boolean end = j == w.pieces().size() - 1;
                    // the space is drawn, not only left as a gap, so copied and extracted text has it
                    String shown = end && notLast ? p.text() + " " : p.text();
                    cs.setFont(fonts.font(p.face()), size);
                    cs.setTextMatrix(Matrix.getTranslateInstance(cx, baseline));
                    cs.showText(shown);
                    cx += p.width();
                }
                if (notLast) {
                    cx += TextWrap.spaceWidth(fonts, w, size) + extra;
                }
            }
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String text, Face face, float size, float x, float baseline) {
        try {
            cs.beginText();
            cs.setFont(fonts.font(face), size);
            cs.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
            cs.showText(fonts.printable(face, text).replace('\n', ' '));
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void strokeLine(float x1, float y1, float x2, float y2, float width) {
        try {
            cs.setLineWidth(width);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- figures (see Figure); kept at the end of the file ----

    /**
     * Reserves a box of the content width and {@code heightMm} (at most a page body) under the
     * previous block, on a new page if it does not fit, and lets the painter draw into it.
     */
    public void figure(float heightMm, Figure.Painter painter) {
        float h = Math.min(heightMm * PageSetup.MM, pageBody());
        ensurePt(h);
        Figure.Box box = new Figure.Box(setup.left(), y - h, setup.contentWidth(), h);
        try {
            cs.saveGraphicsState();
            painter.paint(cs, fonts, box);
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
    }
}
