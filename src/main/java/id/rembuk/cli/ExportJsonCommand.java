package id.rembuk.cli;

import id.rembuk.i18n.Messages;
import id.rembuk.report.json.AtomicWrite;
import id.rembuk.report.json.SessionJson;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.report.json.StateJson;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export-json", mixinStandardHelpOptions = true)
final class ExportJsonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.session_in")
    Path file;

    @Parameters(index = "1", paramLabel = "OUT.json", descriptionKey = "arg.json_out")
    Path out;

    @Option(names = "--force", descriptionKey = "opt.force")
    boolean force;

    @Option(names = "--state-only", descriptionKey = "opt.state_only")
    boolean stateOnly;

    @Override
    public Integer call() throws StoreException {
        if (stateOnly) {
            byte[] state;
            long items;
            try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(file)) {
                state = StateJson.canonical(copy.session().sessionId(), copy.session().state());
                items = copy.session().state().all().values().stream().filter(e -> e.live()).count();
            }
            AtomicWrite.write(out, state, force);
            spec.commandLine().getOut().println(Messages.get("cli.export.state_done", Long.toString(items),
                    out.toAbsolutePath().normalize()));
            return Cli.OK;
        }
        SessionJson json;
        try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(file)) {
            json = SessionJsonCodec.export(copy.session());
        }
        AtomicWrite.write(out, SessionJsonCodec.toBytes(json), force);
        spec.commandLine().getOut().println(Messages.get("cli.export.done", Integer.toString(json.changes().size()),
                out.toAbsolutePath().normalize()));
        return Cli.OK;
    }
}
