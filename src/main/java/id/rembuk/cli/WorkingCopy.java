package id.rembuk.cli;

import id.rembuk.store.IntegrityReport;
import id.rembuk.store.Preflight;
import id.rembuk.store.ReplicaLabel;
import id.rembuk.store.Problem;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

/**
 * Changes a session file from the command line all or nothing: the file is copied into a hidden
 * folder beside it, the copy passes the pre-flight (docs/adr/0003) and is opened as a replica of
 * its own, the work is done and verified on the copy, and only {@link #commit()} renames the copy
 * over the original in one step. Without a commit, or on any failure, the original stays as it
 * was. A file changed by someone else meanwhile is not overwritten.
 */
final class WorkingCopy implements AutoCloseable {
    private final Path original;
    private final Path dir;
    private final FileTime modified;
    private final long size;
    private SessionFile session;

    private WorkingCopy(Path original, Path dir, FileTime modified, long size) {
        this.original = original;
        this.dir = dir;
        this.modified = modified;
        this.size = size;
    }

    /** Opens a writable copy of {@code file}; the copy writes as a new replica named {@code replicaLabel}. */
    static WorkingCopy open(Path file, String replicaLabel) throws StoreException {
        Path original = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(original)) {
            throw new StoreException(Problem.NOT_FOUND, file.toString());
        }
        WorkingCopy w;
        try {
            FileTime modified = Files.getLastModifiedTime(original);
            long size = Files.size(original);
            // beside the original, so the final rename stays within one file system
            w = new WorkingCopy(original, Files.createTempDirectory(original.getParent(), ".rembuk-ubah-"), modified,
                    size);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, file.toString(), e);
        }
        try {
            Path copy = Preflight.copyPrivately(original, w.dir);
            Preflight.checkPrivateCopy(copy);
            w.session = SessionFile.open(copy);
            // edits made here must be told apart from those of the laptop the file came from
            String group = w.session.group().map(g -> ReplicaLabel.group(g) + " · ").orElse("");
            w.session.adoptNewReplica(group + replicaLabel);
            return w;
        } catch (StoreException e) {
            w.close();
            throw Preflight.about(e, file);
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    SessionFile session() {
        return session;
    }

    /** Verifies the copy and puts it in the original's place. */
    void commit() throws StoreException, CliError {
        IntegrityReport report = session.verify();
        if (!report.ok()) {
            throw new StoreException(Problem.CORRUPT, original + " " + report.problems());
        }
        session.close();
        Path copy = session.file();
        try {
            if (!Files.getLastModifiedTime(original).equals(modified) || Files.size(original) != size) {
                throw new CliError(Cli.FAILED, "cli.working_copy.changed", original);
            }
            try {
                Files.move(copy, original, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(copy, original, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException(Problem.IO, original.toString(), e);
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a hidden folder left behind is harmless; the user's file is what matters
        }
    }
}
