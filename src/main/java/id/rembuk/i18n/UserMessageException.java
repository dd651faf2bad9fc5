package id.rembuk.i18n;

import java.util.Arrays;

/**
 * A problem the user can act on (a file that cannot be read, a template that cannot be saved),
 * carrying a message key and its arguments, so the words are chosen in the user's language when
 * shown, not when thrown.
 */
public abstract class UserMessageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    protected UserMessageException(Throwable cause, String key, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** The message key, in the bundle of the area that threw it. */
    public String key() {
        return key;
    }

    public String userMessage() {
        return Messages.get(key, args);
    }
}
