package id.rembuk.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a quick win's schedule: the months of its first year it runs in and what happens.
 * Stored as {@code "3-5: Sosialisasi"}; a line typed without months is kept with months 0, so a
 * half-written schedule is never refused.
 *
 * @param from first month 1..12, 0 when not yet placed
 * @param to   last month, {@code from..12}, 0 when not yet placed
 */
public record MonthStep(int from, int to, String activity) {
    private static final Pattern LINE = Pattern.compile("^\\s*(\\d{1,2})\\s*(?:[-–]\\s*(\\d{1,2}))?\\s*:\\s*(.*)$");

    public MonthStep {
        activity = activity == null ? "" : activity.replace('\n', ' ').strip();
        boolean unplaced = from == 0 && to == 0;
        InvalidValue.check(unplaced || from >= 1 && from <= 12, "domain.invalid.month", from);
        InvalidValue.check(unplaced || to >= from && to <= 12, "domain.invalid.month", to);
    }

    public boolean placed() {
        return from > 0;
    }

    public boolean runsIn(int month) {
        return placed() && month >= from && month <= to;
    }

    public static MonthStep parse(String line) {
        Matcher m = LINE.matcher(line == null ? "" : line);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from >= 1 && from <= 12 && to >= from && to <= 12) {
                return new MonthStep(from, to, m.group(3));
            }
        }
        return new MonthStep(0, 0, line);
    }

    public String format() {
        if (!placed()) {
            return activity;
        }
        return (from == to ? Integer.toString(from) : from + "-" + to) + ": " + activity;
    }
}
