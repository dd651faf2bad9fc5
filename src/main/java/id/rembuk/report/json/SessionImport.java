package id.rembuk.report.json;

import id.rembuk.store.StoreException;
import java.nio.file.Path;
import java.util.UUID;

/** Rebuilds a session file from a JSON export: same session id, same change set, same state. */
public final class SessionImport {
    private SessionImport() {
    }

    /** What an import wrote. */
    public record Result(UUID sessionId, int changes, int replicas) {
    }

    /**
     * Reads and checks the whole JSON first, so a bad file creates nothing; then writes the new
     * session file atomically. The new file gets a replica of its own, since it is a new copy.
     */
    public static Result run(Path json, Path out, boolean overwrite, String replicaLabel)
            throws SessionJsonException, StoreException {
        SessionJsonCodec.Parsed parsed = SessionJsonCodec.read(json);
        SessionOutput.create(out, overwrite, parsed.sessionId(), replicaLabel,
                session -> session.importChanges(parsed.changes(), parsed.replicas()));
        return new Result(parsed.sessionId(), parsed.changes().size(), parsed.replicas().size());
    }
}
