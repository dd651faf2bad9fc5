package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One block of the rundown.
 *
 * @param day             1 for the first day of the bimtek
 * @param start           start time, whole minutes
 * @param durationMinutes 1..720
 * @param groups          group ids that take part (empty: everyone)
 * @param expectedOutput  what the block should produce ("matriks SWOT per dimensi")
 * @param order           position among blocks that start at the same time
 */
public record AgendaItem(String id, int day, LocalTime start, int durationMinutes, String title, Kind type,
                         String speaker, List<String> groups, String expectedOutput, int order)
        implements SessionRecord {

    public static final String F_DAY = "day";
    public static final String F_START = "start";
    public static final String F_DURATION = "duration_minutes";
    public static final String F_TITLE = "title";
    public static final String F_TYPE = "type";
    public static final String F_SPEAKER = "speaker";
    public static final String F_GROUPS = "groups";
    public static final String F_EXPECTED_OUTPUT = "expected_output";
    public static final String F_ORDER = "order";

    /** What kind of block it is; breaks include ISHOMA. */
    public enum Kind implements Labelled {
        TALK, FGD, BREAK, PLENARY, CEREMONY, REGISTRATION;

        @Override
        public String labelGroup() {
            return "agenda_kind";
        }
    }

    public AgendaItem {
        Ids.require(id, "agenda item");
        InvalidValue.check(day >= 1 && day <= 14, "domain.invalid.day", day);
        Objects.requireNonNull(start, "start");
        start = start.truncatedTo(ChronoUnit.MINUTES);
        // A block ends on its own day: the rundown and the printed times never wrap past midnight.
        InvalidValue.check(durationMinutes >= 1 && durationMinutes <= 720
                && start.toSecondOfDay() / 60 + durationMinutes <= 24 * 60, "domain.invalid.duration", durationMinutes);
        title = Text.required(title, "title", 200);
        Objects.requireNonNull(type, "type");
        speaker = Text.optional(speaker, 200);
        groups = Fields.items(groups, 200);
        expectedOutput = Text.optional(expectedOutput, 1000);
    }

    public LocalTime end() {
        return start.plusMinutes(durationMinutes);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.AGENDA_ITEM;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id)
                .integer(F_DAY, day).value(F_START, start).integer(F_DURATION, durationMinutes)
                .text(F_TITLE, title).value(F_TYPE, type).text(F_SPEAKER, speaker).lines(F_GROUPS, groups)
                .text(F_EXPECTED_OUTPUT, expectedOutput).integer(F_ORDER, order).build();
    }

    public static AgendaItem from(EntityState e) {
        return new AgendaItem(e.key().id(), Fields.integer(e, F_DAY, 1),
                Fields.time(e, F_START).orElse(LocalTime.of(8, 0)), Fields.integer(e, F_DURATION, 30),
                Fields.text(e, F_TITLE), Fields.enumOr(e, F_TYPE, Kind.class, Kind.TALK),
                Fields.text(e, F_SPEAKER), Fields.lines(e, F_GROUPS), Fields.text(e, F_EXPECTED_OUTPUT),
                Fields.integer(e, F_ORDER, 0));
    }
}
