package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * The facilitator moved a programme on the quick-win grid away from where its scores put it. The
 * note is required: the room, and whoever reads the minutes, must see why. The id is derived from
 * the programme, so a programme has one nudge and deleting it returns the programme to its scores.
 *
 * @param impact impact on the 1..5 scale, in tenths (10..50) so two laptops store the same value
 * @param effort effort on the 1..5 scale, in tenths
 */
public record GridNudge(String id, String programmeId, int impact, int effort, String note) implements SessionRecord {
    public static final String F_PROGRAMME = "programme";
    public static final String F_IMPACT = "impact";
    public static final String F_EFFORT = "effort";
    public static final String F_NOTE = "note";

    public GridNudge {
        Ids.require(programmeId, "programme");
        InvalidValue.check(idFor(programmeId).equals(id), "domain.invalid.id", "grid nudge");
        InvalidValue.check(impact >= 10 && impact <= 50, "domain.invalid.axis", impact / 10.0);
        InvalidValue.check(effort >= 10 && effort <= 50, "domain.invalid.axis", effort / 10.0);
        note = Text.required(note, "note", 1000);
    }

    /** Values on the 1..5 scale rounded to tenths. */
    public static GridNudge of(String programmeId, double impact, double effort, String note) {
        return new GridNudge(idFor(programmeId), programmeId, tenths(impact), tenths(effort), note);
    }

    public static String idFor(String programmeId) {
        return Ids.derived("grid_nudge", programmeId);
    }

    public double impactValue() {
        return impact / 10.0;
    }

    public double effortValue() {
        return effort / 10.0;
    }

    private static int tenths(double v) {
        return (int) Math.round(Math.max(1, Math.min(5, v)) * 10);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.GRID_NUDGE;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_PROGRAMME, programmeId).integer(F_IMPACT, impact)
                .integer(F_EFFORT, effort).text(F_NOTE, note).build();
    }

    public static GridNudge from(EntityState e) {
        return new GridNudge(e.key().id(), Fields.text(e, F_PROGRAMME), Fields.integer(e, F_IMPACT, 0),
                Fields.integer(e, F_EFFORT, 0), Fields.text(e, F_NOTE));
    }
}
