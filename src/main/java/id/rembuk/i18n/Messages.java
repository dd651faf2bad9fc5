package id.rembuk.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place user-facing text comes from. Bahasa Indonesia is the base bundle; a missing key
 * shows as {@code !key!} so it is seen on screen instead of crashing the room's projector.
 */
public final class Messages {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    /** One bundle per area, so each feature owns its own file; keys are prefixed by area. */
    private static final List<String> BUNDLES = List.of(
            "id.rembuk.i18n.messages", "id.rembuk.i18n.domain", "id.rembuk.i18n.cli", "id.rembuk.i18n.ui",
            "id.rembuk.i18n.agenda", "id.rembuk.i18n.editor", "id.rembuk.i18n.notes", "id.rembuk.i18n.run",
            "id.rembuk.i18n.participants", "id.rembuk.i18n.groups", "id.rembuk.i18n.people",
            "id.rembuk.i18n.breakout", "id.rembuk.i18n.board", "id.rembuk.i18n.swot", "id.rembuk.i18n.readiness",
            "id.rembuk.i18n.tows", "id.rembuk.i18n.vision", "id.rembuk.i18n.programme", "id.rembuk.i18n.scoring",
            "id.rembuk.i18n.quickwin", "id.rembuk.i18n.profile", "id.rembuk.i18n.roadmap", "id.rembuk.i18n.merge",
            "id.rembuk.i18n.conflicts", "id.rembuk.i18n.export", "id.rembuk.i18n.report");
    private static volatile Locale locale = INDONESIAN;
    /**
     * Test hook ({@code PseudoMessages} in the tests): every text wrapped in its language's marks,
     * so a walk over the live window can tell bundle text from text typed into the code and an
     * Indonesian text left behind after a switch to English. Off in the app: one volatile read.
     */
    private static volatile boolean marked;

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches language; Indonesian unless the tag asks for English. */
    public static void setLocale(Locale l) {
        locale = l != null && "en".equals(l.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }

    public static List<String> bundleNames() {
        return BUNDLES;
    }

    /** A bundle for the current language; the base bundle is Indonesian, so no fallback to the JVM's locale. */
    public static Optional<ResourceBundle> bundle(String name, Locale l) {
        try {
            return Optional.of(ResourceBundle.getBundle(name, l, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    public static boolean has(String key) {
        return find(key) != null;
    }

    public static String get(String key, Object... args) {
        String pattern = find(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        String text = args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        return marked ? mark(text) : text;
    }

    /** Opening and closing marks of the test hook: ⟦Indonesian⟧, ⟪English⟫. */
    static String mark(String text) {
        return "en".equals(locale.getLanguage()) ? "\u27EA" + text + "\u27EB" : "\u27E6" + text + "\u27E7";
    }

    static void markTexts(boolean on) {
        marked = on;
    }

    private static String find(String key) {
        Locale l = locale;
        for (String name : BUNDLES) {
            Optional<ResourceBundle> b = bundle(name, l);
            if (b.isPresent() && b.get().containsKey(key)) {
                return b.get().getString(key);
            }
        }
        return null;
    }
}
