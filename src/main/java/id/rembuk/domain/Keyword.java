package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * A key word for the vision, collected from the SWOT boards (Tahap I) on the keyword board.
 *
 * @param swotItems the SWOT cards it was drawn from
 */
public record Keyword(String id, String text, List<String> swotItems, int order) implements SessionRecord {
    public static final String F_TEXT = "text";
    public static final String F_SWOT_ITEMS = "swot_items";
    public static final String F_ORDER = "order";

    public Keyword {
        Ids.require(id, "keyword");
        text = Text.required(text, "text", 120).replace('\n', ' ');
        swotItems = Fields.items(swotItems, 200).stream().distinct().toList();
        swotItems.forEach(s -> Ids.require(s, "SWOT item"));
    }

    @Override
    public EntityKind kind() {
        return EntityKind.KEYWORD;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_TEXT, text).lines(F_SWOT_ITEMS, swotItems)
                .integer(F_ORDER, order).build();
    }

    public static Keyword from(EntityState e) {
        return new Keyword(e.key().id(), Fields.text(e, F_TEXT), Fields.lines(e, F_SWOT_ITEMS),
                Fields.integer(e, F_ORDER, 0));
    }
}
