package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.OptionalInt;

/**
 * The assessment of one readiness indicator: the current condition as the group describes it, the
 * evidence, a score (0..100 percent; the worksheet's scale maps its levels onto it, see
 * {@link ReadinessScale}) and notes. The id is derived from the indicator: one assessment per
 * indicator, and two laptops assessing it differently show a conflict instead of two scores.
 *
 * @param percent empty while the group has described the condition but not scored it yet
 */
public record ReadinessScore(String id, String indicatorId, OptionalInt percent, String condition, String evidence,
                             String notes) implements SessionRecord {

    public static final String F_INDICATOR = "indicator";
    public static final String F_PERCENT = "percent";
    public static final String F_CONDITION = "condition";
    public static final String F_EVIDENCE = "evidence";
    public static final String F_NOTES = "notes";

    public ReadinessScore {
        Ids.require(indicatorId, "indicator");
        InvalidValue.check(idFor(indicatorId).equals(id), "domain.invalid.id", "readiness score");
        percent.ifPresent(p -> InvalidValue.check(p >= 0 && p <= 100, "domain.invalid.percent", p));
        condition = Text.optional(condition, 2000);
        evidence = Text.optional(evidence, 1000);
        notes = Text.optional(notes, 2000);
    }

    public ReadinessScore(String id, String indicatorId, int percent, String evidence) {
        this(id, indicatorId, OptionalInt.of(percent), "", evidence, "");
    }

    public static ReadinessScore of(String indicatorId, int percent, String evidence) {
        return new ReadinessScore(idFor(indicatorId), indicatorId, percent, evidence);
    }

    public static String idFor(String indicatorId) {
        return Ids.derived("readiness_score", indicatorId);
    }

    public ReadinessScore withPercent(OptionalInt p) {
        return new ReadinessScore(id, indicatorId, p, condition, evidence, notes);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.READINESS_SCORE;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_INDICATOR, indicatorId).optionalInt(F_PERCENT, percent)
                .text(F_CONDITION, condition).text(F_EVIDENCE, evidence).text(F_NOTES, notes).build();
    }

    public static ReadinessScore from(EntityState e) {
        return new ReadinessScore(e.key().id(), Fields.text(e, F_INDICATOR), Fields.optionalInt(e, F_PERCENT),
                Fields.text(e, F_CONDITION), Fields.text(e, F_EVIDENCE), Fields.text(e, F_NOTES));
    }
}
