package id.rembuk.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * What a working file held when it was last known good (after a checkpoint or a clean close),
 * kept beside it. H2 opens a cut or rolled-back file without complaint and shows older data; since
 * changes are only ever added, a file with fewer changes than its manifest, or without the last
 * change the manifest names, has lost data.
 *
 * @param lastChange the newest change at that moment; null for a file without changes
 */
record Manifest(UUID sessionId, long changeCount, long digest, UUID lastChange) {

    static Manifest of(SessionFile s) {
        return new Manifest(s.sessionId(), s.changeCount(), s.digest(), s.lastChangeId().orElse(null));
    }

    /** Whether the file still holds everything this manifest saw. */
    boolean satisfiedBy(SessionFile s) {
        return satisfiedBy(s.sessionId(), s.changeCount(), s.digest(), lastChange == null || s.contains(lastChange));
    }

    /** The same check on a {@link SessionFile#peek} of the file (its meta counters), without loading it. */
    boolean satisfiedBy(SessionFile.Peek p) {
        return satisfiedBy(p.info().sessionId(), p.info().changeCount(), p.info().digest(), p.holdsProbe());
    }

    private boolean satisfiedBy(UUID session, long count, long sum, boolean holdsLast) {
        if (!session.equals(sessionId) || count < changeCount) {
            return false;
        }
        if (count == changeCount && sum != digest) {
            return false;
        }
        return holdsLast;
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("session_id", sessionId.toString());
        p.setProperty("change_count", Long.toString(changeCount));
        p.setProperty("digest", Long.toString(digest));
        if (lastChange != null) {
            p.setProperty("last_change", lastChange.toString());
        }
        StringWriter w = new StringWriter();
        p.store(w, "Rembuk: what this session file held when last known good");
        AtomicFiles.write(file, w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when there is none or it cannot be read (then there is nothing to hold the file to). */
    static Optional<Manifest> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            String last = p.getProperty("last_change");
            return Optional.of(new Manifest(UUID.fromString(p.getProperty("session_id")),
                    Long.parseLong(p.getProperty("change_count")), Long.parseLong(p.getProperty("digest")),
                    last == null ? null : UUID.fromString(last)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
