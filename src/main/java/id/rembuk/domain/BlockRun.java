package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an agenda block actually ran: when it started and ended, how long it was paused and by how
 * much it was extended. Kept apart from {@link AgendaItem} so the plan and what happened never
 * overwrite each other, and times are absolute instants so a reopened session keeps counting.
 *
 * @param agendaItemId  the block; also this entity's id
 * @param pausedAt      when the running pause began, present only while {@link Status#PAUSED}
 * @param pausedSeconds pauses already ended, in seconds
 * @param extraMinutes  minutes added to (or, negative, taken from) the planned duration
 */
public record BlockRun(String agendaItemId, Status status, Optional<Instant> startedAt, Optional<Instant> endedAt,
                       Optional<Instant> pausedAt, long pausedSeconds, int extraMinutes) implements SessionRecord {

    public static final String F_STATUS = "status";
    public static final String F_STARTED_AT = "started_at";
    public static final String F_ENDED_AT = "ended_at";
    public static final String F_PAUSED_AT = "paused_at";
    public static final String F_PAUSED_SECONDS = "paused_seconds";
    public static final String F_EXTRA_MINUTES = "extra_minutes";

    /** Where a block stands; {@code PLANNED} is also what a block with no run entity is. */
    public enum Status implements Labelled {
        PLANNED, RUNNING, PAUSED, DONE, SKIPPED;

        @Override
        public String labelGroup() {
            return "block_status";
        }

        /** The block on the clock now. */
        public boolean isCurrent() {
            return this == RUNNING || this == PAUSED;
        }

        /** Finished with, one way or another. */
        public boolean isClosed() {
            return this == DONE || this == SKIPPED;
        }
    }

    public BlockRun {
        Ids.require(agendaItemId, "agenda item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(pausedAt, "pausedAt");
        InvalidValue.check(pausedSeconds >= 0, "domain.invalid.paused", pausedSeconds);
        InvalidValue.check(Math.abs(extraMinutes) <= 720, "domain.invalid.extra", extraMinutes);
        if (status == Status.PLANNED) {
            startedAt = Optional.empty();
            endedAt = Optional.empty();
            pausedAt = Optional.empty();
            pausedSeconds = 0;
        }
        if (status != Status.PAUSED) {
            pausedAt = Optional.empty();
        }
    }

    /** A block nobody has started. */
    public static BlockRun planned(String agendaItemId) {
        return new BlockRun(agendaItemId, Status.PLANNED, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0);
    }

    /**
     * Seconds the block has been running, not counting pauses: up to its end when closed, up to
     * {@code now} otherwise. Never negative, also when a clock was set back.
     */
    public long elapsedSeconds(Instant now) {
        if (startedAt.isEmpty()) {
            return 0;
        }
        Instant until = endedAt.filter(e -> status.isClosed()).orElse(now);
        long gross = Duration.between(startedAt.get(), until).toSeconds();
        long pausing = pausedAt.map(p -> Math.max(0, Duration.between(p, until).toSeconds())).orElse(0L);
        return Math.max(0, gross - pausedSeconds - pausing);
    }

    @Override
    public String id() {
        return agendaItemId;
    }

    @Override
    public EntityKind kind() {
        return EntityKind.BLOCK_RUN;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), agendaItemId).value(F_STATUS, status).value(F_STARTED_AT, startedAt)
                .value(F_ENDED_AT, endedAt).value(F_PAUSED_AT, pausedAt).integer(F_PAUSED_SECONDS, pausedSeconds)
                .integer(F_EXTRA_MINUTES, extraMinutes).build();
    }

    public static BlockRun from(EntityState e) {
        return new BlockRun(e.key().id(), Fields.enumOr(e, F_STATUS, Status.class, Status.PLANNED),
                instant(e, F_STARTED_AT), instant(e, F_ENDED_AT), instant(e, F_PAUSED_AT),
                Math.max(0, Fields.number(e, F_PAUSED_SECONDS, 0)), Fields.integer(e, F_EXTRA_MINUTES, 0));
    }

    private static Optional<Instant> instant(EntityState e, String field) {
        try {
            return e.get(field).map(String::strip).filter(s -> !s.isEmpty()).map(Instant::parse);
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }
}
