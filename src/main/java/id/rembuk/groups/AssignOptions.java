package id.rembuk.groups;

/**
 * How people are shared out over the groups.
 *
 * @param keepExisting         people already in one of the target groups stay there, unless a group
 *                             holds more than the size rule allows; only the others are placed
 * @param nearNaturalDimension government people (OPD, Dewan Smart City) go to their OPD's natural
 *                             dimension group as far as group sizes allow, instead of being spread
 * @param seed                 picks one of the equally good arrangements; the same seed and the same
 *                             people give the same result
 */
public record AssignOptions(boolean keepExisting, boolean nearNaturalDimension, long seed) {
    public static final long DEFAULT_SEED = 1;

    public static AssignOptions reassignAll() {
        return new AssignOptions(false, false, DEFAULT_SEED);
    }

    public AssignOptions withKeepExisting(boolean keep) {
        return new AssignOptions(keep, nearNaturalDimension, seed);
    }

    public AssignOptions withNearNaturalDimension(boolean near) {
        return new AssignOptions(keepExisting, near, seed);
    }

    public AssignOptions withSeed(long s) {
        return new AssignOptions(keepExisting, nearNaturalDimension, s);
    }
}
