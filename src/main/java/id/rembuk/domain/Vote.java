package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * One dot placed on a SWOT card. Each dot is its own entity, so dots cast on different laptops add
 * up on merge instead of conflicting.
 *
 * @param voter the group id or the person's name that placed it
 * @param round voting round, from 1
 */
public record Vote(String id, String swotItemId, String voter, int round) implements SessionRecord {

    public static final String F_SWOT_ITEM = "swot_item";
    public static final String F_VOTER = "voter";
    public static final String F_ROUND = "round";

    public Vote {
        Ids.require(id, "vote");
        Ids.require(swotItemId, "SWOT item");
        voter = Text.required(voter, "voter", 200).replace('\n', ' ');
        InvalidValue.check(round >= 1 && round <= 99, "domain.invalid.round", round);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.VOTE;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_SWOT_ITEM, swotItemId).text(F_VOTER, voter)
                .integer(F_ROUND, round).build();
    }

    public static Vote from(EntityState e) {
        return new Vote(e.key().id(), Fields.text(e, F_SWOT_ITEM), Fields.text(e, F_VOTER),
                Fields.integer(e, F_ROUND, 1));
    }
}
