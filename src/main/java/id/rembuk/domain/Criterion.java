package id.rembuk.domain;

/**
 * Criteria for ranking programmes and quick wins. No official matrix exists; these are the
 * criteria practice uses, with default weights (percent) that a session may change.
 */
public enum Criterion implements Labelled {
    IMPACT(25),
    SPEED(15),
    COST(15),
    INNOVATION(10),
    READINESS(15),
    PRIORITY(10),
    RISK(10);

    private final int defaultWeight;

    Criterion(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    @Override
    public String labelGroup() {
        return "criterion";
    }
}
