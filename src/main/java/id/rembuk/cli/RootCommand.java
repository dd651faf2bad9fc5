package id.rembuk.cli;

import id.rembuk.store.Version;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "rembuk", mixinStandardHelpOptions = true, versionProvider = RootCommand.VersionText.class,
        subcommands = {NewCommand.class, InfoCommand.class, CheckCommand.class, ExportJsonCommand.class,
                ImportJsonCommand.class, AgendaCommand.class, ImportParticipantsCommand.class, ConflictsCommand.class,
                SetCommand.class, MergeCommand.class, GroupPackCommand.class, ExportXlsxCommand.class,
                ExportCsvCommand.class, PdfCommand.class})
final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // read before parsing (Cli.chooseLocale) so that picocli's own texts are already in that language
    @Option(names = "--lang", paramLabel = "id|en", descriptionKey = "opt.lang", scope = ScopeType.INHERIT)
    String lang;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }

    static final class VersionText implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.current()};
        }
    }
}
