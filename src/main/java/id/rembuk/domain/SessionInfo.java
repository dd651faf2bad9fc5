package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The facts of one bimtek: which region, which stage, when and where, who leads it. Stored as the
 * fields of the single {@link EntityKind#SESSION} entity whose id is the session id.
 *
 * @param region       "Kabupaten Banggai"
 * @param province     "Sulawesi Tengah" (may be empty)
 * @param stage        Tahap I..IV
 * @param firstDay     day 1 of the two days
 * @param lastDay      last day, not before {@code firstDay}
 * @param venue        "Ruang Rapat Khusus Kantor Bupati Banggai, Luwuk"
 * @param facilitators names of the facilitators / committee
 * @param experts      names of the ministry's experts (tenaga ahli)
 * @param sample       true for demonstration data, shown as such everywhere
 */
public record SessionInfo(String region, String province, Stage stage, LocalDate firstDay, LocalDate lastDay,
                          String venue, List<String> facilitators, List<String> experts, boolean sample) {

    public static final String F_REGION = "region";
    public static final String F_PROVINCE = "province";
    public static final String F_STAGE = "stage";
    public static final String F_FIRST_DAY = "first_day";
    public static final String F_LAST_DAY = "last_day";
    public static final String F_VENUE = "venue";
    public static final String F_FACILITATORS = "facilitators";
    public static final String F_EXPERTS = "experts";
    public static final String F_SAMPLE = "sample";

    public SessionInfo {
        region = Text.required(region, "region", 120);
        province = Text.optional(province, 120);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the last day is before the first day: " + firstDay + " > " + lastDay);
        }
        if (firstDay.plusDays(13).isBefore(lastDay)) {
            throw new IllegalArgumentException("a bimtek lasts at most two weeks: " + firstDay + " .. " + lastDay);
        }
        venue = Text.optional(venue, 300);
        facilitators = Text.names(facilitators);
        experts = Text.names(experts);
    }

    /** The default title of the activity, as printed on documents. */
    public String title() {
        return "Bimbingan Teknis Penyusunan Masterplan Smart City Tahap " + stage.name() + " " + region;
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    public List<Edit> toEdits(UUID sessionId) {
        String id = sessionId.toString();
        String k = EntityKind.SESSION.code();
        return List.of(
                Edit.set(k, id, F_REGION, region),
                Edit.set(k, id, F_PROVINCE, province),
                Edit.set(k, id, F_STAGE, stage.name()),
                Edit.set(k, id, F_FIRST_DAY, firstDay.toString()),
                Edit.set(k, id, F_LAST_DAY, lastDay.toString()),
                Edit.set(k, id, F_VENUE, venue),
                Edit.set(k, id, F_FACILITATORS, String.join("\n", facilitators)),
                Edit.set(k, id, F_EXPERTS, String.join("\n", experts)),
                Edit.set(k, id, F_SAMPLE, sample ? "1" : "0"));
    }

    public static Optional<SessionInfo> from(SessionState state, UUID sessionId) {
        return state.get(EntityKind.SESSION.code(), sessionId.toString())
                .filter(EntityState::live)
                .map(SessionInfo::from);
    }

    public static SessionInfo from(EntityState e) {
        return new SessionInfo(e.getOr(F_REGION, "?"), e.getOr(F_PROVINCE, ""),
                Stage.valueOf(e.getOr(F_STAGE, "I")),
                LocalDate.parse(e.getOr(F_FIRST_DAY, "2000-01-01")),
                LocalDate.parse(e.get(F_LAST_DAY).orElse(e.getOr(F_FIRST_DAY, "2000-01-01"))),
                e.getOr(F_VENUE, ""), Fields.lines(e, F_FACILITATORS), Fields.lines(e, F_EXPERTS),
                "1".equals(e.getOr(F_SAMPLE, "0")));
    }
}
