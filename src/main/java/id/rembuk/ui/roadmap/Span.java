package id.rembuk.ui.roadmap;

/**
 * A phase's plan years, moved or stretched by whole years and kept inside the roadmap's 1..years.
 * A phase longer than the roadmap (ten years drawn on a five-year frame) is cut to the frame when it
 * is moved, since a bar that cannot be seen whole cannot be placed by eye either.
 */
public record Span(int from, int to) {

    /** Shifts the whole span, keeping its length, and stops at the edges. */
    public Span move(int delta, int years) {
        int length = Math.min(to - from, years - 1);
        int start = clamp(from + delta, 1, years - length);
        return new Span(start, start + length);
    }

    /** Moves the last year, never before the first nor past the frame. */
    public Span stretchEnd(int delta, int years) {
        int start = Math.min(from, years);
        return new Span(start, clamp(to + delta, start, years));
    }

    /** Moves the first year, never after the last nor before year 1. */
    public Span stretchStart(int delta, int years) {
        int end = Math.min(to, years);
        return new Span(clamp(from + delta, 1, end), end);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
