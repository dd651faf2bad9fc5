package id.rembuk.cli;

import id.rembuk.i18n.Messages;
import id.rembuk.report.json.SessionImport;
import id.rembuk.report.json.SessionJsonException;
import id.rembuk.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-json", mixinStandardHelpOptions = true)
final class ImportJsonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.json", descriptionKey = "arg.json_in")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT_FILE", descriptionKey = "arg.session_out")
    Path out;

    @Option(names = "--force", descriptionKey = "opt.force")
    boolean force;

    @Override
    public Integer call() throws CliError, SessionJsonException, StoreException {
        Path target = Args.sessionOut(out);
        SessionImport.Result r = SessionImport.run(in, target, force,
                Messages.get("cli.replica.import", String.valueOf(in.getFileName())));
        spec.commandLine().getOut().println(Messages.get("cli.import.done", Integer.toString(r.changes()),
                r.sessionId().toString(), target.toAbsolutePath().normalize()));
        return Cli.OK;
    }
}
