package id.rembuk.ui;

import id.rembuk.domain.SessionInfo;
import id.rembuk.i18n.Messages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Dates and times as people in the room write them: "Kamis, 13 Juni 2024", "14.30". */
public final class UiFormat {
    private UiFormat() {
    }

    public static String day(LocalDate d) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Messages.locale()).format(d);
    }

    public static String time(LocalTime t) {
        return DateTimeFormatter.ofPattern(Messages.get("ui.format.time"), Messages.locale()).format(t);
    }

    /** "13 Jun 2026, 10.30": when a recent session was last opened. */
    public static String shortDayAndTime(java.time.LocalDateTime t) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Messages.locale()).format(t) + ", " + time(t.toLocalTime());
    }

    /** One day, or the first and last day of the session. */
    public static String days(SessionInfo info) {
        if (info.firstDay().equals(info.lastDay())) {
            return day(info.firstDay());
        }
        return day(info.firstDay()) + " – " + day(info.lastDay());
    }

    public static String stage(SessionInfo info) {
        return Messages.get("ui.stage", info.stage().name());
    }
}
