package id.rembuk.agenda;

import id.rembuk.i18n.UserMessageException;

/** A template file that cannot be read or written, with the reason in the user's language. */
public class AgendaTemplateException extends UserMessageException {
    private static final long serialVersionUID = 1L;

    public AgendaTemplateException(String key, Object... args) {
        this(null, key, args);
    }

    public AgendaTemplateException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
