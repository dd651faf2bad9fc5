package id.rembuk.ui.merge;

import id.rembuk.i18n.Messages;
import id.rembuk.i18n.UserMessageException;
import id.rembuk.merge.MergeException;
import id.rembuk.store.StoreException;

/** What went wrong, in the user's language: the store's and the merge's own messages, else a plain apology. */
final class UserMessages {
    private UserMessages() {
    }

    static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException s) {
                return s.userMessage();
            }
            if (t instanceof MergeException m) {
                return m.userMessage();
            }
            if (t instanceof UserMessageException u) {
                return u.userMessage();
            }
        }
        failure.printStackTrace();
        return Messages.get("ui.error.unexpected");
    }
}
