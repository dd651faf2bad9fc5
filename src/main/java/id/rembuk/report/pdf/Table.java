package id.rembuk.report.pdf;

import id.rembuk.report.pdf.PdfFonts.Face;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for {@link PdfLayout#table}: columns with relative widths, a bold header row repeated on
 * every page, cells that wrap, grid lines, optional zebra shading. A row is never split across
 * pages unless it is taller than a whole page.
 */
public final class Table {
    /** A column: its header, its share of the width (any positive numbers, they are normalised), its alignment. */
    public record Column(String header, float weight, Align align) {
        public Column {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column weight must be positive: " + header);
            }
            header = header == null ? "" : header;
            align = align == null ? Align.LEFT : align;
        }
    }

    /**
     * One cell. {@code indent} (0..1) moves the text's start that far into the cell, as the
     * alternating signature column of a daftar hadir does ("1. ....", then "    2. ....").
     * A null {@code align} takes the column's.
     */
    public record Cell(String text, Face face, Align align, float indent, boolean dots) {
        public Cell {
            text = text == null ? "" : text;
            face = face == null ? Face.REGULAR : face;
            indent = Math.max(0, Math.min(0.9f, indent));
        }

        public Cell(String text, Face face, Align align, float indent) {
            this(text, face, align, indent, false);
        }

        /**
         * The numbered place to sign of an Indonesian attendance list: "1. ......" in the left half of
         * the cell for odd numbers, in the right half for even ones, the dots filling the half, so
         * neighbours never sign over each other whatever the column's width.
         */
        public static Cell signature(int number) {
            return new Cell(number + ". ", Face.REGULAR, Align.LEFT, number % 2 == 0 ? 0.5f : 0f, true);
        }

        public static Cell of(String text) {
            return new Cell(text, Face.REGULAR, null, 0);
        }

        public static Cell bold(String text) {
            return new Cell(text, Face.BOLD, null, 0);
        }
    }

    record Row(List<Cell> cells, float minHeightPt) {
    }

    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();
    private float fontSize = 9.5f;
    private boolean zebra;
    private boolean repeatHeader = true;

    private Table(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs columns");
        }
        this.columns = List.copyOf(columns);
    }

    public static Table of(Column... columns) {
        return new Table(Arrays.asList(columns));
    }

    public static Table of(List<Column> columns) {
        return new Table(columns);
    }

    /** A row of plain cells; fewer texts than columns leave the rest empty. */
    public Table row(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(Cell.of(t));
        }
        return row(cells, 0);
    }

    /** A row of cells at least {@code minHeightMm} high (room to sign). */
    public Table row(List<Cell> cells, float minHeightMm) {
        if (cells.size() > columns.size()) {
            throw new IllegalArgumentException("more cells than columns: " + cells.size() + " > " + columns.size());
        }
        List<Cell> all = new ArrayList<>(cells);
        while (all.size() < columns.size()) {
            all.add(Cell.of(""));
        }
        rows.add(new Row(List.copyOf(all), minHeightMm * PageSetup.MM));
        return this;
    }

    public Table fontSize(float points) {
        this.fontSize = points;
        return this;
    }

    public Table zebra(boolean on) {
        this.zebra = on;
        return this;
    }

    public Table repeatHeader(boolean on) {
        this.repeatHeader = on;
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    List<Column> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    float fontSize() {
        return fontSize;
    }

    boolean zebra() {
        return zebra;
    }

    boolean repeatHeader() {
        return repeatHeader;
    }
}
