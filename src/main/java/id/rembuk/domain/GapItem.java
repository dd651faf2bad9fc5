package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the gap analysis (analisa kesenjangan): current condition, expected condition, the gap,
 * what is needed, and its priority.
 */
public record GapItem(String id, Dimension dimension, Optional<SubDimension> subDimension, Optional<Element> element,
                      String current, String expected, String gap, String recommendation, Priority priority,
                      int order) implements SessionRecord {

    public static final String F_SUB_DIMENSION = "sub_dimension";
    public static final String F_ELEMENT = "element";
    public static final String F_CURRENT = "current";
    public static final String F_EXPECTED = "expected";
    public static final String F_GAP = "gap";
    public static final String F_RECOMMENDATION = "recommendation";
    public static final String F_PRIORITY = "priority";
    public static final String F_ORDER = "order";

    public enum Priority implements Labelled {
        HIGH, MEDIUM, LOW;

        @Override
        public String labelGroup() {
            return "priority";
        }
    }

    public GapItem {
        Ids.require(id, "gap item");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(subDimension, "subDimension");
        Objects.requireNonNull(element, "element");
        SubDimensions.requireWithin(subDimension, dimension);
        current = Text.optional(current, 2000);
        expected = Text.optional(expected, 2000);
        gap = Text.optional(gap, 2000);
        recommendation = Text.optional(recommendation, 2000);
        InvalidValue.check(!(current + expected + gap + recommendation).isEmpty(), "domain.invalid.empty_gap");
        Objects.requireNonNull(priority, "priority");
    }

    @Override
    public EntityKind kind() {
        return EntityKind.GAP_ITEM;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).value(F_DIMENSION, dimension).value(F_SUB_DIMENSION, subDimension)
                .value(F_ELEMENT, element).text(F_CURRENT, current).text(F_EXPECTED, expected).text(F_GAP, gap)
                .text(F_RECOMMENDATION, recommendation).value(F_PRIORITY, priority).integer(F_ORDER, order).build();
    }

    public static GapItem from(EntityState e) {
        return new GapItem(e.key().id(), Fields.enumOf(e, F_DIMENSION, Dimension.class).orElse(null),
                Fields.enumOf(e, F_SUB_DIMENSION, SubDimension.class), Fields.enumOf(e, F_ELEMENT, Element.class),
                Fields.text(e, F_CURRENT), Fields.text(e, F_EXPECTED), Fields.text(e, F_GAP),
                Fields.text(e, F_RECOMMENDATION), Fields.enumOr(e, F_PRIORITY, Priority.class, Priority.MEDIUM),
                Fields.integer(e, F_ORDER, 0));
    }
}
