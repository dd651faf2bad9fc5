package id.rembuk.cli;

import id.rembuk.i18n.Messages;

/** A command that cannot go on, with the message for the user and the exit code to return. */
final class CliError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final String key;
    private final transient Object[] args;

    CliError(int exitCode, String key, Object... args) {
        super(key);
        this.exitCode = exitCode;
        this.key = key;
        this.args = args.clone();
    }

    static CliError usage(String key, Object... args) {
        return new CliError(Cli.USAGE, key, args);
    }

    int exitCode() {
        return exitCode;
    }

    String userMessage() {
        return Messages.get(key, args);
    }
}
