package id.rembuk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Opens a session file that lives outside the app's working folder without touching it: the
 * file is copied to a private temporary folder and the copy is opened read-only.
 */
public final class ExternalFile {
    private ExternalFile() {
    }

    /** A read-only session on a private copy; the copy is deleted when the session is closed by {@link Copy#close()}. */
    public static Copy openReadOnlyCopy(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Problem.NOT_FOUND, file.toString());
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("rembuk-read");
            Path copy = dir.resolve("session" + SessionFile.SUFFIX);
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            return new Copy(SessionFile.open(copy, true), dir);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, file.toString(), e);
        }
    }

    /** An open read-only session and the temporary folder holding its copy. */
    public record Copy(SessionFile session, Path dir) implements AutoCloseable {
        @Override
        public void close() {
            session.close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless; the OS cleans it
            }
        }
    }
}
