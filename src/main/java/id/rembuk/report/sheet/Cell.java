package id.rembuk.report.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One value of a table, typed, so the workbook gets real number and date cells and the CSV file
 * writes each kind the one way Indonesian Excel reads it.
 */
public sealed interface Cell {
    Cell EMPTY = new Text("");

    static Cell text(String s) {
        return s == null || s.isEmpty() ? EMPTY : new Text(s);
    }

    static Cell money(long rupiah) {
        return new Whole(rupiah, Whole.MONEY);
    }

    static Cell count(long n) {
        return new Whole(n, Whole.PLAIN);
    }

    /** Plain text; in the workbook always a string cell, never a formula, whatever it starts with. */
    record Text(String value) implements Cell {
    }

    /**
     * A whole number: Rupiah with the thousands grouping of the workbook's number format (the cell
     * still holds the number), or a plain count.
     */
    record Whole(long value, String format) implements Cell {
        public static final String MONEY = "#,##0";
        public static final String PLAIN = "0";
    }

    /** A decimal shown with {@code scale} digits after the mark (a weighted score, 1..5). */
    record Decimal(BigDecimal value, int scale) implements Cell {
    }

    record Date(LocalDate value) implements Cell {
    }

    record DateTime(LocalDateTime value) implements Cell {
    }
}
