package id.rembuk.ui.export;

import id.rembuk.i18n.Messages;
import id.rembuk.i18n.UserMessageException;
import id.rembuk.store.StoreException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why a document could not be written, in the user's language. */
final class ExportMessages {
    private ExportMessages() {
    }

    static String of(Throwable failure, java.nio.file.Path out) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException s) {
                return s.userMessage();
            }
            if (t instanceof UserMessageException u) {
                return u.userMessage();
            }
            if (t instanceof AccessDeniedException) {
                return Messages.get("export.error.denied", out.getParent());
            }
            if (t instanceof NoSuchFileException) {
                return Messages.get("export.error.noFolder", out.getParent());
            }
            if (t instanceof FileSystemException f && f.getMessage() != null
                    && f.getMessage().contains("No space left")) {
                return Messages.get("export.error.full", out.getParent());
            }
            if (t instanceof java.io.IOException) {
                return Messages.get("export.error.io", out.getFileName(), String.valueOf(t.getMessage()));
            }
        }
        failure.printStackTrace();
        return Messages.get("export.error.unexpected", out.getFileName());
    }
}
