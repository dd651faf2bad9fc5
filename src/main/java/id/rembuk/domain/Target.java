package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A target (sasaran) under a goal, optionally tied to one dimension. */
public record Target(String id, String goalId, Optional<Dimension> dimension, String text, int order)
        implements SessionRecord {

    public static final String F_GOAL = "goal";
    public static final String F_TEXT = "text";
    public static final String F_ORDER = "order";

    public Target {
        Ids.require(id, "target");
        goalId = Ids.optional(goalId, "goal");
        Objects.requireNonNull(dimension, "dimension");
        text = Text.required(text, "text", 1000);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.TARGET;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_GOAL, goalId).value(F_DIMENSION, dimension).text(F_TEXT, text)
                .integer(F_ORDER, order).build();
    }

    public static Target from(EntityState e) {
        return new Target(e.key().id(), Fields.text(e, F_GOAL), Fields.enumOf(e, F_DIMENSION, Dimension.class),
                Fields.text(e, F_TEXT), Fields.integer(e, F_ORDER, 0));
    }
}
