package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A participant signed in on one day. The id is derived from participant and day, so signing in
 * twice (or on two laptops) is one attendance, not two.
 */
public record Attendance(String id, String participantId, int day, LocalTime time) implements SessionRecord {

    public static final String F_PARTICIPANT = "participant";
    public static final String F_DAY = "day";
    public static final String F_TIME = "time";

    public Attendance {
        Ids.require(participantId, "participant");
        InvalidValue.check(day >= 1 && day <= 14, "domain.invalid.day", day);
        InvalidValue.check(idFor(participantId, day).equals(id), "domain.invalid.id", "attendance");
        Objects.requireNonNull(time, "time");
        time = time.truncatedTo(ChronoUnit.MINUTES);
    }

    public static Attendance of(String participantId, int day, LocalTime time) {
        return new Attendance(idFor(participantId, day), participantId, day, time);
    }

    public static String idFor(String participantId, int day) {
        return Ids.derived("attendance", participantId, Integer.toString(day));
    }

    @Override
    public EntityKind kind() {
        return EntityKind.ATTENDANCE;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_PARTICIPANT, participantId).integer(F_DAY, day)
                .value(F_TIME, time).build();
    }

    public static Attendance from(EntityState e) {
        return new Attendance(e.key().id(), Fields.text(e, F_PARTICIPANT), Fields.integer(e, F_DAY, 1),
                Fields.time(e, F_TIME).orElse(LocalTime.MIDNIGHT));
    }
}
