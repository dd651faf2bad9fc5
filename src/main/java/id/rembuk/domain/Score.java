package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One scorer's value (1..5) for one criterion of one programme. The id is derived from the three, so
 * a scorer re-scoring replaces their own value and scores from different laptops never collide.
 *
 * @param programmeId the programme scored (a quick-win candidate's id works the same way)
 * @param scorer      who scored: a group id or a person's name (compared without case and extra spaces)
 */
public record Score(String id, String programmeId, Criterion criterion, String scorer, int value)
        implements SessionRecord {

    public static final String F_PROGRAMME = "programme";
    public static final String F_CRITERION = "criterion";
    public static final String F_SCORER = "scorer";
    public static final String F_VALUE = "value";

    public Score {
        Ids.require(programmeId, "programme");
        Objects.requireNonNull(criterion, "criterion");
        scorer = Text.required(scorer, "scorer", 120).replaceAll("\\s+", " ");
        InvalidValue.check(idFor(programmeId, criterion, scorer).equals(id), "domain.invalid.id", "score");
        InvalidValue.check(value >= 1 && value <= 5, "domain.invalid.score", value);
    }

    public static Score of(String programmeId, Criterion criterion, String scorer, int value) {
        return new Score(idFor(programmeId, criterion, scorer), programmeId, criterion, scorer, value);
    }

    public static String idFor(String programmeId, Criterion criterion, String scorer) {
        return Ids.derived("score", programmeId, criterion.name(), scorerKey(scorer));
    }

    /** "Kelompok  GOV" and "kelompok gov" are the same scorer. */
    public static String scorerKey(String scorer) {
        return scorer == null ? "" : scorer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.SCORE;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_PROGRAMME, programmeId).value(F_CRITERION, criterion)
                .text(F_SCORER, scorer).integer(F_VALUE, value).build();
    }

    public static Score from(EntityState e) {
        return new Score(e.key().id(), Fields.text(e, F_PROGRAMME),
                Fields.enumOf(e, F_CRITERION, Criterion.class).orElse(null), Fields.text(e, F_SCORER),
                Fields.integer(e, F_VALUE, 0));
    }
}
