package id.rembuk.cli;

import id.rembuk.domain.Dimension;
import id.rembuk.i18n.Messages;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.Problem;
import id.rembuk.store.ReplicaLabel;
import id.rembuk.store.SessionLibrary;
import id.rembuk.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes the file one group's laptop starts from: the same session with its own replica, named
 * after the group, opening on the group's breakout screen. The master is only read.
 */
@Command(name = "group-pack", mixinStandardHelpOptions = true)
final class GroupPackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MASTER", descriptionKey = "arg.master")
    Path master;

    @Option(names = "--group", required = true, paramLabel = "CODE", descriptionKey = "opt.group")
    String group;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "opt.group_out")
    Path out;

    @Option(names = "--force", descriptionKey = "opt.force")
    boolean force;

    @Override
    public Integer call() throws CliError, StoreException {
        Dimension dimension = Dimension.ofCode(group.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> CliError.usage("cli.group_pack.bad_group", group, Arrays.stream(Dimension.values())
                        .map(Dimension::code).collect(Collectors.joining(", "))));
        Path target = withSuffix(out.toAbsolutePath().normalize());
        if (Files.exists(target) && !force) {
            throw new StoreException(Problem.ALREADY_EXISTS, target.toString());
        }
        Path written;
        try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(master)) {
            written = SessionLibrary.groupCopy(copy.session(), dimension.code(), ReplicaLabel.group(dimension.code()),
                    target);
        }
        spec.commandLine().getOut().println(Messages.get("cli.group_pack.done", dimension.code(),
                dimension.defaultLabel(), written));
        return Cli.OK;
    }

    private static Path withSuffix(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(SessionLibrary.EXTERNAL_SUFFIX) ? p : p.resolveSibling(name + SessionLibrary.EXTERNAL_SUFFIX);
    }
}
