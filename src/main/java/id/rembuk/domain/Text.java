package id.rembuk.domain;

import java.util.List;

/** Checks for the free text people type into the room's laptops. */
public final class Text {
    private Text() {
    }

    public static String required(String s, String what, int max) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            throw new InvalidValue("domain.invalid.required", what);
        }
        return limit(t, what, max);
    }

    public static String optional(String s, int max) {
        return limit(s == null ? "" : s.strip(), "text", max);
    }

    private static String limit(String t, String what, int max) {
        if (t.length() > max) {
            throw new InvalidValue("domain.invalid.text_too_long", what, max);
        }
        return t;
    }

    public static List<String> names(List<String> names) {
        return Fields.items(names, 200);
    }
}
