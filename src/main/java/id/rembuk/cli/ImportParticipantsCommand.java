package id.rembuk.cli;

import id.rembuk.domain.change.Action;
import id.rembuk.i18n.Messages;
import id.rembuk.participants.Choices;
import id.rembuk.participants.Decision;
import id.rembuk.participants.HeaderMap;
import id.rembuk.participants.ImportException;
import id.rembuk.participants.ImportPlan;
import id.rembuk.participants.ImportPreview;
import id.rembuk.participants.RowPreview;
import id.rembuk.participants.RowProblem;
import id.rembuk.participants.Table;
import id.rembuk.participants.TableReader;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports participants from an Excel or CSV list into a session, after the same preview the app
 * shows: problems per row, probable duplicates, totals. Exit 0: every participant row was
 * imported or deliberately skipped; 1: some rows were kept out by errors (the others were
 * imported); 2: wrong usage, or the list or the session cannot be read. The list is only read.
 */
@Command(name = "import-participants", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportParticipantsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", descriptionKey = "arg.session_edit")
    Path session;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "arg.participants_in")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "opt.dry_run")
    boolean dryRun;

    @Option(names = "--duplicates", paramLabel = "skip|add|update", descriptionKey = "opt.duplicates")
    String duplicates = "skip";

    @Option(names = "--without-bad-values", descriptionKey = "opt.without_bad_values")
    boolean withoutBadValues;

    @Override
    public Integer call() throws CliError, StoreException {
        Choices choices = choices();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        Table table;
        try {
            table = TableReader.read(file);
        } catch (ImportException ex) {
            e.println(ex.userMessage());
            return Cli.USAGE;
        }
        if (dryRun) {
            ImportPreview preview;
            try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(session)) {
                preview = ImportPreview.of(table, ImportPreview.participantsOf(copy.session().state()));
            } catch (StoreException | ImportException ex) {
                e.println(message(ex));
                return Cli.USAGE;
            }
            ImportPlan plan = preview.plan(choices);
            print(preview, plan, o);
            o.println(Messages.get("cli.participants.dry_run", plan.added().size(), plan.updated().size(),
                    plan.skipped().size()));
            return exitCode(plan);
        }
        WorkingCopy w;
        try {
            w = WorkingCopy.open(session, Messages.get("cli.replica.import_participants",
                    String.valueOf(file.getFileName())));
        } catch (StoreException ex) {
            e.println(ex.userMessage());
            return Cli.USAGE;
        }
        try (w) {
            ImportPreview preview;
            try {
                preview = ImportPreview.of(table, ImportPreview.participantsOf(w.session().state()));
            } catch (ImportException ex) {
                e.println(ex.userMessage());
                return Cli.USAGE;
            }
            ImportPlan plan = preview.plan(choices);
            print(preview, plan, o);
            Optional<Action> action = plan.action();
            if (action.isEmpty()) {
                o.println(Messages.get("cli.participants.nothing", session.toAbsolutePath().normalize()));
                return exitCode(plan);
            }
            w.session().apply(action.get());
            w.commit();
            o.println(Messages.get("cli.participants.done", plan.added().size(), plan.updated().size(),
                    plan.skipped().size(), session.toAbsolutePath().normalize()));
            return exitCode(plan);
        }
    }

    private Choices choices() throws CliError {
        Decision d = switch (duplicates.strip().toLowerCase(Locale.ROOT)) {
            case "skip" -> Decision.SKIP;
            case "add" -> Decision.ADD;
            case "update" -> Decision.UPDATE_EXISTING;
            default -> throw CliError.usage("cli.usage.bad_value", "--duplicates", duplicates);
        };
        Choices c = Choices.defaults().withDuplicates(d);
        return withoutBadValues ? c.withBadFieldsDropped() : c;
    }

    private static String message(Exception ex) {
        return ex instanceof StoreException s ? s.userMessage() : ((ImportException) ex).userMessage();
    }

    /** Rows kept out by errors are a problem the user must see in the exit code; chosen skips are not. */
    private static int exitCode(ImportPlan plan) {
        return plan.skipped().stream().anyMatch(s -> s.why() == ImportPlan.Skipped.Why.ERRORS) ? Cli.FAILED : Cli.OK;
    }

    private static void print(ImportPreview p, ImportPlan plan, PrintWriter o) {
        ImportPreview.Source s = p.source();
        o.println(s.format() == Table.Format.XLSX
                ? Messages.get("cli.participants.source_xlsx", s.fileName(), s.sheet())
                : Messages.get("cli.participants.source_csv", s.fileName(), s.delimiter(), s.encoding()));
        o.println(Messages.get("cli.participants.header", s.headerRow(), s.headers().entrySet().stream()
                .map(e -> Messages.get(e.getKey().messageKey())
                        + (Names.same(e.getValue(), Messages.get(e.getKey().messageKey())) ? "" : " (" + e.getValue() + ")"))
                .collect(Collectors.joining(", "))));
        for (HeaderMap.IgnoredColumn c : s.ignored()) {
            o.println("  " + Messages.get("cli.participants.ignored", c.letter(),
                    c.header().isEmpty() ? "-" : c.header(), Messages.get(c.why().messageKey())));
        }
        boolean anyProblem = p.rows().stream().anyMatch(r -> !r.problems().isEmpty());
        if (anyProblem) {
            o.println();
            o.println(Messages.get("cli.participants.problems"));
            for (RowPreview r : p.rows()) {
                for (RowProblem pr : r.problems()) {
                    o.println("  " + Messages.get(pr.isError() ? "cli.participants.error" : "cli.participants.warning",
                            r.row(), Messages.get(pr.column().messageKey()), pr.message()));
                }
            }
        }
        boolean anyDuplicate = p.rows().stream().anyMatch(r -> !r.existing().isEmpty() || !r.inFile().isEmpty());
        if (anyDuplicate) {
            o.println();
            o.println(Messages.get("cli.participants.duplicates"));
            for (RowPreview r : p.rows()) {
                for (RowPreview.ExistingMatch m : r.existing()) {
                    o.println("  " + Messages.get("cli.participants.duplicate_existing", r.row(), m.participant().name(),
                            Messages.get(m.reason().messageKey())));
                }
                for (RowPreview.FileMatch m : r.inFile()) {
                    if (m.row() > r.row()) {
                        o.println("  " + Messages.get("cli.participants.duplicate_in_file", r.row(), m.row(),
                                Messages.get(m.reason().messageKey())));
                    }
                }
            }
        }
        ImportPreview.Counts c = p.counts();
        o.println();
        o.println(Messages.get("cli.participants.counts", c.rows(), c.ready(), c.withErrors(), c.withWarnings(),
                c.duplicatesOfExisting(), c.duplicatesInFile(), c.emptyRows()));
        if (c.fixable() > 0) {
            o.println(Messages.get("cli.participants.fixable", c.fixable()));
        }
        for (ImportPlan.Skipped sk : plan.skipped()) {
            o.println("  " + Messages.get("cli.participants.skipped", sk.row(), Messages.get(sk.why().messageKey())));
        }
    }

    /** Header texts that say the same as our own column name need not be repeated. */
    private static final class Names {
        static boolean same(String a, String b) {
            return a.replaceAll("[^\\p{L}\\p{N}]", "").equalsIgnoreCase(b.replaceAll("[^\\p{L}\\p{N}]", ""));
        }
    }
}
