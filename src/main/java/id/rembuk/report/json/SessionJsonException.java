package id.rembuk.report.json;

import id.rembuk.i18n.Messages;
import java.util.Arrays;

/** A JSON file that cannot become a session, with the reason in the user's language. */
public class SessionJsonException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public SessionJsonException(String key, Object... args) {
        this(null, key, args);
    }

    public SessionJsonException(Throwable cause, String key, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String userMessage() {
        return Messages.get(key, args);
    }
}
