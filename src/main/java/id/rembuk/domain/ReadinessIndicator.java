package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Objects;

/**
 * One checklist line of the readiness assessment for an element within a dimension
 * ("Tersedia jaringan fiber optik antar-OPD").
 *
 * @param weight relative weight within its element × dimension cell, 1..10
 */
public record ReadinessIndicator(String id, Dimension dimension, Element element, String text, int weight, int order)
        implements SessionRecord {

    public static final String F_ELEMENT = "element";
    public static final String F_TEXT = "text";
    public static final String F_WEIGHT = "weight";
    public static final String F_ORDER = "order";

    public ReadinessIndicator {
        Ids.require(id, "readiness indicator");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(element, "element");
        text = Text.required(text, "text", 500);
        InvalidValue.check(weight >= 1 && weight <= 10, "domain.invalid.weight", weight);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.READINESS_INDICATOR;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).value(F_DIMENSION, dimension).value(F_ELEMENT, element)
                .text(F_TEXT, text).integer(F_WEIGHT, weight).integer(F_ORDER, order).build();
    }

    public static ReadinessIndicator from(EntityState e) {
        return new ReadinessIndicator(e.key().id(), Fields.enumOf(e, F_DIMENSION, Dimension.class).orElse(null),
                Fields.enumOf(e, F_ELEMENT, Element.class).orElse(null), Fields.text(e, F_TEXT),
                Fields.integer(e, F_WEIGHT, 1), Fields.integer(e, F_ORDER, 0));
    }
}
