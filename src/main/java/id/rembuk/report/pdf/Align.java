package id.rembuk.report.pdf;

/** Horizontal placement of text in its box; {@code JUSTIFY} stretches all but a paragraph's last line. */
public enum Align {
    LEFT, CENTER, RIGHT, JUSTIFY
}
