package id.rembuk.ui.vision;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a vision sentence says a keyword: every word of the keyword appears inside some word
 * of the sentence, ignoring case and punctuation. Inside, because Indonesian adds affixes
 * ("sejahtera" is said by "kesejahteraan", "saing" by "berdaya saing"). A hint for the room, not a
 * rule: the drafters tick what they mean.
 */
final class KeywordMatch {
    private KeywordMatch() {
    }

    static boolean says(String sentence, String keyword) {
        List<String> words = words(sentence);
        List<String> wanted = words(keyword);
        return !wanted.isEmpty() && wanted.stream().allMatch(w -> words.stream().anyMatch(s -> s.contains(w)));
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
