package id.rembuk.ui.session;

import id.rembuk.domain.SessionInfo;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where sessions live: creating, opening, the recent list and saving a copy elsewhere. Every
 * method blocks on the disk, so call them through a {@link id.rembuk.ui.task.TaskExecutor}.
 * The caller owns (and closes) the returned {@link SessionFile}.
 */
public interface SessionService {

    /** A new working file holding the session entity written from {@code info} as one action. */
    SessionFile createNew(SessionInfo info) throws StoreException;

    /** Opens a session file from anywhere; the user's file itself is never written. */
    SessionFile openFile(Path file) throws StoreException;

    /** The demonstration session. */
    SessionFile openSample() throws StoreException;

    /** Reopens a working file from {@link #recent()}. */
    SessionFile openRecent(RecentSession recent) throws StoreException;

    /** Most recent first. */
    List<RecentSession> recent();

    /** Remembers what the open session is about, for the recent list (after its facts change). */
    void remember(SessionFile session);

    /**
     * Writes a copy of the open session to {@code target} (adding the {@code .rembuk} ending when
     * missing), replacing an existing file only once the copy is complete. Returns the file written.
     */
    Path saveAs(SessionFile session, Path target) throws StoreException;
}
