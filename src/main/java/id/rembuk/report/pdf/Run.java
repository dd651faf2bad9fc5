package id.rembuk.report.pdf;

import id.rembuk.report.pdf.PdfFonts.Face;

/**
 * A piece of text in one face; a paragraph is a list of runs, so "Pada hari ini <b>Senin</b>" is
 * three runs. Runs join without a space unless the text has one.
 */
public record Run(String text, Face face) {
    public Run {
        text = text == null ? "" : text;
        face = face == null ? Face.REGULAR : face;
    }

    public static Run plain(String text) {
        return new Run(text, Face.REGULAR);
    }

    public static Run bold(String text) {
        return new Run(text, Face.BOLD);
    }

    public static Run italic(String text) {
        return new Run(text, Face.ITALIC);
    }
}
