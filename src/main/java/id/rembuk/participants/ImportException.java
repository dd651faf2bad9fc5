package id.rembuk.participants;

import id.rembuk.i18n.Messages;
import java.util.Arrays;

/**
 * A participant list that cannot be read at all (not a spreadsheet, damaged, protected, empty, no
 * header row), with the reason in the user's language. Problems of single rows are not exceptions:
 * they are {@link RowProblem}s in the preview. Reading never changes the file.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public ImportException(String key, Object... args) {
        this(null, key, args);
    }

    public ImportException(Throwable cause, String key, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** Message key in the {@code participants} bundle. */
    public String key() {
        return key;
    }

    public String userMessage() {
        return Messages.get(key, args);
    }
}
