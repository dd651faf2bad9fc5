package id.rembuk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rembuk.domain.EntityKind;
import id.rembuk.i18n.Messages;
import id.rembuk.merge.MergeReport;
import id.rembuk.merge.Merger;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.Problem;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Merges the groups' files into a master session file. Every file is checked whole first; the
 * master is changed through a checked working copy that replaces it in one step, after a copy of
 * it was saved beside it. The other files are only read.
 */
@Command(name = "merge", mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MASTER", descriptionKey = "arg.master_merge")
    Path master;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER", descriptionKey = "arg.merge_other")
    List<Path> others;

    @Option(names = "--dry-run", descriptionKey = "opt.merge_dry_run")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Option(names = "--accept-other-session", descriptionKey = "opt.accept_other_session")
    boolean acceptOtherSession;

    @Override
    public Integer call() throws CliError, StoreException, JsonProcessingException {
        Path original = master.toAbsolutePath().normalize();
        for (Path p : others) {
            if (p.toAbsolutePath().normalize().equals(original)) {
                throw CliError.usage("cli.merge.self", p);
            }
        }
        Merger.Options options = new Merger.Options(dryRun, acceptOtherSession);
        PrintWriter err = spec.commandLine().getErr();
        Merger.Progress progress = json ? Merger.Progress.NONE : (done, total, file) -> {
            if (file != null) {
                err.println(Messages.get("cli.merge.reading", Integer.toString(done + 1),
                        Integer.toString(total - 1), file));
            }
        };
        MergeReport report;
        if (dryRun) {
            try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(master)) {
                report = Merger.merge(copy.session(), others, options, Merger.Backup.NONE, progress);
            }
        } else {
            try (WorkingCopy w = WorkingCopy.open(master, Messages.get("cli.replica.merge"))) {
                report = Merger.merge(w.session(), others, options, () -> backup(original), progress);
                if (report.added() > 0) {
                    w.commit();
                }
            }
        }
        print(report);
        return report.anyRefused() ? Cli.FAILED : Cli.OK;
    }

    /** A plain copy of the master as it is now, beside it; the master itself is replaced only later. */
    static Path backup(Path original) throws StoreException {
        String name = original.getFileName().toString();
        String suffix = name.endsWith(SessionFile.SUFFIX) ? SessionFile.SUFFIX
                : name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        String stem = name.substring(0, name.length() - suffix.length());
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = original.resolveSibling(stem + "-" + Messages.get("cli.merge.backup_word") + "-" + stamp + suffix);
        for (int n = 2; Files.exists(target); n++) {
            target = original.resolveSibling(stem + "-" + Messages.get("cli.merge.backup_word") + "-" + stamp + "-" + n
                    + suffix);
        }
        try {
            Files.copy(original, target, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            return target;
        } catch (IOException e) {
            throw new StoreException(Problem.IO, target.toString(), e);
        }
    }

    private void print(MergeReport r) throws JsonProcessingException {
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(JsonReport.of(r)));
            return;
        }
        o.println(Messages.get(r.dryRun() ? "cli.merge.title_dry" : "cli.merge.title", master));
        for (MergeReport.FileReport f : r.files()) {
            o.println();
            switch (f.outcome()) {
                case MERGED, NOTHING_NEW -> {
                    o.println(Messages.get(f.outcome() == MergeReport.Outcome.MERGED ? "cli.merge.file_merged"
                                    : "cli.merge.file_nothing", f.file(), f.fresh(), f.known(), f.conflicts()));
                    if (!f.newItems().isEmpty()) {
                        o.println("  " + Messages.get("cli.merge.new_items", items(f.newItems())));
                    }
                    if (!f.writers().isEmpty()) {
                        o.println("  " + Messages.get("cli.merge.writers", f.writers().entrySet().stream()
                                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))));
                    }
                }
                case OTHER_SESSION -> o.println(Messages.get("cli.merge.file_other_session", f.file(),
                        f.sessionId().map(Object::toString).orElse("?")));
                case REJECTED -> o.println(Messages.get("cli.merge.file_rejected", f.file(), f.problem().orElse("")));
                default -> throw new IllegalStateException(f.outcome().toString());
            }
        }
        o.println();
        o.println(Messages.get(r.dryRun() ? "cli.merge.total_dry" : "cli.merge.total", r.added(), r.conflictsBefore(),
                r.conflictsAfter()));
        r.backup().ifPresent(b -> o.println(Messages.get("cli.merge.backup", b)));
        if (r.conflictsAfter() > 0) {
            o.println(Messages.get("cli.merge.conflicts_hint", master));
        }
    }

    static String items(Map<String, Integer> byKind) {
        return byKind.entrySet().stream()
                .map(e -> e.getValue() + " " + EntityKind.ofCode(e.getKey()).map(k -> Messages.get(k.messageKey()))
                        .orElse(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** The JSON form: stable names, paths as given, no Optional. */
    record JsonReport(boolean dryRun, int added, int conflictsBefore, int conflictsAfter, String backup,
                      List<JsonFile> files) {
        static JsonReport of(MergeReport r) {
            List<JsonFile> files = new ArrayList<>();
            r.files().forEach(f -> files.add(new JsonFile(f.file().toString(), f.outcome().name().toLowerCase(
                    java.util.Locale.ROOT), f.sessionId().map(Object::toString).orElse(null), f.changes(), f.fresh(),
                    f.known(), f.conflicts(), f.newItems(), f.writers(), f.problem().orElse(null))));
            return new JsonReport(r.dryRun(), r.added(), r.conflictsBefore(), r.conflictsAfter(),
                    r.backup().map(Path::toString).orElse(null), files);
        }
    }

    record JsonFile(String file, String outcome, String sessionId, int changes, int fresh, int known, int conflicts,
                    Map<String, Integer> newItems, Map<String, Integer> writers, String problem) {
    }
}
