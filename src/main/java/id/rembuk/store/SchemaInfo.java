package id.rembuk.store;

import java.util.UUID;

/** What the meta table of a session file says about it. */
public record SchemaInfo(int schemaVersion, UUID sessionId, UUID replicaId, String createdBy,
                         long changeCount, long digest) {
}
