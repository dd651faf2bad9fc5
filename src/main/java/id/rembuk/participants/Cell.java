package id.rembuk.participants;

/**
 * One cell as the spreadsheet holds it. The kind matters: an 18-digit NIP that Excel stored as a
 * number has already lost its last digits, whatever the text looks like now.
 *
 * @param text the value as text: numbers in plain digits (no exponent, no grouping), dates ISO
 */
public record Cell(String text, Kind kind) {
    public static final Cell EMPTY = new Cell("", Kind.TEXT);

    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR
    }

    public Cell {
        text = text == null ? "" : text;
    }

    public static Cell text(String text) {
        return new Cell(text, Kind.TEXT);
    }

    /** The text with every run of white space (line breaks in a cell, no-break spaces) as one space. */
    public String clean() {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").strip();
    }

    public boolean isBlank() {
        return clean().isEmpty();
    }
}
