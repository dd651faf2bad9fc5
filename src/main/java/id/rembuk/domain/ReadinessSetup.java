package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * How this session assesses readiness: the scale, and whether the optional elements (Potensi Alam,
 * Budaya) are part of the worksheet. One per session, under a fixed id.
 */
public record ReadinessSetup(ReadinessScale scale, boolean alam, boolean budaya) implements SessionRecord {
    public static final String ID = "readiness";
    public static final ReadinessSetup DEFAULT = new ReadinessSetup(ReadinessScale.FIVE, false, false);
    public static final String F_SCALE = "scale";
    public static final String F_ALAM = "alam";
    public static final String F_BUDAYA = "budaya";

    public ReadinessSetup {
        java.util.Objects.requireNonNull(scale, "scale");
    }

    /** The elements the worksheet shows, in the method's order. */
    public List<Element> elements() {
        return java.util.Arrays.stream(Element.values())
                .filter(e -> !e.optional() || (e == Element.ALAM && alam) || (e == Element.BUDAYA && budaya))
                .toList();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EntityKind kind() {
        return EntityKind.READINESS_SETUP;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), ID).value(F_SCALE, scale).text(F_ALAM, alam ? "1" : "0")
                .text(F_BUDAYA, budaya ? "1" : "0").build();
    }

    public static ReadinessSetup from(EntityState e) {
        return new ReadinessSetup(Fields.enumOr(e, F_SCALE, ReadinessScale.class, ReadinessScale.FIVE),
                "1".equals(Fields.text(e, F_ALAM)), "1".equals(Fields.text(e, F_BUDAYA)));
    }
}
