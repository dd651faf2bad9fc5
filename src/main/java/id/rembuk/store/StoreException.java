package id.rembuk.store;

import id.rembuk.i18n.Messages;
import java.sql.SQLException;

/** A failure the user must be told about, with a {@link Problem} that says what to tell. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Problem problem;
    private final String subject;

    public StoreException(Problem problem, String subject, Throwable cause) {
        super(problem + ": " + subject + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.problem = problem;
        this.subject = subject;
    }

    public StoreException(Problem problem, String subject) {
        this(problem, subject, null);
    }

    public Problem problem() {
        return problem;
    }

    public String subject() {
        return subject;
    }

    /** The message in the user's language, naming the file or thing concerned. */
    public String userMessage() {
        return Messages.get(problem.messageKey(), subject);
    }

    /** {@code subject} names the file the failing work was about, for the user's message. */
    static StoreException wrap(Throwable t, String subject) {
        if (t instanceof StoreException s) {
            return s;
        }
        if (t instanceof SQLException sql) {
            return fromSql(sql, subject);
        }
        if (t instanceof IllegalArgumentException) {
            return new StoreException(Problem.INVALID_EDIT, t.getMessage(), t);
        }
        return new StoreException(Problem.IO, subject, t);
    }

    static StoreException fromSql(SQLException e, String subject) {
        // H2 error codes: 90020 database in use, 90013/90146 not found, 90030/90048 file corrupt or not H2,
        // 90097 a read-only open that would have to repair the file first
        return switch (e.getErrorCode()) {
            case 90020 -> new StoreException(Problem.LOCKED, subject, e);
            case 90013, 90146 -> new StoreException(Problem.NOT_FOUND, subject, e);
            case 90030, 90048, 90097, 50000 -> new StoreException(Problem.CORRUPT, subject, e);
            default -> new StoreException(Problem.IO, subject, e);
        };
    }
}
