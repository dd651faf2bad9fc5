package id.rembuk.participants;

/** What to do with one row of the file. */
public enum Decision {
    /** add a new participant */
    ADD,
    /** fill the empty fields of the session's participant this row duplicates; nothing is overwritten */
    UPDATE_EXISTING,
    /** leave the row out */
    SKIP;

    /** Key of the decision's label in the participants bundle. */
    public String messageKey() {
        return switch (this) {
            case ADD -> "participants.decision.add";
            case UPDATE_EXISTING -> "participants.decision.update_existing";
            case SKIP -> "participants.decision.skip";
        };
    }
}
