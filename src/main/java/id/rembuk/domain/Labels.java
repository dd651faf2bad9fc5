package id.rembuk.domain;

import id.rembuk.domain.change.SessionState;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Dimension and sub-dimension labels: the session's own wording if set, else the default. */
public final class Labels {
    private final Map<String, Label> overrides;

    private Labels(Map<String, Label> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static Labels defaults() {
        return new Labels(Map.of());
    }

    public static Labels of(SessionState state) {
        return new Labels(Records.read(state, EntityKind.LABEL, Label::from).records().stream()
                .collect(Collectors.toMap(Label::id, Function.identity(), (a, b) -> a)));
    }

    public String dimension(Dimension d, Locale locale) {
        // GMSC documents use the English dimension names in Indonesian text too.
        return override(d.code(), locale, d.defaultLabel());
    }

    public String subDimension(SubDimension s, Locale locale) {
        return override(s.code(), locale, english(locale) ? s.defaultLabelEn() : s.defaultLabelId());
    }

    private String override(String code, Locale locale, String fallback) {
        Label l = overrides.get(code);
        String own = l == null ? "" : english(locale) ? l.labelEn() : l.labelId();
        return own.isEmpty() ? fallback : own;
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
