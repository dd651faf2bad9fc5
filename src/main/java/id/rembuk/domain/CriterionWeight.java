package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Objects;

/**
 * A session's own weight (0..100) for one ranking criterion; no official weights exist, so the room
 * may agree on its own. The id is the criterion's name: one weight per criterion per session.
 */
public record CriterionWeight(String id, Criterion criterion, int weight) implements SessionRecord {

    public static final String F_CRITERION = "criterion";
    public static final String F_WEIGHT = "weight";

    public CriterionWeight {
        Objects.requireNonNull(criterion, "criterion");
        InvalidValue.check(criterion.name().equals(id), "domain.invalid.id", "criterion weight");
        InvalidValue.check(weight >= 0 && weight <= 100, "domain.invalid.weight", weight);
    }

    public static CriterionWeight of(Criterion c, int weight) {
        return new CriterionWeight(c.name(), c, weight);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.CRITERION_WEIGHT;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).value(F_CRITERION, criterion).integer(F_WEIGHT, weight).build();
    }

    public static CriterionWeight from(EntityState e) {
        return new CriterionWeight(e.key().id(), Fields.enumOf(e, F_CRITERION, Criterion.class).orElse(null),
                Fields.integer(e, F_WEIGHT, -1));
    }
}
