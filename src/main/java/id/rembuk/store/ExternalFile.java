package id.rembuk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

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

    /** One file's changes, or why it cannot be read. */
    public record Read(Path file, SessionFile.Contents contents, StoreException problem) {
    }

    /**
     * The changes of several files from elsewhere, each read from a private copy that passed the
     * pre-flight; the copies are checked together in one child JVM. {@code started} hears the index
     * of the file whose check begins (from another thread).
     */
    public static List<Read> readChanges(List<Path> files, IntConsumer started) throws StoreException {
        Path dir;
        try {
            dir = Files.createTempDirectory("rembuk-read");
        } catch (IOException e) {
            throw new StoreException(Problem.IO, String.valueOf(files), e);
        }
        try {
            Read[] out = new Read[files.size()];
            List<Path> copies = new ArrayList<>();
            List<Integer> copied = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                try {
                    copies.add(Preflight.copyPrivately(files.get(i), Files.createDirectory(dir.resolve(Integer.toString(i)))));
                    copied.add(i);
                } catch (StoreException e) {
                    started.accept(i);
                    out[i] = new Read(files.get(i), null, Preflight.about(e, files.get(i)));
                } catch (IOException e) {
                    started.accept(i);
                    out[i] = new Read(files.get(i), null, new StoreException(Problem.IO, files.get(i).toString(), e));
                }
            }
            List<Preflight.Checked> checked = copies.isEmpty() ? List.of()
                    : Preflight.checkPrivateCopies(copies, k -> started.accept(copied.get(k)));
            for (int k = 0; k < checked.size(); k++) {
                Path file = files.get(copied.get(k));
                Preflight.Checked c = checked.get(k);
                try {
                    if (c.problem() != null) {
                        throw c.problem();
                    }
                    out[copied.get(k)] = new Read(file, SessionFile.read(c.copy()), null);
                } catch (StoreException e) {
                    out[copied.get(k)] = new Read(file, null, Preflight.about(e, file));
                }
            }
            return List.of(out);
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
