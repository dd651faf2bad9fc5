package id.rembuk.ui.dialog;

import id.rembuk.i18n.Messages;
import id.rembuk.i18n.UserMessageException;
import id.rembuk.store.StoreException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog a view model may need, so view models never touch a window and tests can answer
 * dialogs without a screen.
 */
public interface DialogService {

    void showError(String title, String message);

    /** A yes/no question with its two answers spelled out; true for {@code yes}. */
    boolean confirm(String title, String message, String yes, String no);

    /** A file to open; empty when the user cancels. */
    Optional<Path> chooseFileToOpen();

    /** A participant list from an office: .xlsx or .csv. */
    default Optional<Path> chooseSpreadsheet() {
        return chooseFileToOpen();
    }

    /** Where to save a copy; empty when the user cancels. */
    Optional<Path> chooseFileToSave(String suggestedName);

    /**
     * One of {@code options}, each shown by {@code label}; empty when the user cancels. The first is
     * preselected. Implementations that cannot ask (benchmarks) cancel.
     */
    default <T> Optional<T> choose(String title, String message, java.util.List<T> options,
                                   java.util.function.Function<T, String> label) {
        return Optional.empty();
    }

    /**
     * Tells the user what went wrong in their language. Store problems carry their own message;
     * anything else is a defect, reported plainly here and in full on the console, never as a stack trace on screen.
     */
    default void showFailure(Throwable failure) {
        Throwable t = failure;
        while (t != null && !(t instanceof StoreException) && !(t instanceof UserMessageException)) {
            t = t.getCause();
        }
        if (t instanceof StoreException store) {
            showError(Messages.get("ui.error.title"), store.userMessage());
        } else if (t instanceof UserMessageException known) {
            showError(Messages.get("ui.error.title"), known.userMessage());
        } else {
            failure.printStackTrace();
            showError(Messages.get("ui.error.title"), Messages.get("ui.error.unexpected"));
        }
    }
}
