package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import java.util.List;

/** A record of the session that is stored as the fields of one entity. */
public interface SessionRecord {
    /** Field that every record with a dimension uses, so counts per dimension need not parse records. */
    String F_DIMENSION = "dimension";

    String id();

    EntityKind kind();

    /** Sets every field, so writing a record over an older version leaves nothing stale. */
    List<Edit> toEdits();
}
