package id.rembuk.domain;

/** The four bimtek stages of the GMSC masterplan, each a two-day FGD. */
public enum Stage {
    I(1), II(2), III(3), IV(4);

    private final int number;

    Stage(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Stage ofNumber(int n) {
        for (Stage s : values()) {
            if (s.number == n) {
                return s;
            }
        }
        throw new IllegalArgumentException("stage must be 1..4 (I..IV): " + n);
    }

    /** Accepts "1", "I", "Tahap II", "tahap iv". */
    public static Stage parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace("TAHAP", "").trim();
        if (t.matches("[1-4]")) {
            return ofNumber(Integer.parseInt(t));
        }
        return valueOf(t);
    }
}
