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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

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

    /** Reads a JSON export whole; throws with the message for the user when it cannot be merged. */
    private static Incoming readJson(Path file) throws MergeException {
        try {
            SessionJsonCodec.Parsed p = SessionJsonCodec.read(file);
            return new Incoming(file, Format.JSON, p.sessionId(), p.replicas(), p.changes());
        } catch (SessionJsonException e) {
            throw new MergeException(file, Problem.CORRUPT, e.userMessage(), e);
        }
    }

    /** One file read for a merge, or why it is refused. */
    public record Result(Path file, Incoming incoming, MergeException problem) {
    }

    /**
     * Reads and checks several files, in order: the session files' pre-flights share one child JVM
     * (its start costs more than a file's check). {@code started} hears the index of each file as
     * its check begins, possibly from another thread. Throws only when nothing could be checked at all.
     */
    public static List<Result> readAll(List<Path> files, IntConsumer started) throws MergeException {
        Result[] out = new Result[files.size()];
        List<Path> sessions = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (looksLikeJson(f)) {
                started.accept(i);
                try {
                    out[i] = new Result(f, readJson(f), null);
                } catch (MergeException e) {
                    out[i] = new Result(f, null, e);
                }
            } else {
                sessions.add(f);
                at.add(i);
            }
        }
        if (!sessions.isEmpty()) {
            List<ExternalFile.Read> read;
            try {
                read = ExternalFile.readChanges(sessions, k -> started.accept(at.get(k)));
            } catch (StoreException e) {
                throw refusal(sessions.get(0), e);
            }
            for (int k = 0; k < read.size(); k++) {
                ExternalFile.Read r = read.get(k);
                out[at.get(k)] = r.problem() != null ? new Result(r.file(), null, refusal(r.file(), r.problem()))
                        : new Result(r.file(), new Incoming(r.file(), Format.SESSION, r.contents().sessionId(),
                                r.contents().replicas(), r.contents().changes()), null);
            }
        }
        return List.of(out);
    }

    private static MergeException refusal(Path file, StoreException e) {
        // the advice for one's own cut file (use a backup) does not fit a file from a group's laptop
        String message = e.problem() == Problem.TRUNCATED ? Messages.get("problem.merge.truncated", e.subject())
                : e.userMessage();
        return new MergeException(file, e.problem(), message, e);
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
