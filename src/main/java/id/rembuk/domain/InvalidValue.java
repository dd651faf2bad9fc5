package id.rembuk.domain;

import java.util.Arrays;

/**
 * A value that breaks a record's rule. Carries a message key of the domain bundle and its
 * arguments so the screen can say what is wrong in the user's language; the domain itself
 * never loads text.
 */
public final class InvalidValue extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public InvalidValue(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    /** Message key in the {@code domain} bundle, e.g. {@code domain.invalid.nip}. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    static void check(boolean ok, String key, Object... args) {
        if (!ok) {
            throw new InvalidValue(key, args);
        }
    }
}
