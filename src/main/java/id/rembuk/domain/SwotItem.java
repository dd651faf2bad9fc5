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
 * @param cluster    name of the cluster the facilitator grouped it into (empty: none)
 * @param mergedInto id of the card this one was merged into because they say the same thing (empty: on
 *                   the board). The card stays in the file with its own text, so nothing written is lost
 *                   and merging can be undone or merged from another laptop.
 * @param source     id of the gap row it was sent from (empty: written on the board)
 */
public record SwotItem(String id, Optional<Dimension> dimension, Optional<Element> element, Quadrant quadrant,
                       String text, String group, String cluster, int order, String mergedInto, String source)
        implements SessionRecord {

    public static final String F_ELEMENT = "element";
    public static final String F_QUADRANT = "quadrant";
    public static final String F_TEXT = "text";
    public static final String F_GROUP = "group";
    public static final String F_CLUSTER = "cluster";
    public static final String F_ORDER = "order";
    public static final String F_MERGED_INTO = "merged_into";
    public static final String F_SOURCE = "source";

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
        mergedInto = Ids.optional(mergedInto, "SWOT item");
        InvalidValue.check(!mergedInto.equals(id), "domain.invalid.merge_self");
        source = Ids.optional(source, "gap item");
    }

    public SwotItem(String id, Optional<Dimension> dimension, Optional<Element> element, Quadrant quadrant,
                    String text, String group, String cluster, int order) {
        this(id, dimension, element, quadrant, text, group, cluster, order, "", "");
    }

    /** Still on the board, not merged into another card. */
    public boolean onBoard() {
        return mergedInto.isEmpty();
    }

    @Override
    public EntityKind kind() {
        return EntityKind.SWOT_ITEM;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).value(F_DIMENSION, dimension).value(F_ELEMENT, element)
                .value(F_QUADRANT, quadrant).text(F_TEXT, text).text(F_GROUP, group).text(F_CLUSTER, cluster)
                .integer(F_ORDER, order).text(F_MERGED_INTO, mergedInto).text(F_SOURCE, source).build();
    }

    public static SwotItem from(EntityState e) {
        return new SwotItem(e.key().id(), Fields.enumOf(e, F_DIMENSION, Dimension.class),
                Fields.enumOf(e, F_ELEMENT, Element.class), Fields.enumOf(e, F_QUADRANT, Quadrant.class).orElse(null),
                Fields.text(e, F_TEXT), Fields.text(e, F_GROUP), Fields.text(e, F_CLUSTER), Fields.integer(e, F_ORDER, 0),
                Fields.text(e, F_MERGED_INTO), Fields.text(e, F_SOURCE));
    }
}
