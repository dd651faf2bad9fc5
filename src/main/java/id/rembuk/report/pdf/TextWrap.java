package id.rembuk.report.pdf;

import id.rembuk.report.pdf.PdfFonts.Face;
import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap of runs into lines of at most a given width; words longer than a line are cut. */
final class TextWrap {
    /** Text in one face within a word, already printable. */
    record Piece(String text, Face face, float width) {
    }

    /** A word: pieces with no space between them. */
    record Word(List<Piece> pieces, float width) {
    }

    /** A line; {@code last} marks the end of a paragraph (not justified). */
    record Line(List<Word> words, float width, boolean last) {
    }

    private TextWrap() {
    }

    static List<Line> wrap(PdfFonts fonts, List<Run> runs, float size, float maxWidth) {
        List<List<Word>> paragraphs = words(fonts, runs, size, maxWidth);
        List<Line> lines = new ArrayList<>();
        for (List<Word> para : paragraphs) {
            List<Word> current = new ArrayList<>();
            float width = 0;
            for (Word w : para) {
                float space = current.isEmpty() ? 0 : spaceWidth(fonts, current.get(current.size() - 1), size);
                if (!current.isEmpty() && width + space + w.width() > maxWidth) {
                    lines.add(new Line(current, width, false));
                    current = new ArrayList<>();
                    width = 0;
                    space = 0;
                }
                current.add(w);
                width += space + w.width();
            }
            lines.add(new Line(current, width, true));
        }
        return lines;
    }

    static float spaceWidth(PdfFonts fonts, Word after, float size) {
        Piece p = after.pieces().get(after.pieces().size() - 1);
        return fonts.width(p.face(), size, " ");
    }

    /** Paragraphs (split at '\n') of words. */
    private static List<List<Word>> words(PdfFonts fonts, List<Run> runs, float size, float maxWidth) {
        List<List<Word>> paragraphs = new ArrayList<>();
        List<Word> para = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (Run r : runs) {
            String t = fonts.printable(r.face(), r.text());
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == ' ' || c == '\n') {
                    addPiece(fonts, pieces, b, r.face(), size);
                    endWord(fonts, para, pieces, size, maxWidth);
                    if (c == '\n') {
                        paragraphs.add(para);
                        para = new ArrayList<>();
                    }
                } else {
                    b.append(c);
                }
            }
            addPiece(fonts, pieces, b, r.face(), size);
        }
        endWord(fonts, para, pieces, size, maxWidth);
        paragraphs.add(para);
        return paragraphs;
    }

    private static void addPiece(PdfFonts fonts, List<Piece> pieces, StringBuilder b, Face face, float size) {
        if (b.length() > 0) {
            String s = b.toString();
            pieces.add(new Piece(s, face, fonts.width(face, size, s)));
            b.setLength(0);
        }
    }

    private static void endWord(PdfFonts fonts, List<Word> para, List<Piece> pieces, float size, float maxWidth) {
        if (pieces.isEmpty()) {
            return;
        }
        float w = 0;
        for (Piece p : pieces) {
            w += p.width();
        }
        if (w <= maxWidth) {
            para.add(new Word(List.copyOf(pieces), w));
        } else {
            cut(fonts, pieces, size, maxWidth, para);
        }
        pieces.clear();
    }

    /** A word wider than the line (a URL, a long code): cut where it must, character by character. */
    private static void cut(PdfFonts fonts, List<Piece> pieces, float size, float maxWidth, List<Word> para) {
        List<Piece> current = new ArrayList<>();
        float width = 0;
        for (Piece p : pieces) {
            StringBuilder b = new StringBuilder();
            int i = 0;
            while (i < p.text().length()) {
                int cp = p.text().codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = fonts.width(p.face(), size, ch);
                float bw = fonts.width(p.face(), size, b.toString());
                if (width + bw + cw > maxWidth && (b.length() > 0 || !current.isEmpty())) {
                    if (b.length() > 0) {
                        current.add(new Piece(b.toString(), p.face(), bw));
                        width += bw;
                    }
                    para.add(new Word(List.copyOf(current), width));
                    current.clear();
                    width = 0;
                    b.setLength(0);
                }
                b.append(ch);
                i += ch.length();
            }
            if (b.length() > 0) {
                float bw = fonts.width(p.face(), size, b.toString());
                current.add(new Piece(b.toString(), p.face(), bw));
                width += bw;
            }
        }
        if (!current.isEmpty()) {
            para.add(new Word(List.copyOf(current), width));
        }
    }
}
