package id.rembuk.cli;

import id.rembuk.i18n.Messages;
import id.rembuk.report.sheet.SheetExport;
import id.rembuk.report.sheet.SheetOptions;
import id.rembuk.report.sheet.SheetTable;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One table of the session as CSV for Indonesian Excel (semicolons, UTF-8 with BOM, CRLF). */
@Command(name = "export-csv", mixinStandardHelpOptions = true)
final class ExportCsvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.session_in")
    Path file;

    @Option(names = "--table", required = true, paramLabel = "TABLE", descriptionKey = "opt.table")
    String table;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.csv", descriptionKey = "opt.csv_out")
    Path out;

    @Option(names = "--force", descriptionKey = "opt.force")
    boolean force;

    @Option(names = "--no-contacts", descriptionKey = "opt.no_contacts")
    boolean noContacts;

    @Override
    public Integer call() throws CliError, StoreException {
        SheetTable t = SheetTable.ofCode(table).orElseThrow(() -> CliError.usage("cli.sheet.bad_table", table,
                Arrays.stream(SheetTable.values()).map(SheetTable::code).collect(Collectors.joining(", "))));
        Path target = SheetOutput.target(out, ".csv", force);
        SheetOptions options = new SheetOptions(!noContacts, LocalDateTime.now());
        int rows;
        try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(file)) {
            rows = SheetExport.writeCsv(t, copy.session().state(), target, options, force);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(Messages.get("cli.sheet.csv_done", t.sheetName(), rows, target));
        if (t == SheetTable.PARTICIPANTS) {
            o.println(Messages.get(noContacts ? "cli.sheet.no_contacts" : "cli.sheet.personal_data"));
        }
        return Cli.OK;
    }
}
