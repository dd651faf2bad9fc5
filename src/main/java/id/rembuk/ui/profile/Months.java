package id.rembuk.ui.profile;

import id.rembuk.domain.QuickWin;
import id.rembuk.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The twelve months of the quick win's year as a strip: the month names over the schedule, and one
 * bar per step, with the months the quick win runs in (start month and duration) shaded.
 */
final class Months {
    private Months() {
    }

    /** "Mar", "Agu" in Indonesian; "Aug" in English. */
    static String shortName(int month) {
        return Messages.get("profile.month." + month);
    }

    static String longName(int month) {
        return Messages.get("profile.monthLong." + month);
    }

    /** The months the quick win runs in, "Maret – Agustus"; one month alone, "Maret". */
    static String span(QuickWin q) {
        int last = lastMonth(q);
        return q.startMonth() == last ? longName(last) : longName(q.startMonth()) + " – " + longName(last);
    }

    /** "Mar – Okt": for the room's screen, where the long names would wrap. */
    static String shortSpan(QuickWin q) {
        int last = lastMonth(q);
        return q.startMonth() == last ? shortName(last) : shortName(q.startMonth()) + " – " + shortName(last);
    }

    /** The last month within the year: a quick win starting late is not carried into the next. */
    static int lastMonth(QuickWin q) {
        return Math.min(12, q.startMonth() + q.durationMonths() - 1);
    }

    static HBox header(double cell) {
        HBox row = new HBox(2);
        row.getStyleClass().add("month-strip");
        for (int m = 1; m <= 12; m++) {
            Label l = new Label(shortName(m));
            l.getStyleClass().add("month-name");
            l.setAlignment(Pos.CENTER);
            l.setMinWidth(cell);
            l.setPrefWidth(cell);
            l.setMaxWidth(cell);
            row.getChildren().add(l);
        }
        return row;
    }

    /** A strip whose cells show a step's months; {@link #paint} sets them. */
    static HBox strip(double cell) {
        HBox row = new HBox(2);
        row.getStyleClass().add("month-strip");
        row.setAlignment(Pos.CENTER_LEFT);
        for (int m = 1; m <= 12; m++) {
            Region r = new Region();
            r.getStyleClass().add("month-cell");
            r.setMinSize(cell, 14);
            r.setPrefSize(cell, 18);
            r.setMaxSize(cell, Double.MAX_VALUE);
            HBox.setHgrow(r, Priority.NEVER);
            row.getChildren().add(r);
        }
        return row;
    }

    /**
     * @param from first month of the step, 0 when not placed
     * @param to   last month
     * @param q    the quick win whose months are shaded, null for none
     */
    static void paint(HBox strip, int from, int to, QuickWin q) {
        for (int m = 1; m <= 12; m++) {
            Node n = strip.getChildren().get(m - 1);
            n.getStyleClass().removeAll("on", "window");
            if (from > 0 && m >= from && m <= to) {
                n.getStyleClass().add("on");
            } else if (q != null && m >= q.startMonth() && m <= lastMonth(q)) {
                n.getStyleClass().add("window");
            }
        }
    }

    /** Reads a month typed in a row, 0 when it is not one. */
    static int parse(String s) {
        try {
            int m = Integer.parseInt(s == null ? "" : s.strip());
            return m >= 1 && m <= 12 ? m : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
