package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * A statement of the smart city vision. Groups may draft several; {@code adopted} marks the one
 * the plenary agreed on.
 *
 * @param keywords key words the SWOT of Tahap I yielded for it
 */
public record Vision(String id, String text, List<String> keywords, boolean adopted, int order)
        implements SessionRecord {

    public static final String F_TEXT = "text";
    public static final String F_KEYWORDS = "keywords";
    public static final String F_ADOPTED = "adopted";
    public static final String F_ORDER = "order";

    public Vision {
        Ids.require(id, "vision");
        text = Text.required(text, "text", 1000);
        keywords = Fields.items(keywords, 120);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.VISION;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_TEXT, text).lines(F_KEYWORDS, keywords)
                .text(F_ADOPTED, adopted ? "1" : "0").integer(F_ORDER, order).build();
    }

    public static Vision from(EntityState e) {
        return new Vision(e.key().id(), Fields.text(e, F_TEXT), Fields.lines(e, F_KEYWORDS),
                "1".equals(Fields.text(e, F_ADOPTED)), Fields.integer(e, F_ORDER, 0));
    }
}
