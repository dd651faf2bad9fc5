package id.rembuk.domain;

/**
 * How a worksheet scores an indicator. The method publishes no scale, so the session chooses; scores
 * are stored as percent, spread evenly from the lowest level (0) to the highest (100), so a session can
 * switch scale without losing what was scored and the totals read the same on either.
 */
public enum ReadinessScale implements Labelled {
    /** 1 to 5. */
    FIVE(5),
    /** Kurang, Cukup, Baik. */
    BANDS(3);

    private final int levels;

    ReadinessScale(int levels) {
        this.levels = levels;
    }

    public int levels() {
        return levels;
    }

    /** @param level 1..levels */
    public int percentOf(int level) {
        InvalidValue.check(level >= 1 && level <= levels, "domain.invalid.level", level, levels);
        return Math.round((level - 1) * 100f / (levels - 1));
    }

    /** The nearest level to a stored percent (a score given on the other scale lands on the closest). */
    public int levelOf(int percent) {
        int p = Math.max(0, Math.min(100, percent));
        return Math.round(p * (levels - 1) / 100f) + 1;
    }

    @Override
    public String labelGroup() {
        return "readiness_scale";
    }
}
