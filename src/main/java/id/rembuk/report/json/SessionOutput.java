package id.rembuk.report.json;

import id.rembuk.store.IntegrityReport;
import id.rembuk.store.Problem;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Writes a new session file at a path the user chose, all or nothing: the H2 file is built in a
 * temporary folder beside the target, verified, closed, and only then moved into place. A failure
 * on the way leaves the target as it was (absent, or the old file when overwriting).
 */
public final class SessionOutput {
    private SessionOutput() {
    }

    /** Fills the new session before it is moved into place. */
    @FunctionalInterface
    public interface Filler {
        void fill(SessionFile session) throws StoreException;
    }

    public static void create(Path target, boolean overwrite, UUID sessionId, String replicaLabel, Filler filler)
            throws StoreException {
        Path out = target.toAbsolutePath().normalize();
        AtomicWrite.refuseExisting(out, overwrite);
        Path tmpDir = null;
        try {
            Files.createDirectories(out.getParent());
            tmpDir = Files.createTempDirectory(out.getParent(), ".rembuk-baru-");
            Path work = tmpDir.resolve("sesi" + SessionFile.SUFFIX);
            try (SessionFile session = SessionFile.create(work, sessionId, replicaLabel)) {
                filler.fill(session);
                IntegrityReport report = session.verify();
                if (!report.ok()) {
                    throw new StoreException(Problem.CORRUPT, out + " " + report.problems());
                }
            }
            AtomicWrite.move(work, out, overwrite);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, out.toString(), e);
        } finally {
            AtomicWrite.deleteQuietly(tmpDir);
        }
    }
}
