package id.rembuk.agenda;

import id.rembuk.i18n.Messages;
import java.util.Arrays;
import java.util.Locale;

/**
 * A schedule change that was refused; nothing was written. Says why in the user's language
 * (keys of the {@code editor} bundle).
 */
public final class ScheduleException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a change was refused, with the message key that explains it. */
    public enum Reason {
        /** {0} the block's title, {1} the minute of the day it would end (1440 or more). */
        PAST_MIDNIGHT("editor.schedule.pastMidnight"),
        /** {0} the duration asked for, in minutes. */
        DURATION("editor.schedule.duration"),
        /** {0} the day asked for. */
        DAY("editor.schedule.day"),
        /** The block is gone (deleted meanwhile, e.g. by an undo or a merge). */
        MISSING("editor.schedule.missing");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return key;
        }
    }

    private final Reason reason;
    private final transient Object[] args;

    public ScheduleException(Reason reason, Object... args) {
        super(reason + " " + Arrays.toString(args));
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String userMessage() {
        if (reason == Reason.PAST_MIDNIGHT) {
            return Messages.get(reason.key, args[0], clock((Integer) args[1]));
        }
        return Messages.get(reason.key, args);
    }

    /** "24.30": an end past midnight written as the hour count goes on, which the room reads at once. */
    private static String clock(int minuteOfDay) {
        String sep = "en".equals(Messages.locale().getLanguage()) ? ":" : ".";
        return String.format(Locale.ROOT, "%02d%s%02d", minuteOfDay / 60, sep, minuteOfDay % 60);
    }
}
