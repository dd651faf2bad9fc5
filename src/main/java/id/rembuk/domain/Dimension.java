package id.rembuk.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The six smart city dimensions of the GMSC evaluation. Codes are stable; labels are defaults
 * that a session may override (the wording drifts between years), see {@link EntityKind#LABEL}.
 */
public enum Dimension {
    GOV("Smart Governance", "Tata kelola pemerintahan"),
    BRD("Smart Branding", "Pencitraan daerah"),
    ECO("Smart Economy", "Ekonomi"),
    LIV("Smart Living", "Kualitas hidup"),
    SOC("Smart Society", "Masyarakat"),
    ENV("Smart Environment", "Lingkungan");

    private final String label;
    private final String descriptionId;

    Dimension(String label, String descriptionId) {
        this.label = label;
        this.descriptionId = descriptionId;
    }

    public String code() {
        return name();
    }

    public String defaultLabel() {
        return label;
    }

    public String descriptionId() {
        return descriptionId;
    }

    public List<SubDimension> subDimensions() {
        return Arrays.stream(SubDimension.values()).filter(s -> s.dimension() == this).toList();
    }

    public static Optional<Dimension> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }
}
