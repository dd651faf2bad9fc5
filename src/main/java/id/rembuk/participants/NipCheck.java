package id.rembuk.participants;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a NIP cell. A NIP is 18 digits: birth date (8), month of appointment (6), sex (1), serial
 * number (3, from 001). Excel keeps only 15 significant digits of a number, so a NIP that ever was
 * a number has lost its last three; "1.98E+17" has lost more. None of that can be repaired, so a
 * doubtful NIP is never stored: the row is flagged, and the user either fixes the file or imports
 * the row without its NIP. See docs/adr/0010-participant-import.md.
 */
final class NipCheck {
    /** What offices write for "no NIP" (people from outside the government). */
    private static final Set<String> NONE = Set.of("-", "--", "–", "—", "0", "n/a", "na", "tidak ada", "tdk ada",
            "belum ada", "non asn", "non-asn", "non pns", "non-pns", "bukan asn", "bukan pns", "none", "nihil");

    private NipCheck() {
    }

    static Checked check(Cell cell) {
        String raw = cell.clean();
        if (raw.isEmpty() || NONE.contains(raw.toLowerCase(Locale.ROOT))) {
            return Checked.ok("");
        }
        if (cell.kind() == Cell.Kind.NUMBER) {
            return Checked.bad(RowProblem.error(Column.NIP, "participants.problem.nip_number", raw));
        }
        String t = raw;
        // Excel's text marker, and a label written into the cell: not part of the number
        if (t.startsWith("'")) {
            t = t.substring(1).strip();
        }
        t = t.replaceFirst("(?i)^nip\\s*[.:]?\\s*", "");
        if (t.matches("[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+")) {
            return Checked.bad(RowProblem.error(Column.NIP, "participants.problem.nip_scientific", raw));
        }
        String digits;
        if (t.matches("[0-9]+")) {
            digits = t;
        } else if (t.matches("[0-9]{8} [0-9]{6} [0-9] [0-9]{3}")) {
            // the printed form of a NIP ("19780512 200312 1 004"): the same 18 digits, nothing lost
            digits = t.replace(" ", "");
        } else if (t.matches("[0-9][0-9 .,\\-]*[0-9]")) {
            return Checked.bad(RowProblem.error(Column.NIP, "participants.problem.nip_separators", raw));
        } else {
            return Checked.bad(RowProblem.error(Column.NIP, "participants.problem.nip_not_digits", raw));
        }
        if (digits.length() == 16) {
            return Checked.bad(RowProblem.error(Column.NIP, "participants.problem.nip_nik", raw));
        }
        if (digits.length() < 18) {
            return Checked.bad(RowProblem.error(Column.NIP, "participants.problem.nip_short", raw,
                    Integer.toString(digits.length())));
        }
        if (digits.length() > 18) {
            return Checked.bad(RowProblem.error(Column.NIP, "participants.problem.nip_long", raw,
                    Integer.toString(digits.length())));
        }
        if (digits.endsWith("000")) {
            return Checked.bad(RowProblem.error(Column.NIP, "participants.problem.nip_rounded", raw));
        }
        if (!plausible(digits)) {
            return Checked.warn(digits, RowProblem.warning(Column.NIP, "participants.problem.nip_pattern", raw));
        }
        return Checked.ok(digits);
    }

    /** Birth date, appointment month and sex digit make sense; a typo in them is a warning only. */
    static boolean plausible(String nip) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
            YearMonth start = YearMonth.of(Integer.parseInt(nip.substring(8, 12)), Integer.parseInt(nip.substring(12, 14)));
            char sex = nip.charAt(14);
            return birth.getYear() >= 1930 && start.getYear() >= birth.getYear() + 14 && start.getYear() <= 2100
                    && (sex == '1' || sex == '2');
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
