package id.rembuk.domain;

/**
 * The impact × effort 2×2 used to shortlist quick wins. No official matrix exists; the midline is
 * the middle of the 1..5 scale, and a value on the midline counts as low, so only clearly high
 * impact makes a quick win.
 */
public final class QuickWinGrid {
    public static final double DEFAULT_MIDLINE = 3.0;

    private QuickWinGrid() {
    }

    public enum Quadrant implements Labelled {
        /** High impact, low effort: do first. */
        QUICK_WIN,
        /** High impact, high effort: plan as a programme. */
        MAJOR_PROJECT,
        /** Low impact, low effort: do when there is room. */
        FILL_IN,
        /** Low impact, high effort: drop. */
        THANKLESS;

        @Override
        public String labelGroup() {
            return "grid";
        }
    }

    public static Quadrant place(double impact, double effort) {
        return place(impact, effort, DEFAULT_MIDLINE);
    }

    public static Quadrant place(double impact, double effort, double midline) {
        if (Double.isNaN(impact) || Double.isNaN(effort)) {
            throw new IllegalArgumentException("impact and effort must be numbers");
        }
        boolean highImpact = impact > midline;
        boolean highEffort = effort > midline;
        if (highImpact) {
            return highEffort ? Quadrant.MAJOR_PROJECT : Quadrant.QUICK_WIN;
        }
        return highEffort ? Quadrant.THANKLESS : Quadrant.FILL_IN;
    }
}
