package id.rembuk.store;

/**
 * What can be wrong with a session file, each with a message for the user in
 * {@code id/rembuk/i18n/messages*.properties} under {@code problem.<code>}.
 */
public enum Problem {
    NOT_FOUND,
    EMPTY_FILE,
    NOT_A_SESSION,
    NOT_H2,
    TRUNCATED,
    CORRUPT,
    NEWER_VERSION,
    FOREIGN_CODE,
    LOCKED,
    ALREADY_EXISTS,
    BAD_PATH,
    TOO_LARGE,
    INVALID_EDIT,
    IO;

    public String messageKey() {
        return "problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
