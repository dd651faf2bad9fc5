package id.rembuk.ui.text;

import id.rembuk.i18n.PseudoMessages;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a text typed into the code from one a person may see without it: with the bundle marks on
 * ({@link PseudoMessages}), what is left of a text after taking out the marked parts, the session's
 * own data (names, titles, notes …) and numbers, dates, times and codes must hold no words.
 */
public final class TextCheck {
    private static final Pattern MARKED = Pattern.compile(
            "\u27E6[^\u27E6\u27E7\u27EA\u27EB]*\u27E7|\u27EA[^\u27E6\u27E7\u27EA\u27EB]*\u27EB");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Codes shown as they are: dimension and strategy codes, file formats, SWOT letters, NIP. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,4}");
    /** Key names as printed on keyboards (and as JavaFX shows an accelerator). */
    private static final Set<String> KEYS = Set.of("Ctrl", "Shift", "Alt", "Meta", "Enter", "Esc", "Insert", "Ins",
            "Delete", "Del", "Tab", "Home", "End", "PgUp", "PgDn", "Backspace");
    /** Rupiah short amounts ("Rp 450 jt", "Rp 15 rb") are a notation, the same in both languages. */
    private static final Set<String> RUPIAH = Set.of("Rp", "jt", "rb");
    /**
     * File names and folders are the user's or fixed names on disk (the documents are Indonesian
     * in both languages, ADR 15), not wording: "/home/…/usb", "Notulensi-Kabupaten-Banggai.pdf".
     */
    private static final Pattern FILE = Pattern.compile(
            "(?<!\\S)(?:[A-Za-z]:)?[/\\\\][^\\s]*|[^\\s\u27E6\u27E7\u27EA\u27EB]*\\.(?:pdf|csv|xlsx|rembuk|json|png)\\b");
    private final List<String> data;
    private final Set<String> calendar = new HashSet<>();

    /** @param data the session's own strings (longer first is done here) */
    public TextCheck(Collection<String> data) {
        this.data = data.stream().filter(s -> s != null && WORD.matcher(s).find()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (Locale l : List.of(Locale.forLanguageTag("id-ID"), Locale.ENGLISH)) {
            DateFormatSymbols d = DateFormatSymbols.getInstance(l);
            for (String[] names : List.of(d.getMonths(), d.getShortMonths(), d.getWeekdays(), d.getShortWeekdays())) {
                for (String n : names) {
                    if (!n.isEmpty()) {
                        calendar.add(n.replace(".", "").toLowerCase(l));
                    }
                }
            }
        }
    }

    /** The texts that carry words from neither a bundle, the data, nor the calendar. */
    public List<TextFound> hardCoded(List<TextFound> texts) {
        List<TextFound> bad = new ArrayList<>();
        for (TextFound t : texts) {
            if (!residue(t.text()).isEmpty()) {
                bad.add(t);
            }
        }
        return bad;
    }

    /** The words left once bundle text, data and calendar words are gone; empty when all is well. */
    public String residue(String text) {
        // a no-break space keeps "Smart Governance 0/16" on one line; it is a space all the same
        String rest = text.replace('\u00a0', ' ').replace('\u202f', ' ');
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = MARKED.matcher(rest).replaceAll(" ");
        }
        // before the data: a stage "I" taken out of "Tahap-I.pdf" would leave a broken name behind
        rest = FILE.matcher(rest).replaceAll(" ");
        for (String d : data) {
            if (rest.contains(d)) {
                // a short value ("Ya", a code) only as a whole word, or it would eat words it is part of
                rest = d.length() >= 4 ? rest.replace(d, " ")
                        : rest.replaceAll("(?<!\\p{L})" + Pattern.quote(d) + "(?!\\p{L})", " ");
            }
        }
        StringBuilder words = new StringBuilder();
        Matcher m = WORD.matcher(rest);
        while (m.find()) {
            String w = m.group();
            if (!CODE.matcher(w).matches() && !calendar.contains(w.toLowerCase(Locale.ROOT)) && !RUPIAH.contains(w)
                    && !KEYS.contains(w)) {
                words.append(words.length() == 0 ? "" : " ").append(w);
            }
        }
        return words.toString();
    }

    /** Texts still in Indonesian marks: left behind by a switch to English. */
    public static List<TextFound> indonesian(List<TextFound> texts) {
        return texts.stream().filter(t -> t.text().indexOf(PseudoMessages.ID_OPEN) >= 0).toList();
    }
}
