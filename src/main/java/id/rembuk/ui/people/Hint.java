package id.rembuk.ui.people;

import id.rembuk.domain.InvalidValue;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A short message beside a field or under the search, kept as a key so a view rebuilt after a
 * language switch says it in the new language.
 */
public record Hint(String key, List<Object> args) {
    public Hint {
        // a domain rule's arguments may hold nulls, which List.copyOf refuses
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    static Hint of(String key, Object... args) {
        return new Hint(key, Arrays.asList(args));
    }

    static Hint of(InvalidValue e) {
        return new Hint(e.key(), Arrays.asList(e.args()));
    }

    public String text() {
        return Messages.get(key, args.toArray());
    }
}
