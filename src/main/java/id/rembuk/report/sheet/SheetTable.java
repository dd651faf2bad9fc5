package id.rembuk.report.sheet;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The tables that can be exported on their own as CSV; the workbook holds all of them. */
public enum SheetTable {
    PARTICIPANTS("participants", "Peserta"),
    PROGRAMMES("programmes", "Program"),
    ACTION_PLANS("action-plans", "Rencana Aksi"),
    SWOT("swot", "SWOT");

    private final String code;
    private final String sheetName;

    SheetTable(String code, String sheetName) {
        this.code = code;
        this.sheetName = sheetName;
    }

    /** The name on the command line: {@code participants}, {@code programmes}, {@code action-plans}, {@code swot}. */
    public String code() {
        return code;
    }

    /** The sheet's name in the workbook (Bahasa Indonesia). */
    public String sheetName() {
        return sheetName;
    }

    public static Optional<SheetTable> ofCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(t -> t.code.equals(c)).findFirst();
    }
}
