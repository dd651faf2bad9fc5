package id.rembuk.agenda;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.BlockRun.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the clock says about a day at one instant: the current block's countdown, whether the room
 * is ahead of or behind the plan, and when the day will end at this pace.
 *
 * <p>The plan's times are read on the date the day is actually run (the date its first block
 * started, else today), not on the session's printed dates, so a rehearsal or a postponed day
 * still compares with its own clock. Later blocks are assumed to keep their planned lengths and the
 * planned gaps between them; a skipped block gives its time back.
 *
 * @param current          the block on the clock
 * @param next             the next block to start
 * @param paused           the current block is paused
 * @param elapsedSeconds   run time of the current block, pauses left out
 * @param plannedSeconds   its length in the plan, with minutes added in the room
 * @param remainingSeconds negative when over time
 * @param behindSeconds    positive: the room is behind the plan; negative: ahead
 * @param plannedEnd       end of the day's last block in the plan
 * @param projectedEnd     when the day's last block will end at this pace
 * @param dayOver          every block is done or skipped
 */
public record DayTiming(Optional<AgendaItem> current, Optional<AgendaItem> next, boolean paused,
                        long elapsedSeconds, long plannedSeconds, long remainingSeconds, long behindSeconds,
                        Optional<LocalTime> plannedEnd, Optional<LocalTime> projectedEnd, boolean dayOver) {

    /** Remaining time below which the countdown warns. */
    public static final long WARNING_SECONDS = 120;

    public enum Phase { IDLE, NORMAL, WARNING, OVERTIME }

    public Phase phase() {
        if (current.isEmpty()) {
            return Phase.IDLE;
        }
        if (remainingSeconds <= 0) {
            return Phase.OVERTIME;
        }
        return remainingSeconds <= WARNING_SECONDS ? Phase.WARNING : Phase.NORMAL;
    }

    /** Share of the planned time used, 0..1, for the progress ring. */
    public double progress() {
        return plannedSeconds <= 0 ? 0 : Math.min(1.0, (double) elapsedSeconds / plannedSeconds);
    }

    /** Whole minutes behind (positive) or ahead (negative), rounded towards the nearer minute. */
    public long behindMinutes() {
        return Math.round(behindSeconds / 60.0);
    }

    static DayTiming of(RunOfShow show, Instant now, ZoneId zone) {
        List<AgendaItem> blocks = show.blocks();
        if (blocks.isEmpty()) {
            return new DayTiming(Optional.empty(), Optional.empty(), false, 0, 0, 0, 0, Optional.empty(),
                    Optional.empty(), false);
        }
        LocalDate date = blocks.stream().map(b -> show.run(b.id()).startedAt()).flatMap(Optional::stream)
                .min(Instant::compareTo).orElse(now).atZone(zone).toLocalDate();
        LocalDateTime nowLocal = LocalDateTime.ofInstant(now, zone);
        LocalTime plannedEnd = blocks.stream().map(AgendaItem::end).max(LocalTime::compareTo).orElseThrow();
        Optional<AgendaItem> current = show.current();
        Optional<AgendaItem> next = show.nextPlanned();

        if (current.isPresent()) {
            AgendaItem c = current.get();
            BlockRun r = show.run(c.id());
            long planned = show.minutes(c) * 60L;
            long elapsed = r.elapsedSeconds(now);
            long remaining = planned - elapsed;
            LocalDateTime currentEnd = nowLocal.plusSeconds(Math.max(0, remaining));
            LocalDateTime plannedCurrentEnd = date.atTime(c.start()).plusMinutes(c.durationMinutes());
            long behind = Duration.between(plannedCurrentEnd, currentEnd).toSeconds();
            LocalDateTime end = project(show, blocks.indexOf(c) + 1, currentEnd, c.end());
            return new DayTiming(current, next, r.status() == Status.PAUSED, elapsed, planned, remaining, behind,
                    Optional.of(plannedEnd), Optional.of(end.toLocalTime()), false);
        }
        if (next.isPresent()) {
            AgendaItem n = next.get();
            boolean started = show.started();
            long behind = Duration.between(date.atTime(n.start()), nowLocal).toSeconds();
            if (!started) {
                // before the day begins the room is not "ahead": it simply has not started
                behind = Math.max(0, behind);
            }
            LocalDateTime nextStart = date.atTime(n.start()).plusSeconds(behind);
            LocalDateTime end = project(show, blocks.indexOf(n) + 1, nextStart.plusMinutes(show.minutes(n)), n.end());
            return new DayTiming(Optional.empty(), next, false, 0, 0, 0, behind, Optional.of(plannedEnd),
                    Optional.of(end.toLocalTime()), false);
        }
        Optional<Instant> lastEnd = blocks.stream().map(b -> show.run(b.id()))
                .filter(r -> r.status() == Status.DONE).map(BlockRun::endedAt).flatMap(Optional::stream)
                .max(Instant::compareTo);
        Optional<LocalTime> actualEnd = lastEnd.map(e -> LocalDateTime.ofInstant(e, zone).toLocalTime());
        long behind = lastEnd.map(e -> Duration.between(date.atTime(plannedEnd), LocalDateTime.ofInstant(e, zone))
                .toSeconds()).orElse(0L);
        return new DayTiming(Optional.empty(), Optional.empty(), false, 0, 0, 0, behind, Optional.of(plannedEnd),
                actualEnd, true);
    }

    /** Walks the planned blocks from {@code from}, keeping planned gaps, starting at {@code cursor}. */
    private static LocalDateTime project(RunOfShow show, int from, LocalDateTime cursor, LocalTime prevPlannedEnd) {
        List<AgendaItem> blocks = show.blocks();
        LocalTime prev = prevPlannedEnd;
        for (int i = from; i < blocks.size(); i++) {
            AgendaItem b = blocks.get(i);
            if (show.run(b.id()).status() == Status.PLANNED) {
                long gap = Math.max(0, Duration.between(prev, b.start()).toMinutes());
                cursor = cursor.plusMinutes(gap + show.minutes(b));
            }
            if (b.end().isAfter(prev)) {
                prev = b.end();
            }
        }
        return cursor;
    }
}
