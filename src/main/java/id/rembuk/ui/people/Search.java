package id.rembuk.ui.people;

import id.rembuk.domain.Participant;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finding a person from what is typed at the registration desk: part of the name, the office,
 * the NIP or the phone number, in any case and without accents ("sulaeman" finds "Sulaemán").
 * Every word typed must match somewhere; a name with a word that starts with what was typed ranks
 * first, so "bud" + Enter takes Budi Santoso before someone from Dinas Kebudayaan.
 */
final class Search {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** What one participant is found by, folded once per session change rather than per key press. */
    record Haystack(String name, List<String> nameWords, String institution, String digits) {
        /** A person registered more than once is found by what any of the registrations say. */
        static Haystack of(Participant kept, List<Participant> others) {
            Haystack h = of(kept);
            if (others.isEmpty()) {
                return h;
            }
            List<String> words = new java.util.ArrayList<>(h.nameWords());
            StringBuilder institution = new StringBuilder(h.institution());
            StringBuilder digits = new StringBuilder(h.digits());
            for (Participant o : others) {
                Haystack x = of(o);
                words.addAll(x.nameWords());
                // another spelling of the name is still found inside a word, a step below the kept name
                institution.append(' ').append(x.name()).append(' ').append(x.institution());
                digits.append(' ').append(x.digits());
            }
            return new Haystack(h.name(), List.copyOf(words), institution.toString(), digits.toString());
        }

        static Haystack of(Participant p) {
            String name = fold(p.name());
            String phone = p.phone().replaceAll("[^0-9]", "");
            // the NIP, the phone as typed (0812…) and as normalised (62812…): any of them is found
            return new Haystack(name, words(name), fold(p.institution()),
                    p.nip() + " " + phone + " " + p.normalisedPhone());
        }
    }

    private Search() {
    }

    /** Lower case, accents removed, punctuation as spaces: "Drs. H. Sulaemán" becomes "drs h sulaeman". */
    static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String noMarks = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static List<String> words(String folded) {
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** The typed words, folded; none for a blank query. */
    static List<String> query(String typed) {
        return words(fold(typed));
    }

    /**
     * How well a person matches: 0 when some typed word matches nothing, higher is better.
     * A blank query matches everyone with the same score.
     */
    static int score(Haystack h, List<String> query) {
        if (query.isEmpty()) {
            return 1;
        }
        int score = 0;
        for (String q : query) {
            int best = 0;
            if (h.nameWords().stream().anyMatch(w -> w.startsWith(q))) {
                best = 4;
            } else if (h.name().contains(q)) {
                best = 3;
            } else if (h.institution().contains(q)) {
                best = 2;
            } else if (q.chars().allMatch(Character::isDigit) && h.digits().contains(q)) {
                best = 2;
            }
            if (best == 0) {
                return 0;
            }
            score += best;
        }
        // the name as typed from its start ("budi san") beats the same words scattered
        if (h.name().startsWith(String.join(" ", query))) {
            score += 3;
        }
        return score;
    }
}
