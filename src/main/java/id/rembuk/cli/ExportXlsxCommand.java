package id.rembuk.cli;

import id.rembuk.i18n.Messages;
import id.rembuk.report.sheet.ProgressListener;
import id.rembuk.report.sheet.SheetExport;
import id.rembuk.report.sheet.SheetOptions;
import id.rembuk.report.sheet.SheetTable;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The session's participants, programmes, action plans and SWOT cards as one Excel workbook. */
@Command(name = "export-xlsx", mixinStandardHelpOptions = true)
final class ExportXlsxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.session_in")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xlsx", descriptionKey = "opt.xlsx_out")
    Path out;

    @Option(names = "--force", descriptionKey = "opt.force")
    boolean force;

    @Option(names = "--no-contacts", descriptionKey = "opt.no_contacts")
    boolean noContacts;

    @Override
    public Integer call() throws StoreException {
        Path target = SheetOutput.target(out, ".xlsx", force);
        SheetOptions options = new SheetOptions(!noContacts, LocalDateTime.now());
        Map<SheetTable, Integer> rows;
        try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(file)) {
            rows = SheetExport.writeXlsx(copy.session().state(), target, options, force, ProgressListener.NONE);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(Messages.get("cli.sheet.xlsx_done", target, rows.get(SheetTable.PARTICIPANTS),
                rows.get(SheetTable.PROGRAMMES), rows.get(SheetTable.ACTION_PLANS), rows.get(SheetTable.SWOT)));
        o.println(Messages.get(noContacts ? "cli.sheet.no_contacts" : "cli.sheet.personal_data"));
        return Cli.OK;
    }
}
