package id.rembuk.ui.session;

import id.rembuk.domain.SessionInfo;
import id.rembuk.merge.MergeReport;
import id.rembuk.merge.Merger;
import id.rembuk.report.json.SessionJsonException;
import id.rembuk.store.Backup;
import id.rembuk.store.StoreException;
import id.rembuk.store.WorkingSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions live: creating, opening, the recent list, saving a copy elsewhere and restoring
 * a backup. Every method blocks on the disk (some start a child JVM), so call them through a
 * {@link id.rembuk.ui.task.TaskExecutor}. The caller owns the returned {@link WorkingSession} and
 * closes it with {@link WorkingSession#close()}, which records the clean exit.
 */
public interface SessionService {

    /** A new working file holding the session entity written from {@code info} as one action. */
    WorkingSession create(SessionInfo info) throws StoreException;

    /**
     * Opens a file from anywhere. A working file of this installation is opened in place; a
     * {@code .json} export is imported; any other file is pre-flighted. Both of the latter become a
     * new working copy: the user's file itself is only read.
     *
     * @throws DamagedSessionException a working file is damaged and has backups to restore from
     */
    WorkingSession open(Path file) throws StoreException, SessionJsonException, DamagedSessionException;

    /** The working copy the sample was imported into before, if there is one. */
    Optional<Path> sampleCopy(Path openNow);

    /** Imports the sample into a new working copy. */
    WorkingSession importSample() throws StoreException, SessionJsonException;

    /** Most recent first; only files that still exist. */
    List<RecentSession> recent();

    /**
     * Writes a copy of the open session to {@code target} (adding the {@code .rembuk} ending when
     * missing), replacing an existing file only once the copy is complete. Returns the file written.
     */
    Path saveAs(WorkingSession session, Path target) throws StoreException;

    /**
     * Writes the file one group's laptop starts from ({@code groupCode} such as {@code GOV}): the same
     * session under a replica named after the group, marked so it opens on the group's screen.
     * Replaces an existing file only once the copy is complete. Returns the file written.
     */
    Path saveGroupCopy(WorkingSession session, String groupCode, Path target) throws StoreException;

    /**
     * Merges the files into the open session ({@link Merger#merge}); a real merge that brings
     * anything new backs the session up first (the report says where) and records a checkpoint after.
     */
    MergeReport merge(WorkingSession session, List<Path> files, Merger.Options options, Merger.Progress progress)
            throws StoreException;

    /** Puts {@code backup} in place of the damaged working file (which is moved aside) and opens it. */
    WorkingSession restore(Path workingFile, Backup backup) throws StoreException;
}
