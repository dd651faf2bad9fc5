package id.rembuk.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled Liberation Sans family (SIL OFL 1.1), loaded once per document as subset, embedded
 * Type 0 fonts. Never the standard 14: PDF/A and text extraction need every glyph embedded.
 */
public final class PdfFonts {
    /** The four faces of the family. */
    public enum Face {
        REGULAR("LiberationSans-Regular.ttf"), BOLD("LiberationSans-Bold.ttf"),
        ITALIC("LiberationSans-Italic.ttf"), BOLD_ITALIC("LiberationSans-BoldItalic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    static final char REPLACEMENT = '?';
    /** No-break space: printed as a space, never a line break. */
    public static final char NBSP = '\u00A0';
    private final Map<Face, PDFont> fonts = new EnumMap<>(Face.class);
    private final Map<Face, Map<Integer, Boolean>> known = new EnumMap<>(Face.class);

    private PdfFonts() {
    }

    static PdfFonts load(PDDocument doc) {
        PdfFonts f = new PdfFonts();
        for (Face face : Face.values()) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/id/rembuk/report/fonts/" + face.file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: " + face.file);
                }
                f.fonts.put(face, PDType0Font.load(doc, withoutSubstitutions(in), true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            f.known.put(face, new HashMap<>());
        }
        return f;
    }

    /**
     * The font without its GSUB table. With one, PDFBox runs the glyph substitution engine (it builds
     * regular expressions) on every string shown, which made three quarters of a long document's
     * time; office documents print without ligatures anyway, and extracted text stays letter for letter.
     */
    private static TrueTypeFont withoutSubstitutions(InputStream in) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        ttf.getTableMap().remove("GSUB");
        return ttf;
    }

    public PDFont font(Face face) {
        return fonts.get(face);
    }

    /**
     * The text as the font can show it: composed (NFC), tabs and odd spaces as plain spaces, control
     * characters dropped, and every character the font has no glyph for (emoji, CJK) as '?', so a
     * participant's name never stops an export.
     */
    public String printable(Face face, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(t.length());
        Map<Integer, Boolean> cache = known.get(face);
        t.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append('\n');
            } else if (cp == NBSP) {
                // a no-break space keeps "Rp 450.000.000" on one line; wrapping splits only at plain spaces
                b.append(NBSP);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                b.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // zero-width joiners, BOMs and the like: nothing to show
            } else if (cache.computeIfAbsent(cp, c -> canShow(face, c))) {
                b.appendCodePoint(cp);
            } else {
                b.append(REPLACEMENT);
            }
        });
        return b.toString();
    }

    private boolean canShow(Face face, int cp) {
        try {
            fonts.get(face).encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Width in points of text already made {@link #printable}. */
    public float width(Face face, float size, String printable) {
        try {
            return fonts.get(face).getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
