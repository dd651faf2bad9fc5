package id.rembuk.domain;

/** Readiness elements of the masterplan; the last two are optional per session. */
public enum Element implements Labelled {
    STRUKTUR("Struktur", false),
    INFRASTRUKTUR("Infrastruktur", false),
    SUPRASTRUKTUR("Suprastruktur", false),
    ALAM("Potensi Alam", true),
    BUDAYA("Budaya", true);

    private final String label;
    private final boolean optional;

    Element(String label, boolean optional) {
        this.label = label;
        this.optional = optional;
    }

    public String label() {
        return label;
    }

    public boolean optional() {
        return optional;
    }

    @Override
    public String labelGroup() {
        return "element";
    }
}
