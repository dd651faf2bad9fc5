package id.rembuk.cli;

import id.rembuk.i18n.Messages;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Feeds picocli's usage help from the {@code cli} bundle: picocli asks for keys such as
 * {@code rembuk.new.usage.description} or an option's description key, found here under
 * {@code cli.help.}, so every help text lives with the other command line messages.
 */
final class HelpBundle extends ResourceBundle {
    static final String PREFIX = "cli.help.";
    private final ResourceBundle base;

    HelpBundle(Locale locale) {
        base = Messages.bundle("id.rembuk.i18n.cli", locale)
                .orElseThrow(() -> new IllegalStateException("the cli bundle is part of the jar"));
    }

    @Override
    protected Object handleGetObject(String key) {
        String k = PREFIX + key;
        return base.containsKey(k) ? base.getString(k) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(base.keySet().stream()
                .filter(k -> k.startsWith(PREFIX)).map(k -> k.substring(PREFIX.length())).toList());
    }
}
