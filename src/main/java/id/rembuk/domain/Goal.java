package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/** A goal (tujuan) under a mission. */
public record Goal(String id, String missionId, String text, int order) implements SessionRecord {

    public static final String F_MISSION = "mission";
    public static final String F_TEXT = "text";
    public static final String F_ORDER = "order";

    public Goal {
        Ids.require(id, "goal");
        missionId = Ids.optional(missionId, "mission");
        text = Text.required(text, "text", 1000);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.GOAL;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_MISSION, missionId).text(F_TEXT, text).integer(F_ORDER, order)
                .build();
    }

    public static Goal from(EntityState e) {
        return new Goal(e.key().id(), Fields.text(e, F_MISSION), Fields.text(e, F_TEXT), Fields.integer(e, F_ORDER, 0));
    }
}
