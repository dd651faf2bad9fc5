package id.rembuk.participants;

import java.text.Normalizer;
import java.util.Locale;

/** Comparable forms of header names and of free values such as "Dewan Smart City" or "Smart Governance". */
final class Names {
    private Names() {
    }

    /**
     * Lower case, accents off, notes in brackets off ("NIP (bagi ASN)"), every run of punctuation
     * and space as one space: "No. HP/WA" and "no hp wa" compare equal.
     */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.replaceAll("\\([^)]*\\)", " ").replaceAll("\\[[^]]*]", " ");
        return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Excel's letter for a 0-based column: 0 is A, 26 is AA. */
    static String columnLetter(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }
}
