package id.rembuk.domain;

import java.util.Arrays;
import java.util.Optional;

/** The 18 sub-dimensions, three per dimension, with stable codes and default labels (id / en). */
public enum SubDimension {
    GOV_LAYANAN(Dimension.GOV, "Layanan Publik", "Public service"),
    GOV_KEBIJAKAN(Dimension.GOV, "Kebijakan Publik", "Public policy"),
    GOV_BIROKRASI(Dimension.GOV, "Tata Kelola Birokrasi", "Bureaucracy management"),
    BRD_PARIWISATA(Dimension.BRD, "Pariwisata", "Tourism"),
    BRD_BISNIS(Dimension.BRD, "Bisnis", "Business"),
    BRD_WAJAH_KOTA(Dimension.BRD, "Wajah Kota", "City appearance"),
    ECO_INDUSTRI(Dimension.ECO, "Industri", "Industry"),
    ECO_KESEJAHTERAAN(Dimension.ECO, "Kesejahteraan", "Welfare"),
    ECO_TRANSAKSI(Dimension.ECO, "Transaksi Keuangan", "Less-cash transactions"),
    LIV_HARMONISASI(Dimension.LIV, "Harmonisasi", "Liveable environment"),
    LIV_KESEHATAN(Dimension.LIV, "Kesehatan", "Health"),
    LIV_MOBILITAS(Dimension.LIV, "Mobilitas", "Transport"),
    SOC_KOMUNITAS(Dimension.SOC, "Komunitas", "Community"),
    SOC_BELAJAR(Dimension.SOC, "Ekosistem Belajar", "Learning ecosystem"),
    SOC_KEAMANAN(Dimension.SOC, "Sistem Keamanan", "Security"),
    ENV_PROTEKSI(Dimension.ENV, "Proteksi Lingkungan", "Environmental protection"),
    ENV_SAMPAH(Dimension.ENV, "Tata Kelola Sampah/Limbah", "Waste management"),
    ENV_ENERGI(Dimension.ENV, "Tata Kelola Energi", "Energy management");

    private final Dimension dimension;
    private final String labelId;
    private final String labelEn;

    SubDimension(Dimension dimension, String labelId, String labelEn) {
        this.dimension = dimension;
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String code() {
        return name();
    }

    public Dimension dimension() {
        return dimension;
    }

    public String defaultLabelId() {
        return labelId;
    }

    public String defaultLabelEn() {
        return labelEn;
    }

    public static Optional<SubDimension> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }
}
