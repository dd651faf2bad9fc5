package id.rembuk.ui.readiness;

import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A short message under a worksheet ("Indikator baku sudah ada"), kept as a key so a view rebuilt
 * after a language switch says it in the new language.
 */
public record Notice(String key, List<Object> args) {
    public Notice {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    static Notice of(String key, Object... args) {
        return new Notice(key, Arrays.asList(args));
    }

    public String text() {
        return Messages.get(key, args.toArray());
    }
}
