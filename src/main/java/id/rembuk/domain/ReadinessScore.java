package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * How far one readiness indicator is met, 0..100 percent (a plain checklist uses 0 and 100). The id is
 * derived from the indicator: one assessment per indicator, and two laptops assessing it differently
 * show a conflict instead of two scores.
 */
public record ReadinessScore(String id, String indicatorId, int percent, String evidence) implements SessionRecord {

    public static final String F_INDICATOR = "indicator";
    public static final String F_PERCENT = "percent";
    public static final String F_EVIDENCE = "evidence";

    public ReadinessScore {
        Ids.require(indicatorId, "indicator");
        InvalidValue.check(idFor(indicatorId).equals(id), "domain.invalid.id", "readiness score");
        InvalidValue.check(percent >= 0 && percent <= 100, "domain.invalid.percent", percent);
        evidence = Text.optional(evidence, 1000);
    }

    public static ReadinessScore of(String indicatorId, int percent, String evidence) {
        return new ReadinessScore(idFor(indicatorId), indicatorId, percent, evidence);
    }

    public static String idFor(String indicatorId) {
        return Ids.derived("readiness_score", indicatorId);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.READINESS_SCORE;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_INDICATOR, indicatorId).integer(F_PERCENT, percent)
                .text(F_EVIDENCE, evidence).build();
    }

    public static ReadinessScore from(EntityState e) {
        return new ReadinessScore(e.key().id(), Fields.text(e, F_INDICATOR), Fields.integer(e, F_PERCENT, -1),
                Fields.text(e, F_EVIDENCE));
    }
}
