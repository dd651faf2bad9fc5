package id.rembuk.report.pdf;

import id.rembuk.report.pdf.PdfFonts.Face;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * A drawing in the flow of a {@link PdfLayout}: {@link PdfLayout#figure(float, Painter)} reserves a box
 * of the content width and the given height (on a new page if it does not fit), and the painter draws
 * into it with PDFBox vector operations, so charts stay sharp and their text stays searchable.
 *
 * <pre>{@code
 * pdf.figure(60, (cs, fonts, box) -> {
 *     cs.addRect(box.x(), box.y(), box.width() / 2, box.height());
 *     cs.stroke();
 *     Figure.text(cs, fonts, Face.BOLD, 9, box.x() + 4, box.top() - 12, "Judul");
 * });
 * }</pre>
 *
 * The graphics state is saved before and restored after the painter, so colours and line widths
 * set in it do not leak into the text after the figure.
 */
public final class Figure {
    private Figure() {
    }

    /** Draws one figure into its box. */
    @FunctionalInterface
    public interface Painter {
        void paint(PDPageContentStream cs, PdfFonts fonts, Box box) throws IOException;
    }

    /** The reserved area in points, PDF coordinates: {@code (x, y)} is the bottom-left corner. */
    public record Box(float x, float y, float width, float height) {
        public float top() {
            return y + height;
        }

        public float right() {
            return x + width;
        }

        public float centerX() {
            return x + width / 2;
        }
    }

    /** One line of text at a baseline, made {@link PdfFonts#printable}; returns its width. */
    public static float text(PDPageContentStream cs, PdfFonts fonts, Face face, float size, float x, float baseline,
                             String text) throws IOException {
        String t = fonts.printable(face, text).replace('\n', ' ');
        if (t.isEmpty()) {
            return 0;
        }
        cs.beginText();
        cs.setFont(fonts.font(face), size);
        cs.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
        cs.showText(t);
        cs.endText();
        return fonts.width(face, size, t);
    }

    /** Text centred on {@code cx}. */
    public static void centred(PDPageContentStream cs, PdfFonts fonts, Face face, float size, float cx, float baseline,
                               String text) throws IOException {
        text(cs, fonts, face, size, cx - width(fonts, face, size, text) / 2, baseline, text);
    }

    /** Text ending at {@code right}. */
    public static void right(PDPageContentStream cs, PdfFonts fonts, Face face, float size, float right,
                             float baseline, String text) throws IOException {
        text(cs, fonts, face, size, right - width(fonts, face, size, text), baseline, text);
    }

    public static float width(PdfFonts fonts, Face face, float size, String text) {
        return fonts.width(face, size, fonts.printable(face, text).replace('\n', ' '));
    }

    /** The text cut with "…" to fit {@code maxWidth}. */
    public static String fit(PdfFonts fonts, Face face, float size, String text, float maxWidth) {
        String t = fonts.printable(face, text).replace('\n', ' ');
        if (fonts.width(face, size, t) <= maxWidth) {
            return t;
        }
        int n = t.length();
        while (n > 0 && fonts.width(face, size, t.substring(0, n).strip() + "…") > maxWidth) {
            n--;
        }
        return t.substring(0, n).strip() + "…";
    }
}
