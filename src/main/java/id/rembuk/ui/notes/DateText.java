package id.rembuk.ui.notes;

import id.rembuk.domain.IndonesianFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Due dates as a note-taker types them: "30 Juni 2022", "30 Jun 2022", "30/6/2022", "30-06-22",
 * "2022-06-30"; English month names are read too. Shown as "30 Juni 2022" whatever the screen's
 * language, as in the minutes themselves.
 */
final class DateText {
    /** Day, month name (three letters or more), year: "30 Juni 2022", "30-Jun-22". */
    private static final Pattern NAMED = Pattern.compile(
            "(\\d{1,2})\\s*[ .\\-/]?\\s*(\\p{L}{3,})\\.?\\s*[ .,\\-/]?\\s*(\\d{2}|\\d{4})");
    /** Day, month, year as numbers: "30/6/2022", "30-06-22", "30.6.2022". */
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,2})\\s*[./\\-]\\s*(\\d{1,2})\\s*[./\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final List<String> ENGLISH = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    /** Short forms in use that are not the start of either name. */
    private static final List<String> EXTRA = List.of("", "", "", "", "", "", "", "agt ags", "", "", "nop", "");

    private DateText() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : IndonesianFormat.dateWithoutDay(date);
    }

    /** Empty for blank or unreadable text, and for dates that do not exist (31 Juni). */
    static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(year(m.group(3)), num(m, 2), num(m, 1)));
            }
            m = NAMED.matcher(t);
            if (m.matches()) {
                int month = month(m.group(2));
                return month == 0 ? Optional.empty() : Optional.of(LocalDate.of(year(m.group(3)), month, num(m, 1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** "22" is 2022: due dates are near, never in the last century. */
    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    /** 1..12, or 0 when the word names no month or could be two. */
    private static int month(String word) {
        int found = 0;
        for (int i = 1; i <= 12; i++) {
            String id = IndonesianFormat.monthName(i).toLowerCase(Locale.ROOT);
            boolean matches = id.startsWith(word) || ENGLISH.get(i - 1).startsWith(word)
                    || List.of(EXTRA.get(i - 1).split(" ")).contains(word);
            if (matches) {
                if (found != 0) {
                    return 0;
                }
                found = i;
            }
        }
        return found;
    }
}
