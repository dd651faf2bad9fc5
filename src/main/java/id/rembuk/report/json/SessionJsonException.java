package id.rembuk.report.json;

import id.rembuk.i18n.UserMessageException;

/** A JSON file that cannot become a session, with the reason in the user's language. */
public class SessionJsonException extends UserMessageException {
    private static final long serialVersionUID = 1L;

    public SessionJsonException(String key, Object... args) {
        this(null, key, args);
    }

    public SessionJsonException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
