package id.rembuk.domain;

/**
 * One indicator of a quick win with where it stands and where it should be after the year. Stored
 * as {@code "Waktu layanan KTP | 14 hari | 1 hari"}; a line without separators is the name alone.
 */
public record IndicatorTarget(String name, String baseline, String target) {
    private static final String SEPARATOR = " | ";

    public IndicatorTarget {
        name = clean(name);
        baseline = clean(baseline);
        target = clean(target);
    }

    public static IndicatorTarget parse(String line) {
        String[] parts = (line == null ? "" : line).split("\\|", 3);
        return new IndicatorTarget(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
    }

    public String format() {
        if (baseline.isEmpty() && target.isEmpty()) {
            return name;
        }
        return name + SEPARATOR + baseline + SEPARATOR + target;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('|', '/').replace('\n', ' ').strip();
    }
}
