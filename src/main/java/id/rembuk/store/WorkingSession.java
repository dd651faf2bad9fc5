package id.rembuk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An open working file of a {@link SessionLibrary}: the {@link SessionFile} plus the bookkeeping
 * that makes it safe across crashes (running marker, manifest, rolling backups). Close it to mark
 * a clean exit.
 */
public final class WorkingSession implements AutoCloseable {
    private final SessionLibrary library;
    private final SessionFile file;
    private final boolean uncleanExit;
    private final IntegrityReport report;
    private Instant lastBackup = Instant.EPOCH;
    private boolean closed;

    WorkingSession(SessionLibrary library, SessionFile file, boolean uncleanExit, IntegrityReport report) {
        this.library = library;
        this.file = file;
        this.uncleanExit = uncleanExit;
        this.report = report;
    }

    public SessionFile file() {
        return file;
    }

    /** True when the app did not close this file last time; the file was then verified (see {@link #verifyReport()}). */
    public boolean uncleanExit() {
        return uncleanExit;
    }

    /** The full check made after an unclean exit; empty after a clean one. */
    public Optional<IntegrityReport> verifyReport() {
        return Optional.ofNullable(report);
    }

    /**
     * A milestone (end of an agenda block, after an import or export): forces the file to disk,
     * records the manifest, and makes a verified backup when the last is older than the library's interval.
     */
    public synchronized void checkpoint() throws StoreException {
        file.checkpoint();
        library.writeManifest(file);
        library.remember(file, false);
        Instant now = library.clock().instant();
        if (Duration.between(lastBackup, now).compareTo(library.backupEvery()) >= 0) {
            backupNow();
        }
    }

    /** Counts an existing backup of the current state as the latest, so the interval runs from it. */
    synchronized void backedUpAt(Instant taken) {
        lastBackup = taken;
    }

    public synchronized Backup backupNow() throws StoreException {
        Backup b = library.backup(file);
        lastBackup = library.clock().instant();
        return b;
    }

    /** Closes the file cleanly: data forced to disk, manifest written, running marker removed. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            file.checkpoint();
            library.writeManifest(file);
        } catch (StoreException e) {
            // keep the running marker: the next open verifies the file
            file.close();
            return;
        }
        library.remember(file, false);
        file.close();
        library.closed(file.file());
    }
}
