package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/** One mission (misi) serving the vision; {@code order} is its number in the list. */
public record Mission(String id, String text, int order) implements SessionRecord {

    public static final String F_TEXT = "text";
    public static final String F_ORDER = "order";

    public Mission {
        Ids.require(id, "mission");
        text = Text.required(text, "text", 1000);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.MISSION;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_TEXT, text).integer(F_ORDER, order).build();
    }

    public static Mission from(EntityState e) {
        return new Mission(e.key().id(), Fields.text(e, F_TEXT), Fields.integer(e, F_ORDER, 0));
    }
}
