package id.rembuk.agenda;

import id.rembuk.i18n.Messages;
import java.util.Arrays;

/** A template file that cannot be read or written, with the reason in the user's language. */
public class AgendaTemplateException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public AgendaTemplateException(String key, Object... args) {
        this(null, key, args);
    }

    public AgendaTemplateException(Throwable cause, String key, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** Message key in the {@code agenda} bundle, e.g. {@code agenda.file.truncated}. */
    public String key() {
        return key;
    }

    public String userMessage() {
        return Messages.get(key, args);
    }
}
