package id.rembuk.ui.profile;

import id.rembuk.domain.IndicatorTarget;
import id.rembuk.domain.MonthStep;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the schedule (months from, to, activity) or of the indicators (name, baseline,
 * target) as typed: text, so a half-typed month is kept until the row is saved and checked.
 */
public final class Row {
    private final StringProperty[] cells = {new SimpleStringProperty(""), new SimpleStringProperty(""),
        new SimpleStringProperty("")};

    public Row(String a, String b, String c) {
        set(List.of(a, b, c));
    }

    static Row of(MonthStep s) {
        return s.placed() ? new Row(Integer.toString(s.from()), Integer.toString(s.to()), s.activity())
                : new Row("", "", s.activity());
    }

    static Row of(IndicatorTarget t) {
        return new Row(t.name(), t.baseline(), t.target());
    }

    /** The cell 0, 1 or 2. */
    public StringProperty cell(int i) {
        return cells[i];
    }

    public List<String> values() {
        return List.of(cells[0].get(), cells[1].get(), cells[2].get());
    }

    void set(List<String> v) {
        for (int i = 0; i < 3; i++) {
            String s = v.get(i) == null ? "" : v.get(i);
            if (!s.equals(cells[i].get())) {
                cells[i].set(s);
            }
        }
    }

    boolean blank() {
        return values().stream().allMatch(String::isBlank);
    }
}
