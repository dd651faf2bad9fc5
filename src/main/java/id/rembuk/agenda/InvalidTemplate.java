package id.rembuk.agenda;

import id.rembuk.i18n.Messages;
import java.util.Arrays;

/**
 * A template that breaks one of its own rules (days out of order, a block outside its day). Carries
 * a key of the {@code agenda} bundle, so the screen can say what is wrong in the user's language.
 */
public final class InvalidTemplate extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public InvalidTemplate(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public String userMessage() {
        return Messages.get(key, args);
    }

    static void check(boolean ok, String key, Object... args) {
        if (!ok) {
            throw new InvalidTemplate(key, args);
        }
    }
}
