package id.rembuk.store;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.ChangeIndex;
import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.Hlc;
import id.rembuk.domain.change.SessionState;
import id.rembuk.domain.change.Undo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One open session file (an H2 file this installation created). Every edit becomes a
 * {@link Change} written, with the derived tables and the digest, in one transaction on the
 * file's own {@link DbThread}; the in-memory {@link ChangeIndex} mirrors what is committed.
 * Thread-safe: every public method may be called from any thread except the JavaFX one.
 */
public final class SessionFile implements AutoCloseable {
    public static final String SUFFIX = H2Url.SUFFIX;

    private final Path file;
    private final boolean readOnly;
    private final DbThread db;
    private final Hlc hlc;
    private Connection conn;
    private volatile SchemaInfo info;
    private ChangeIndex index = new ChangeIndex();
    private long digest;
    private UUID lastChange;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private volatile SessionState state = SessionState.empty();
    /** Set when a failed commit could not be rolled back cleanly: the file refuses further writes. */
    private volatile boolean broken;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    /** False until create/open finished: a file refused while opening is closed without writing to it. */
    private volatile boolean ready;

    /** One undoable action: what it wrote, and (once undone) what its undo wrote. */
    private record Step(String label, List<Change> changes, List<Change> undoWrote) {
    }

    private SessionFile(Path file, boolean readOnly, Hlc hlc) {
        this.file = file.toAbsolutePath().normalize();
        this.readOnly = readOnly;
        this.hlc = hlc;
        this.db = new DbThread(this.file.toString());
    }

    /** Creates a new, empty session file; fails if one exists at that path. */
    public static SessionFile create(Path file, UUID sessionId, String replicaLabel) throws StoreException {
        return create(file, sessionId, UUID.randomUUID(), replicaLabel, Hlc.system());
    }

    public static SessionFile create(Path file, UUID sessionId, UUID replicaId, String replicaLabel, Hlc hlc)
            throws StoreException {
        String url = H2Url.of(file, false, false);
        if (Files.exists(file)) {
            throw new StoreException(Problem.ALREADY_EXISTS, file.toString());
        }
        SessionFile s = new SessionFile(file, false, hlc);
        try {
            s.db.run(() -> {
                Files.createDirectories(s.file.getParent());
                s.conn = Schema.createAndMigrate(url);
                s.info = Schema.initialise(s.conn, sessionId, replicaId, replicaLabel, hlc.next());
            });
        } catch (StoreException e) {
            s.close();
            throw e;
        }
        s.ready = true;
        return s;
    }

    /** Opens a session file this installation created (foreign files go through the pre-flight first). */
    public static SessionFile open(Path file) throws StoreException {
        return open(file, false);
    }

    /** What the file's meta table says, and whether it holds {@code probe}: read-only, no full load. */
    public record Peek(SchemaInfo info, boolean holdsProbe) {
    }

