package id.rembuk.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a step of an action plan happens, counted from the start of the plan: months, quarters or
 * years, one or a range. Stored as {@code "M3"}, {@code "Q2-3"} or {@code "Y1-2"}.
 */
public record PlanPeriod(Unit unit, int from, int to) {
    private static final Pattern CODE = Pattern.compile("^([MQY])(\\d{1,3})(?:-(\\d{1,3}))?$");

    /** Bulan, triwulan, tahun; the limits cover a ten-year roadmap. */
    public enum Unit implements Labelled {
        MONTH('M', 120), QUARTER('Q', 40), YEAR('Y', 10);

        private final char code;
        private final int max;

        Unit(char code, int max) {
            this.code = code;
            this.max = max;
        }

        public int max() {
            return max;
        }

        /** Months in one unit, to compare periods of different units. */
        public int months() {
            return switch (this) {
                case MONTH -> 1;
                case QUARTER -> 3;
                case YEAR -> 12;
            };
        }

        @Override
        public String labelGroup() {
            return "period_unit";
        }
    }

    public PlanPeriod {
        java.util.Objects.requireNonNull(unit, "unit");
        InvalidValue.check(from >= 1 && from <= unit.max, "domain.invalid.period", from, unit.max);
        InvalidValue.check(to >= from && to <= unit.max, "domain.invalid.period", to, unit.max);
    }

    public static PlanPeriod of(Unit unit, int at) {
        return new PlanPeriod(unit, at, at);
    }

    /** The stored code read back; anything else is empty, so a damaged value never blocks the item. */
    public static Optional<PlanPeriod> parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Unit unit = switch (m.group(1).charAt(0)) {
            case 'M' -> Unit.MONTH;
            case 'Q' -> Unit.QUARTER;
            default -> Unit.YEAR;
        };
        int from = Integer.parseInt(m.group(2));
        int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
        if (from < 1 || to < from || to > unit.max) {
            return Optional.empty();
        }
        return Optional.of(new PlanPeriod(unit, from, to));
    }

    public String code() {
        return unit.code + (from == to ? Integer.toString(from) : from + "-" + to);
    }

    /** First month of the plan the period covers (1-based), for sorting steps of mixed units. */
    public int firstMonth() {
        return (from - 1) * unit.months() + 1;
    }

    /** Last month of the plan the period covers. */
    public int lastMonth() {
        return to * unit.months();
    }

    /** The plan year (1-based) the period starts in. */
    public int firstYear() {
        return (firstMonth() - 1) / 12 + 1;
    }

    @Override
    public String toString() {
        return code();
    }
}
