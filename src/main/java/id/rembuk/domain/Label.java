package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * A session's own wording for a dimension or sub-dimension (the official wording drifts between
 * years). The id is the code; an empty label means "use the default".
 */
public record Label(String id, String labelId, String labelEn) implements SessionRecord {

    public static final String F_CODE = "code";
    public static final String F_LABEL_ID = "label_id";
    public static final String F_LABEL_EN = "label_en";

    public Label {
        InvalidValue.check(isLabelCode(id), "domain.invalid.label_code", id);
        labelId = Text.optional(labelId, 120);
        labelEn = Text.optional(labelEn, 120);
    }

    public static Label of(Dimension d, String labelId, String labelEn) {
        return new Label(d.code(), labelId, labelEn);
    }

    public static Label of(SubDimension s, String labelId, String labelEn) {
        return new Label(s.code(), labelId, labelEn);
    }

    public static boolean isLabelCode(String code) {
        return code != null && (Dimension.ofCode(code).filter(d -> d.code().equals(code)).isPresent()
                || SubDimension.ofCode(code).filter(s -> s.code().equals(code)).isPresent());
    }

    @Override
    public EntityKind kind() {
        return EntityKind.LABEL;
    }

    @Override
    public List<Edit> toEdits() {
        // The code is written so that a label with both texts cleared still exists as an entity.
        return new Fields.Writer(kind(), id).text(F_CODE, id).text(F_LABEL_ID, labelId).text(F_LABEL_EN, labelEn)
                .build();
    }

    public static Label from(EntityState e) {
        return new Label(e.key().id(), Fields.text(e, F_LABEL_ID), Fields.text(e, F_LABEL_EN));
    }
}
