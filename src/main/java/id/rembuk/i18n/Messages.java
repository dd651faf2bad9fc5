package id.rembuk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place user-facing text comes from. Bahasa Indonesia is the base bundle; a missing key
 * shows as {@code !key!} so it is seen on screen instead of crashing the room's projector.
 */
public final class Messages {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String BUNDLE = "id.rembuk.i18n.messages";
    private static volatile Locale locale = INDONESIAN;

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches language; Indonesian unless the tag asks for English. */
    public static void setLocale(Locale l) {
        locale = l != null && "en".equals(l.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }

    public static ResourceBundle bundle() {
        // the base bundle is Indonesian, so no fallback to the JVM's default locale
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
