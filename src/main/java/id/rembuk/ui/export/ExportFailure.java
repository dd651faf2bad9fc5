package id.rembuk.ui.export;

import id.rembuk.i18n.UserMessageException;

/** A document that cannot be written for a reason the user can act on (the logo, the session). */
final class ExportFailure extends UserMessageException {
    private static final long serialVersionUID = 1L;

    ExportFailure(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
