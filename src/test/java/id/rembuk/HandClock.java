package id.rembuk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
public final class HandClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public HandClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public HandClock() {
        this(Instant.parse("2026-03-10T01:00:00Z"), ZoneOffset.UTC);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new HandClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
