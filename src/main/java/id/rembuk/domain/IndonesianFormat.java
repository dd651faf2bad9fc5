package id.rembuk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times and Rupiah as Indonesian documents print them: "Kamis, 16 Juni 2022", "08.30",
 * "Rp 1.250.000.000". The names are written here rather than taken from the JDK, whose Indonesian
 * locale data is missing from a trimmed runtime (dates silently fall back to English there).
 */
public final class IndonesianFormat {
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])\\s*[.:]\\s*([0-5][0-9])");
    private static final Pattern AMOUNT = Pattern.compile(
            "([0-9][0-9.,]*)\\s*(t|triliun|m|miliar|milyar|jt|juta|rb|ribu|k)?\\.?");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?");

    private IndonesianFormat() {
    }

    public static String dayName(LocalDate date) {
        return DAYS[date.getDayOfWeek().getValue() - 1];
    }

    /** 1 = Januari. */
    public static String monthName(int month) {
        if (month < 1 || month > 12) {
            throw new InvalidValue("domain.invalid.month", month);
        }
        return MONTHS[month - 1];
    }

    /** "Kamis, 16 Juni 2022". */
    public static String date(LocalDate date) {
        return dayName(date) + ", " + dateWithoutDay(date);
    }

    /** "16 Juni 2022". */
    public static String dateWithoutDay(LocalDate date) {
        return date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " " + date.getYear();
    }

    /** "16–17 Juni 2022", "30 Juni – 1 Juli 2022": the two days of a bimtek in one line. */
    public static String dateRange(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return dateWithoutDay(first);
        }
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            return first.getDayOfMonth() + "–" + dateWithoutDay(last);
        }
        if (first.getYear() == last.getYear()) {
            return first.getDayOfMonth() + " " + monthName(first.getMonthValue()) + " – " + dateWithoutDay(last);
        }
        return dateWithoutDay(first) + " – " + dateWithoutDay(last);
    }

    /** "08.30". */
    public static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d.%02d", time.getHour(), time.getMinute());
    }

    /** "08.30–10.00". */
    public static String timeRange(LocalTime start, LocalTime end) {
        return time(start) + "–" + time(end);
    }

    /** Accepts "08.30", "8.30", "08:30", "8:30". */
    public static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidValue("domain.invalid.time", text);
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** "1.250.000.000". */
    public static String number(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append('.');
            }
            b.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + b;
    }

    /** "Rp 1.250.000.000"; a negative amount as "-Rp 5.000". */
    public static String rupiah(long amount) {
        return (amount < 0 ? "-" : "") + "Rp " + number(Math.abs(amount));
    }

    /** "Rp 1,25 M", "Rp 750 jt", "Rp 15 rb": for the projector and charts; at most two decimals. */
    public static String rupiahShort(long amount) {
        long a = Math.abs(amount);
        String sign = amount < 0 ? "-" : "";
        String[] units = {" T", " M", " jt", " rb"};
        long[] sizes = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
        for (int i = 0; i < sizes.length; i++) {
            BigDecimal v = BigDecimal.valueOf(a).divide(BigDecimal.valueOf(sizes[i]), 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            // Rounding 999.999 up makes "1 jt", not "1.000 rb"; below a thousand stays exact.
            boolean fits = i < sizes.length - 1 ? v.compareTo(BigDecimal.ONE) >= 0 : a >= sizes[i];
            if (fits) {
                return sign + "Rp " + decimal(v) + units[i];
            }
        }
        return sign + "Rp " + a;
    }

    /** A decimal with the Indonesian comma and dot grouping: "1.250,5". */
    public static String decimal(BigDecimal v) {
        BigDecimal plain = v.scale() < 0 ? v.setScale(0) : v;
        String s = plain.abs().toPlainString();
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + s.substring(dot + 1);
        return (v.signum() < 0 ? "-" : "") + number(Long.parseLong(whole)) + fraction;
    }

    /**
     * Reads a number as people type it in Indonesia: "1.250.000" (dots group thousands), "1,25"
     * (comma is the decimal mark), "2.5" (a single dot not followed by three digits reads as a decimal).
     */
    public static BigDecimal parseDecimal(String text) {
        String t = text == null ? "" : text.strip().replace(" ", "");
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        String canonical;
        if (GROUPED.matcher(t).matches()) {
            canonical = t.replace(".", "").replace(',', '.');
        } else if (t.matches("[0-9]+(,[0-9]+)?")) {
            canonical = t.replace(',', '.');
        } else if (t.matches("[0-9]+\\.[0-9]+")) {
            canonical = t;
        } else {
            throw new InvalidValue("domain.invalid.number", text);
        }
        BigDecimal v = new BigDecimal(canonical);
        return negative ? v.negate() : v;
    }

    /**
     * Reads an amount in Rupiah: "Rp 1.250.000.000", "1250000000", "1,25 M" (miliar), "1,5 jt",
     * "750 rb", "2 T", "Rp 5.000,-". The result must be whole Rupiah and not negative.
     */
    public static long parseRupiah(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("rp")) {
            t = t.substring(2).strip();
            if (t.startsWith(".")) {
                t = t.substring(1).strip();
            }
        }
        if (t.endsWith(",-") || t.endsWith(".-")) {
            t = t.substring(0, t.length() - 2);
        }
        Matcher m = AMOUNT.matcher(t.strip());
        if (!m.matches()) {
            throw new InvalidValue("domain.invalid.rupiah", text);
        }
        BigDecimal v;
        try {
            v = parseDecimal(m.group(1)).multiply(BigDecimal.valueOf(multiplier(m.group(2))));
            return v.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException | InvalidValue e) {
            throw new InvalidValue("domain.invalid.rupiah", text);
        }
    }

    private static long multiplier(String unit) {
        if (unit == null) {
            return 1;
        }
        return switch (unit) {
            case "t", "triliun" -> 1_000_000_000_000L;
            case "m", "miliar", "milyar" -> 1_000_000_000L;
            case "jt", "juta" -> 1_000_000L;
            default -> 1_000L;
        };
    }
}
