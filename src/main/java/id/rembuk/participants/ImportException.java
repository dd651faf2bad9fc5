package id.rembuk.participants;

import id.rembuk.i18n.UserMessageException;

/**
 * A participant list that cannot be read at all (not a spreadsheet, damaged, protected, empty, no
 * header row), with the reason in the user's language. Problems of single rows are not exceptions:
 * they are {@link RowProblem}s in the preview. Reading never changes the file.
 */
public class ImportException extends UserMessageException {
    private static final long serialVersionUID = 1L;

    public ImportException(String key, Object... args) {
        this(null, key, args);
    }

    public ImportException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
