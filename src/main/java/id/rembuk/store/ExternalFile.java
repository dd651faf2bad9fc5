package id.rembuk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a session file that lives outside the app's working folder without touching it: the
 * file is copied to a private temporary folder, the copy passes the {@link Preflight}, and only
 * then is the copy opened, read-only.
 */
public final class ExternalFile {
    private ExternalFile() {
    }

    /** A read-only session on a private copy; the copy is deleted by {@link Copy#close()}, or at once on failure. */
    public static Copy openReadOnlyCopy(Path file) throws StoreException {
        return openReadOnlyCopy(file, null);
    }

    /** As {@link #openReadOnlyCopy(Path)}, with the private folder made in {@code tempParent} (null: the system's). */
    static Copy openReadOnlyCopy(Path file, Path tempParent) throws StoreException {
        Path dir;
        try {
            dir = tempParent == null ? Files.createTempDirectory("rembuk-read")
                    : Files.createTempDirectory(tempParent, "rembuk-read");
        } catch (IOException e) {
            throw new StoreException(Problem.IO, file.toString(), e);
        }
        try {
            Path copy = Preflight.copyPrivately(file, dir);
            Preflight.checkPrivateCopy(copy);
            return new Copy(SessionFile.open(copy, true), dir);
        } catch (StoreException e) {
            Preflight.deleteTree(dir);
            throw Preflight.about(e, file);
        } catch (RuntimeException | Error e) {
            Preflight.deleteTree(dir);
            throw e;
        }
    }

    /** The changes of a file from elsewhere, read from a private copy that passed the pre-flight. */
    public static SessionFile.Contents readChanges(Path file) throws StoreException {
        Path dir;
        try {
            dir = Files.createTempDirectory("rembuk-read");
        } catch (IOException e) {
            throw new StoreException(Problem.IO, file.toString(), e);
        }
        try {
            Path copy = Preflight.copyPrivately(file, dir);
            Preflight.checkPrivateCopy(copy);
            return SessionFile.read(copy);
        } catch (StoreException e) {
            throw Preflight.about(e, file);
        } finally {
            Preflight.deleteTree(dir);
        }
    }

    /** An open read-only session and the temporary folder holding its copy. */
    public record Copy(SessionFile session, Path dir) implements AutoCloseable {
        @Override
        public void close() {
            session.close();
            Preflight.deleteTree(dir);
        }
    }
}
