package id.rembuk.ui.session;

import id.rembuk.store.Backup;
import id.rembuk.store.StoreException;
import java.nio.file.Path;
import java.util.List;

/**
 * A working file that cannot be opened because it is damaged or cut short, while verified
 * backups of it exist: the caller offers {@link SessionService#restore}. The cause is the store's
 * own failure, whose message is what to show if the user declines.
 */
public final class DamagedSessionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient List<Backup> backups;

    public DamagedSessionException(Path file, List<Backup> backups, StoreException cause) {
        super(cause.getMessage(), cause);
        this.file = file;
        this.backups = List.copyOf(backups);
    }

    public Path file() {
        return file;
    }

    /** Newest first; never empty. */
    public List<Backup> backups() {
        return backups;
    }

    public StoreException storeFailure() {
        return (StoreException) getCause();
    }
}
