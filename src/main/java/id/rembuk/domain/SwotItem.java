package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One card on the SWOT board. Tahap I writes SWOT per element, Tahap II per dimension, so at least
 * one of the two is set.
 *
 * @param group   id of the group that wrote it (empty: plenary)
 * @param cluster name of the cluster the facilitator grouped it into (empty: none)
 */
public record SwotItem(String id, Optional<Dimension> dimension, Optional<Element> element, Quadrant quadrant,
                       String text, String group, String cluster, int order) implements SessionRecord {

    public static final String F_ELEMENT = "element";
    public static final String F_QUADRANT = "quadrant";
    public static final String F_TEXT = "text";
    public static final String F_GROUP = "group";
    public static final String F_CLUSTER = "cluster";
    public static final String F_ORDER = "order";

    public enum Quadrant implements Labelled {
        S, W, O, T;

        /** Strengths and weaknesses are inside the region; opportunities and threats come from outside. */
        public boolean internal() {
            return this == S || this == W;
        }

        @Override
        public String labelGroup() {
            return "quadrant";
        }
    }

    public SwotItem {
        Ids.require(id, "SWOT item");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(element, "element");
        InvalidValue.check(dimension.isPresent() || element.isPresent(), "domain.invalid.swot_scope");
        Objects.requireNonNull(quadrant, "quadrant");
        text = Text.required(text, "text", 500);
        group = Ids.optional(group, "group");
        cluster = Text.optional(cluster, 120).replace('\n', ' ');
    }

    @Override
    public EntityKind kind() {
        return EntityKind.SWOT_ITEM;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).value(F_DIMENSION, dimension).value(F_ELEMENT, element)
                .value(F_QUADRANT, quadrant).text(F_TEXT, text).text(F_GROUP, group).text(F_CLUSTER, cluster)
                .integer(F_ORDER, order).build();
    }

    public static SwotItem from(EntityState e) {
        return new SwotItem(e.key().id(), Fields.enumOf(e, F_DIMENSION, Dimension.class),
                Fields.enumOf(e, F_ELEMENT, Element.class), Fields.enumOf(e, F_QUADRANT, Quadrant.class).orElse(null),
                Fields.text(e, F_TEXT), Fields.text(e, F_GROUP), Fields.text(e, F_CLUSTER), Fields.integer(e, F_ORDER, 0));
    }
}
