package id.rembuk.report.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back the way a user's viewer or search does: text per page, glyph positions, fonts, pixels. */
public final class PdfRead {
    /** A glyph as laid out: its page (from 1), left x, width and baseline y from the page's top. */
    public record Glyph(int page, String text, float x, float width, float yFromTop, float pageWidth,
                        float pageHeight) {
    }

    private PdfRead() {
    }

    /** The text of each page with runs of white space made one space. */
    public static List<String> pages(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(d).replaceAll("[\\s\u00A0]+", " "));
            }
        }
        return out;
    }

    public static String all(byte[] pdf) throws IOException {
        return String.join(" ", pages(pdf));
    }

    public static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                final int page = i;
                PDPage p = d.getPage(i - 1);
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        out.add(new Glyph(page, t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(),
                                p.getMediaBox().getWidth(), p.getMediaBox().getHeight()));
                    }
                };
                s.setStartPage(i);
                s.setEndPage(i);
                s.getText(d);
            }
        }
        return out;
    }

    /** Every font used on any page. */
    public static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage p : d.getPages()) {
                PDResources r = p.getResources();
                for (COSName n : r.getFontNames()) {
                    out.add(r.getFont(n));
                }
            }
        }
        return out;
    }

    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    /** Renders one page (from 0) to a PNG file at the given resolution. */
    public static void png(byte[] pdf, int page, int dpi, Path out) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            BufferedImage img = new PDFRenderer(d).renderImageWithDPI(page, dpi);
            Files.createDirectories(out.toAbsolutePath().getParent());
            ImageIO.write(img, "png", out.toFile());
        }
    }
}
