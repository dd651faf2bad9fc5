package id.rembuk.cli;

import id.rembuk.store.Problem;
import id.rembuk.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The output path of a spreadsheet export, checked before the session is read. */
final class SheetOutput {
    private SheetOutput() {
    }

    /** The absolute target with {@code suffix} added when missing; refuses a folder, or a file without --force. */
    static Path target(Path out, String suffix, boolean force) throws StoreException {
        Path p = out.toAbsolutePath().normalize();
        if (p.getFileName() == null) {
            throw new StoreException(Problem.BAD_PATH, p.toString());
        }
        String name = p.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(suffix) && !Files.isDirectory(p)) {
            p = p.resolveSibling(name + suffix);
        }
        if (Files.isDirectory(p)) {
            throw new StoreException(Problem.BAD_PATH, p.toString());
        }
        if (Files.exists(p) && !force) {
            throw new StoreException(Problem.ALREADY_EXISTS, p.toString());
        }
        return p;
    }
}
