package id.rembuk.cli;

import id.rembuk.i18n.Messages;
import id.rembuk.report.documents.DocumentOptions;
import id.rembuk.report.documents.PdfReports;
import id.rembuk.report.documents.SessionFacts;
import id.rembuk.report.json.AtomicWrite;
import id.rembuk.report.pdf.Letterhead;
import id.rembuk.report.pdf.Logo;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.Problem;
import id.rembuk.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes one PDF document of a session (daftar hadir, berita acara, ...). The session is read from
 * a checked copy; the PDF is written whole or not at all. Which documents exist is decided by
 * {@link PdfReports}, so a new document needs no change here.
 */
@Command(name = "pdf", mixinStandardHelpOptions = true)
final class PdfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.session_in")
    Path file;

    @Option(names = "--report", required = true, paramLabel = "NAME", descriptionKey = "opt.report")
    String report;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf", descriptionKey = "opt.pdf_out")
    Path out;

    @Option(names = "--force", descriptionKey = "opt.force")
    boolean force;

    @Option(names = "--logo", paramLabel = "FILE", descriptionKey = "opt.logo")
    Path logo;

    @Option(names = "--blank-rows", paramLabel = "N", descriptionKey = "opt.blank_rows")
    int blankRows;

    @Option(names = "--number", paramLabel = "TEXT", descriptionKey = "opt.ba_number")
    String number;

    @Option(names = "--organiser", paramLabel = "TEXT", descriptionKey = "opt.organiser")
    String organiser;

    @Override
    public Integer call() throws CliError, StoreException {
        String name = report.strip();
        if (!PdfReports.known(name)) {
            throw CliError.usage("cli.pdf.unknown_report", report, String.join(", ", PdfReports.NAMES));
        }
        PdfReports.Renderer renderer = PdfReports.renderer(name)
                .orElseThrow(() -> new CliError(Cli.FAILED, "cli.pdf.not_available", Messages.get(PdfReports.labelKey(name)),
                        String.join(", ", PdfReports.available())));
        if (blankRows < 0 || blankRows > 500) {
            throw CliError.usage("cli.pdf.bad_blank_rows", blankRows);
        }
        Path target = out.toAbsolutePath().normalize();
        checkTarget(target);
        DocumentOptions options = DocumentOptions.defaults().withBlankRows(blankRows).withNumber(number)
                .withOrganiser(organiser).withLogo(readLogo().orElse(null));
        SessionFacts facts;
        try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(file)) {
            facts = SessionFacts.of(copy.session().state(), copy.session().sessionId())
                    .orElseThrow(() -> new CliError(Cli.FAILED, "cli.pdf.no_session", file));
        }
        byte[] pdf;
        try {
            pdf = renderer.render(facts, options);
        } catch (IOException e) {
            throw new CliError(Cli.FAILED, "cli.pdf.failed", e.getMessage());
        } catch (Letterhead.BadLogo e) {
            throw new CliError(Cli.USAGE, "cli.pdf.logo_unreadable", logo);
        }
        AtomicWrite.write(target, pdf, force);
        spec.commandLine().getOut().println(Messages.get("cli.pdf.done",
                Messages.get(PdfReports.labelKey(name)), target));
        return Cli.OK;
    }

    /** Refused before the session is read, so a long export never fails at its very end. */
    private void checkTarget(Path target) throws CliError, StoreException {
        if (Files.isDirectory(target)) {
            throw new StoreException(Problem.BAD_PATH, target.toString());
        }
        if (Files.exists(target) && !force) {
            throw new StoreException(Problem.ALREADY_EXISTS, target.toString());
        }
        Path dir = target.getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new CliError(Cli.FAILED, "cli.pdf.not_writable", target.getParent());
        }
    }

    private Optional<byte[]> readLogo() throws CliError {
        if (logo == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Logo.read(logo));
        } catch (Logo.Refused e) {
            throw CliError.usage(switch (e.problem()) {
                case MISSING -> "cli.pdf.logo_missing";
                case NOT_A_PICTURE -> "cli.pdf.logo_format";
                case UNREADABLE -> "cli.pdf.logo_unreadable";
            }, logo);
        }
    }
}
