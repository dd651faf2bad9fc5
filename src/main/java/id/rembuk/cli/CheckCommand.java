package id.rembuk.cli;

import id.rembuk.i18n.Messages;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.IntegrityReport;
import id.rembuk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Exit 0: healthy; 1: the file opens but its content is inconsistent; 2: it cannot be opened at all. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.session_in")
    Path file;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        ExternalFile.Copy copy;
        try {
            copy = ExternalFile.openReadOnlyCopy(file);
        } catch (StoreException ex) {
            e.println(ex.userMessage());
            return Cli.USAGE;
        }
        try (copy) {
            IntegrityReport report = copy.session().verify();
            if (!report.ok()) {
                e.println(Messages.get("cli.check.problems", file, Integer.toString(report.problems().size())));
                report.problems().forEach(p -> e.println("  - " + p));
                return Cli.FAILED;
            }
            o.println(Messages.get("cli.check.ok", file, Long.toString(report.changes()),
                    Long.toString(report.heads())));
            int conflicts = copy.session().state().conflicts().size();
            if (conflicts > 0) {
                o.println(Messages.get("cli.check.conflicts", Integer.toString(conflicts)));
            }
            return Cli.OK;
        } catch (StoreException ex) {
            e.println(ex.userMessage());
            return Cli.FAILED;
        }
    }
}
