package id.rembuk.merge;

import id.rembuk.domain.change.Change;
import id.rembuk.i18n.Messages;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.report.json.SessionJsonException;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.Problem;
import id.rembuk.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One file brought to a merge, read whole and checked before anything is merged: a session file
 * through the pre-flight on a private read-only copy (the file itself is only read), or a JSON
 * export. A file that fails any check is refused whole.
 *
 * @param replicas the laptops that wrote its changes, with their names
 */
public record Incoming(Path file, Format format, UUID sessionId, Map<UUID, String> replicas, List<Change> changes) {

    public enum Format {
        SESSION, JSON
    }

    public Incoming {
        replicas = Map.copyOf(replicas);
        changes = List.copyOf(changes);
    }

    /** Reads and checks {@code file}; throws with the message for the user when it cannot be merged. */
    public static Incoming read(Path file) throws MergeException {
        try {
            if (looksLikeJson(file)) {
                SessionJsonCodec.Parsed p = SessionJsonCodec.read(file);
                return new Incoming(file, Format.JSON, p.sessionId(), p.replicas(), p.changes());
            }
            var contents = ExternalFile.readChanges(file);
            return new Incoming(file, Format.SESSION, contents.sessionId(), contents.replicas(), contents.changes());
        } catch (StoreException e) {
            // the advice for one's own cut file (use a backup) does not fit a file from a group's laptop
            String message = e.problem() == Problem.TRUNCATED ? Messages.get("problem.merge.truncated", e.subject())
                    : e.userMessage();
            throw new MergeException(file, e.problem(), message, e);
        } catch (SessionJsonException e) {
            throw new MergeException(file, Problem.CORRUPT, e.userMessage(), e);
        }
    }

    /** A JSON export starts with '{' (after a byte-order mark or spaces); an H2 file never does. */
    static boolean looksLikeJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            for (int i = 0; i < head.length; i++) {
                int b = head[i] & 0xff;
                if (b == '{') {
                    return true;
                }
                boolean bom = i < 3 && (b == 0xef || b == 0xbb || b == 0xbf);
                if (!bom && !Character.isWhitespace(b)) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
