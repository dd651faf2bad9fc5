package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A TOWS strategy built from SWOT items of a dimension.
 *
 * @param swotItems ids of the SWOT items it was derived from
 */
public record Strategy(String id, Dimension dimension, Type type, String text, List<String> swotItems, int order)
        implements SessionRecord {

    public static final String F_TYPE = "type";
    public static final String F_TEXT = "text";
    public static final String F_SWOT_ITEMS = "swot_items";
    public static final String F_ORDER = "order";

    /** SO uses strengths for opportunities, ST strengths against threats, WO and WT deal with weaknesses. */
    public enum Type implements Labelled {
        SO(SwotItem.Quadrant.S, SwotItem.Quadrant.O),
        ST(SwotItem.Quadrant.S, SwotItem.Quadrant.T),
        WO(SwotItem.Quadrant.W, SwotItem.Quadrant.O),
        WT(SwotItem.Quadrant.W, SwotItem.Quadrant.T);

        private final SwotItem.Quadrant internal;
        private final SwotItem.Quadrant external;

        Type(SwotItem.Quadrant internal, SwotItem.Quadrant external) {
            this.internal = internal;
            this.external = external;
        }

        public boolean uses(SwotItem.Quadrant q) {
            return q == internal || q == external;
        }

        @Override
        public String labelGroup() {
            return "strategy_type";
        }
    }

    public Strategy {
        Ids.require(id, "strategy");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(type, "type");
        text = Text.required(text, "text", 1000);
        swotItems = Fields.items(swotItems, 200).stream().distinct().toList();
        swotItems.forEach(s -> Ids.require(s, "SWOT item"));
    }

    /**
     * Linked items that do not fit the strategy: a quadrant the type does not use, or another
     * dimension. Links to deleted items are reported too (their id maps to nothing).
     */
    public List<String> misfits(Map<String, SwotItem> items) {
        return swotItems.stream().filter(id -> {
            SwotItem s = items.get(id);
            return s == null || !type.uses(s.quadrant()) || !s.dimension().equals(Optional.of(dimension));
        }).toList();
    }

    @Override
    public EntityKind kind() {
        return EntityKind.STRATEGY;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).value(F_DIMENSION, dimension).value(F_TYPE, type).text(F_TEXT, text)
                .lines(F_SWOT_ITEMS, swotItems).integer(F_ORDER, order).build();
    }

    public static Strategy from(EntityState e) {
        return new Strategy(e.key().id(), Fields.enumOf(e, F_DIMENSION, Dimension.class).orElse(null),
                Fields.enumOf(e, F_TYPE, Type.class).orElse(null), Fields.text(e, F_TEXT),
                Fields.lines(e, F_SWOT_ITEMS), Fields.integer(e, F_ORDER, 0));
    }
}