    /**
     * A quick read-only look at a working file (its meta and one change), for checks that must not
     * cost a full load or change the file.
     */
    public static Peek peek(Path file, UUID probe) throws StoreException {
        String url = H2Url.of(file, true, true);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Problem.NOT_FOUND, file.toString());
        }
        try (DbThread thread = new DbThread(file.toString())) {
            return thread.call(() -> {
                try (Connection c = Schema.connectAndMigrate(url, file, true)) {
                    return new Peek(Schema.read(c, file), probe == null || Rows.contains(c, probe));
                }
            });
        }
    }

    /** Everything a merge takes from a file: its session, its writers and its changes, checked against its counters. */
    public record Contents(UUID sessionId, Map<UUID, String> replicas, List<Change> changes) {
    }

    /**
     * Reads a file's changes without building its state (a merge folds them into the master's):
     * read-only, and refused as damaged when the rows do not match the counters written with them.
     * Only for our own files or private copies that passed the pre-flight.
     */
    public static Contents read(Path file) throws StoreException {
        String url = H2Url.of(file, true, true);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Problem.NOT_FOUND, file.toString());
        }
        try (DbThread thread = new DbThread(file.toString())) {
            return thread.call(() -> {
                try (Connection c = Schema.connectAndMigrate(url, file, true)) {
                    SchemaInfo info = Schema.read(c, file);
                    List<Change> all;
                    try {
                        all = Rows.all(c);
                    } catch (RuntimeException e) {
                        throw new StoreException(Problem.CORRUPT, file.toString(), e);
                    }
                    long sum = 0;
                    Set<UUID> ids = new HashSet<>();
                    for (Change ch : all) {
                        if (ids.add(ch.id())) {
                            sum += ChangeDigest.of(ch);
                        }
                    }
                    if (ids.size() != info.changeCount() || sum != info.digest()) {
                        throw new StoreException(Problem.CORRUPT, file.toString());
                    }
                    return new Contents(info.sessionId(), Schema.replicas(c), all);
                }
            });
        }
    }

    public static SessionFile open(Path file, boolean readOnly) throws StoreException {
        String url = H2Url.of(file, true, readOnly);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Problem.NOT_FOUND, file.toString());
        }
        SessionFile s = new SessionFile(file, readOnly, Hlc.system());
        try {
            s.db.run(() -> {
                s.conn = Schema.connectAndMigrate(url, file, readOnly);
                s.info = Schema.read(s.conn, file);
                s.load();
            });
        } catch (StoreException e) {
            s.close();
            throw e;
        }
        s.ready = true;
        return s;
    }

    private void load() throws SQLException, StoreException {
        long sum = 0;
        long maxHlc = 0;
        List<Change> all;
        try {
            all = Rows.all(conn);
        } catch (RuntimeException e) {
            // a row that is not a valid change (bad id, bad code): the file is damaged, not the user's edit
            throw new StoreException(Problem.CORRUPT, file.toString(), e);
        }
        for (Change c : all) {
            index.add(c);
            sum += ChangeDigest.of(c);
            maxHlc = Math.max(maxHlc, c.hlc());
            lastChange = c.id();
        }
        if (index.size() != info.changeCount() || sum != info.digest()) {
            throw new StoreException(Problem.CORRUPT, file.toString());
        }
        digest = sum;
        hlc.observe(maxHlc);
        state = index.snapshot();
    }

    public Path file() {
        return file;
    }

    public UUID sessionId() {
        return info.sessionId();
    }

    public UUID replicaId() {
        return info.replicaId();
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The committed state; immutable, safe to read from any thread. */
    public SessionState state() {
        return state;
    }

    public int changeCount() {
        return callQuietly(index::size);
    }

    /** Commits an action as one transaction and returns the changes it wrote. */
    public List<Change> apply(Action action) throws StoreException {
        // the undo stacks change on the database thread too, so they follow the commit order
        return db.call(() -> {
            List<Change> written = write(action);
            synchronized (this) {
                undo.push(new Step(action.label(), written, List.of()));
                redo.clear();
            }
            return written;
        });
    }

    private List<Change> write(Action action) throws SQLException, StoreException {
        requireWritable();
        List<Change> changes = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        for (Edit e : action.edits()) {
            edits.add(e);
            // a user's deletion records what it saw; undo and redo carry their own record
            if (e.field().equals(Change.DELETED) && "1".equals(e.value()) && e.replaces() == null) {
                edits.add(null);
            }
        }
        Edit previous = null;
        for (Edit next : edits) {
            Edit e = next != null ? next : Conflicts.seenBy(previous.fieldKey().entity(), state, changes);
            previous = e;
            Set<UUID> seen;
            if (e.replaces() != null) {
                seen = e.replaces();
            } else {
                seen = new HashSet<>(index.headIds(e.fieldKey()));
                // two edits of one field in one action: the second supersedes the first
                changes.stream().filter(c -> c.fieldKey().equals(e.fieldKey())).forEach(c -> {
                    seen.removeAll(c.supersedes());
                    seen.add(c.id());
                });
            }
            changes.add(new Change(UUID.randomUUID(), e.kind(), e.entityId(), e.field(), e.value(), seen,
                    hlc.next(), info.replicaId()));
        }
        commit(changes);
        return changes;
    }

    /**
     * Adds changes written elsewhere (a merge or a JSON import): set union, so adding a change
     * twice does nothing. Returns how many were new.
     */
    public int importChanges(Collection<Change> changes, Map<UUID, String> replicaLabels) throws StoreException {
        return db.call(() -> {
            requireWritable();
            List<Change> fresh = changes.stream().filter(c -> !index.contains(c.id())).distinct().toList();
            Schema.addReplicas(conn, replicaLabels, hlc.next());
            commit(fresh);
            fresh.forEach(c -> hlc.observe(c.hlc()));
            return fresh.size();
        });
    }

    private void commit(List<Change> changes) throws SQLException, StoreException {
        if (changes.isEmpty()) {
            conn.commit();
            return;
        }
        long sum = digest;
        try {
            Rows.insert(conn, changes);
            List<Change> added = new ArrayList<>();
            for (Change c : changes) {
                if (index.add(c)) {
                    added.add(c);
                    sum += ChangeDigest.of(c);
                }
            }
            Rows.updateHeads(conn, added, index);
            Schema.writeCounters(conn, index.size(), sum);
            conn.commit();
            syncToDisk();
            digest = sum;
            if (!added.isEmpty()) {
                lastChange = added.get(added.size() - 1).id();
            }
            state = index.snapshot();
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
                reloadAfterFailure();
            } catch (SQLException | RuntimeException again) {
                broken = true;
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /**
     * WRITE_DELAY=0 hands every commit to the operating system, which survives a killed process but
     * not a power cut; forcing it to the disk makes an acknowledged edit survive that too. Measured
     * by bench/run ("one edit"): a few milliseconds, far below a room's typing.
     */
    private void syncToDisk() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
    }

    private void reloadAfterFailure() throws SQLException {
        // the index may hold changes the rollback removed: rebuild it from what is committed
        ChangeIndex fresh = new ChangeIndex();
        fresh.addAll(Rows.all(conn));
        index = fresh;
        state = fresh.snapshot();
    }

    private void requireWritable() throws StoreException {
        if (readOnly || broken) {
            throw new StoreException(Problem.IO, file + (readOnly ? " (read-only)" : " (tutup dan buka lagi)"));
        }
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Step::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Step::label);
    }

    /**
     * Takes back the last action by writing the values it replaced; returns the new changes, empty
     * when there is nothing to undo. A failed undo stays on the stack, to be tried again.
     */
    public List<Change> undo() throws StoreException {
        return db.call(() -> {
            Step step;
            synchronized (this) {
                step = undo.peek();
            }
            if (step == null) {
                return List.of();
            }
            List<Change> written = write(Undo.inverse(step.label(), step.changes(), index::get));
            synchronized (this) {
                undo.pop();
                redo.push(new Step(step.label(), step.changes(), written));
            }
            return written;
        });
    }

    public List<Change> redo() throws StoreException {
        return db.call(() -> {
            Step step;
            synchronized (this) {
                step = redo.peek();
            }
            if (step == null) {
                return List.of();
            }
            List<Change> written = write(Undo.redo(step.label(), step.changes(), step.undoWrote()));
            synchronized (this) {
                redo.pop();
                undo.push(new Step(step.label(), written, List.of()));
            }
            return written;
        });
    }

    /** Every change, in the order this file received them. */
    public List<Change> changes() throws StoreException {
        return db.call(() -> Rows.all(conn));
    }

    public Map<UUID, String> replicas() throws StoreException {
        return db.call(() -> Schema.replicas(conn));
    }

    /**
     * Gives this copy of the session its own replica identity, so edits made here are told apart
     * from those of the laptop the file came from. Called when a file from elsewhere becomes a
     * working copy; the old replica stays in the replica table for provenance.
     */
    public void adoptNewReplica(String label) throws StoreException {
        UUID replica = UUID.randomUUID();
        db.run(() -> {
            requireWritable();
            Schema.addReplicas(conn, Map.of(replica, label), hlc.next());
            Schema.setMeta(conn, "replica_id", replica.toString());
            conn.commit();
            info = new SchemaInfo(info.schemaVersion(), info.sessionId(), replica, info.createdBy(),
                    info.changeCount(), info.digest());
        });
    }

    /**
     * The group this copy was prepared for ({@code GOV}…), empty for the master: a group file opens
     * on its group's breakout screen. Kept in the file's meta table, not as a change, since it
     * describes this copy and must not travel in a merge.
     */
    public Optional<String> group() throws StoreException {
        return db.call(() -> Schema.getMeta(conn, GROUP_KEY).filter(g -> !g.isBlank()));
    }

    /** Marks this copy as the given group's file (see {@link #group()}). */
    public void markGroup(String code) throws StoreException {
        db.run(() -> {
            requireWritable();
            Schema.putMeta(conn, GROUP_KEY, code);
            conn.commit();
        });
    }

    private static final String GROUP_KEY = "group";

    public SchemaInfo schemaInfo() {
        return info;
    }

    /** Forces everything to disk; called at milestones (end of a block, after import or export). */
    public void checkpoint() throws StoreException {
        if (readOnly) {
            return;
        }
        db.run(() -> {
            try (Statement st = conn.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
        });
    }

    /** The order-independent digest of every change in the file (see {@link ChangeDigest}). */
    public long digest() {
        return callQuietly(() -> digest);
    }

    /** The change this file received last (in its own order), for the manifest beside the file. */
    public Optional<UUID> lastChangeId() {
        return Optional.ofNullable(callQuietly(() -> lastChange));
    }

    /** Whether the file holds this change; a change once written is never removed. */
    public boolean contains(UUID changeId) {
        return callQuietly(() -> index.contains(changeId));
    }

    /**
     * Writes a consistent copy of the whole file to {@code target} (a {@code .mv.db} path that must
     * not exist) while no edit can run: H2's online backup, taken on this file's own thread.
     */
    public void snapshotTo(Path target) throws StoreException {
        db.run(() -> {
            Path zip = Files.createTempFile(target.toAbsolutePath().getParent(), "snapshot", ".zip");
            try {
                try (Statement st = conn.createStatement()) {
                    if (!readOnly) {
                        st.execute("CHECKPOINT SYNC");
                    }
                    st.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
                }
                try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                    for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        if (e.getName().endsWith(SUFFIX)) {
                            Files.copy(in, target);
                            try (var ch = java.nio.channels.FileChannel.open(target, java.nio.file.StandardOpenOption.WRITE)) {
                                ch.force(true);
                            }
                            return;
                        }
                    }
                }
                throw new StoreException(Problem.IO, target + " (backup holds no database)");
            } finally {
                Files.deleteIfExists(zip);
            }
        });
    }

    /** Integrity check: the derived tables against the log, and the digest against the rows. */
    public IntegrityReport verify() throws StoreException {
        return db.call(() -> {
            try {
                return Integrity.check(conn, info);
            } catch (RuntimeException e) {
                // an unreadable row or counter: the file is damaged
                throw new StoreException(Problem.CORRUPT, file.toString(), e);
            }
        });
    }

    private <T> T callQuietly(java.util.concurrent.Callable<T> c) {
        try {
            return db.call(c);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            db.run(() -> {
                if (conn != null && !conn.isClosed()) {
                    if (!readOnly && ready && !broken) {
                        try (Statement st = conn.createStatement()) {
                            st.execute("CHECKPOINT SYNC");
                        }
                    }
                    conn.close();
                }
            });
        } catch (StoreException e) {
            // closing after a failure: the log is already durable (WRITE_DELAY=0), nothing to save
        } finally {
            db.close();
        }
    }
}
