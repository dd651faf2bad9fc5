package id.rembuk.cli;

import id.rembuk.i18n.Messages;
import id.rembuk.report.json.SessionJsonException;
import id.rembuk.store.Problem;
import id.rembuk.store.StoreException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The command line: {@code new}, {@code info}, {@code check}, {@code export-json}, {@code import-json},
 * {@code agenda}, {@code import-participants}, {@code conflicts}, {@code set}, {@code merge},
 * {@code group-pack}, {@code export-xlsx}, {@code export-csv}, {@code pdf}.
 * Messages are in Bahasa Indonesia unless {@code --lang en} or an English LANG asks otherwise;
 * errors go to stderr as one plain sentence, never as a stack trace.
 */
public final class Cli {
    /** Exit codes: success, the work failed (or problems found), wrong usage or a file that cannot be opened. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String[] args) {
        Charset cs = Charset.defaultCharset();
        return run(args, System.out, System.err, System.getenv(), cs);
    }

    /** Runs in-process with the given streams and environment; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Charset charset) {
        // Flyway pulls in SLF4J without a binding; its three-line warning is noise on a user's terminal
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Locale before = Messages.locale();
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, charset), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, charset), true);
        try {
            Messages.setLocale(chooseLocale(args, env));
            return commandLine(o, e).execute(args);
        } finally {
            o.flush();
            e.flush();
            Messages.setLocale(before);
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setResourceBundle(new HelpBundle(Messages.locale()));
        cl.setParameterExceptionHandler(Cli::onUsageError);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> onFailure(ex, cmd.getErr()));
        return cl;
    }

    /** {@code --lang} wins, then LC_ALL, then LANG; anything not English is Indonesian. */
    static Locale chooseLocale(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Locale.forLanguageTag(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Locale.forLanguageTag(args[i].substring("--lang=".length()));
            }
        }
        String lang = env.getOrDefault("LC_ALL", "");
        if (lang.isEmpty()) {
            lang = env.getOrDefault("LANG", "");
        }
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Messages.INDONESIAN;
    }

    private static int onUsageError(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println(usageMessage(ex));
        err.println(Messages.get("cli.usage.see_help", ex.getCommandLine().getCommandSpec().qualifiedName()));
        return USAGE;
    }

    private static String usageMessage(ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException m) {
            return Messages.get("cli.usage.missing", names(m.getMissing()));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return Messages.get("cli.usage.unknown", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return Messages.get("cli.usage.repeated", name(o.getOverwritten()));
        }
        if (ex.getArgSpec() != null) {
            return Messages.get("cli.usage.bad_value", name(ex.getArgSpec()), ex.getValue() == null ? "" : ex.getValue());
        }
        return Messages.get("cli.usage.invalid", ex.getMessage());
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(Cli::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }

    private static int onFailure(Exception ex, PrintWriter err) {
        if (ex instanceof CliError c) {
            err.println(c.userMessage());
            return c.exitCode();
        }
        if (ex instanceof StoreException s) {
            err.println(s.userMessage());
            if (s.problem() == Problem.ALREADY_EXISTS) {
                err.println(Messages.get("cli.hint.force"));
            }
            return FAILED;
        }
        if (ex instanceof SessionJsonException j) {
            err.println(j.userMessage());
            return FAILED;
        }
        // a bug, not the user's doing: one line that can be reported, no stack trace on their screen
        err.println(Messages.get("cli.error.unexpected", ex.toString()));
        return FAILED;
    }
}
