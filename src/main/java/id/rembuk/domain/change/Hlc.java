package id.rembuk.domain.change;

import java.util.function.LongSupplier;

/**
 * Hybrid logical clock. A stamp packs wall-clock milliseconds (high 48 bits) and a counter (low 16)
 * so stamps from one replica always grow, even when the laptop's clock jumps back. Stamps order
 * changes for display and history; they never decide which concurrent edit wins.
 */
public final class Hlc {
    private static final int COUNTER_BITS = 16;
    private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;

    private final LongSupplier wallClock;
    private long last;

    public Hlc(LongSupplier wallClockMillis) {
        this.wallClock = wallClockMillis;
    }

    public static Hlc system() {
        return new Hlc(System::currentTimeMillis);
    }

    /** A new stamp, larger than every stamp this clock issued or observed. */
    public synchronized long next() {
        long physical = wallClock.getAsLong() << COUNTER_BITS;
        last = Math.max(last + 1, physical);
        return last;
    }

    /** Moves the clock past a stamp seen in another file, so later local edits sort after it. */
    public synchronized void observe(long stamp) {
        last = Math.max(last, stamp);
    }

    public static long millis(long stamp) {
        return stamp >>> COUNTER_BITS;
    }

    public static int counter(long stamp) {
        return (int) (stamp & COUNTER_MASK);
    }
}
