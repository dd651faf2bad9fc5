package id.rembuk.merge;

import id.rembuk.store.Problem;
import java.nio.file.Path;

/** A file refused whole by a merge, with the message for the user (already in their language). */
public final class MergeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final Problem problem;
    private final String userMessage;

    public MergeException(Path file, Problem problem, String userMessage, Throwable cause) {
        super(problem + ": " + file, cause);
        this.file = file;
        this.problem = problem;
        this.userMessage = userMessage;
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    public String userMessage() {
        return userMessage;
    }
}
