package id.rembuk.report.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.UUID;

/**
 * The portable export of one session: meta data and the full change log. A DTO kept apart from
 * the live {@code SessionFile}, so the file format can change without changing this one.
 * Unknown properties are ignored, so a file from a newer Rembuk with the same format version
 * (which may only have added properties) still reads.
 *
 * @param format        always {@link #FORMAT}: tells our export from any other JSON
 * @param formatVersion the version of this JSON format, see docs/session-format.md
 * @param writtenBy     the program that wrote it ("Rembuk 0.1.0"), for support only
 * @param sessionId     the session id, kept on import so the file merges with its copies
 * @param schemaVersion the session file schema the export was taken from
 * @param replicas      every laptop copy that wrote at least one change, with its label
 * @param changes       every change, ordered by stamp then id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"format", "formatVersion", "writtenBy", "sessionId", "schemaVersion", "replicas", "changes"})
public record SessionJson(String format, Integer formatVersion, String writtenBy, UUID sessionId,
                          Integer schemaVersion, List<ReplicaJson> replicas, List<ChangeJson> changes) {

    public static final String FORMAT = "rembuk-session";
    /** Raise only when a reader of the previous version would misread a file; adding properties does not. */
    public static final int FORMAT_VERSION = 1;
}
