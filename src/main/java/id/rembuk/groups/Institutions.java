package id.rembuk.groups;

import java.util.Locale;

/** Institution (instansi/OPD) names as the room types them: compared loosely, shown briefly. */
public final class Institutions {
    private Institutions() {
    }

    /**
     * The same institution typed at two desks compares equal: case, punctuation and spacing are
     * ignored ("Dinas Sosial", "DINAS  SOSIAL."). Empty when no institution was given.
     */
    public static String key(String institution) {
        if (institution == null) {
            return "";
        }
        return institution.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * A name short enough for a card on the projector: the abbreviation in brackets if the name
     * carries one ("Badan Penanggulangan Bencana Daerah (BPBD)" gives "BPBD"), else the name.
     */
    public static String shortName(String institution) {
        String name = institution == null ? "" : institution.strip();
        int open = name.lastIndexOf('(');
        int close = name.lastIndexOf(')');
        if (open > 0 && close == name.length() - 1 && close - open > 1) {
            return name.substring(open + 1, close).strip();
        }
        return name;
    }
}
