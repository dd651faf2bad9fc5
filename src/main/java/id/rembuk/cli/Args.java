package id.rembuk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Checks of command line values that picocli cannot express, with messages in the user's language. */
final class Args {
    private Args() {
    }

    static LocalDate date(String text, String option) throws CliError {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CliError.usage("cli.usage.bad_date", option, text);
        }
    }

    /** A session file to write: {@code .rembuk}, or H2's own {@code .mv.db}. */
    static Path sessionOut(Path path) throws CliError {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".rembuk") && !name.endsWith(".mv.db")) {
            throw CliError.usage("cli.usage.session_extension", path);
        }
        return path;
    }
}
