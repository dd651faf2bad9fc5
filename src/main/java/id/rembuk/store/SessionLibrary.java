package id.rembuk.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The sessions this installation works on, in the user's app-data folder:
 * <pre>
 * sessions/&lt;id&gt;.mv.db        working files (only files this installation created or pre-flighted)
 * sessions/&lt;id&gt;.manifest     what each held when last known good (catches cut or rolled-back files)
 * sessions/&lt;id&gt;.running      present while open; left behind by a crash, so the next open verifies
 * backups/&lt;id&gt;/*.mv.db       the last {@value #KEEP_BACKUPS} verified backups of each
 * damaged/                     damaged files moved aside by a restore, never deleted
 * recent.json                  the "recently opened" list
 * </pre>
 * Blocking: call from a background thread, never the JavaFX one.
 */
public final class SessionLibrary {
    /** Session files handed to others (USB stick, e-mail): H2 files under our own extension. */
    public static final String EXTERNAL_SUFFIX = ".rembuk";
    public static final int KEEP_BACKUPS = 10;
    private static final int KEEP_RECENT = 20;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path home;
    private final Duration backupEvery;
    private final Clock clock;

    public SessionLibrary(Path home) {
        this(home, Duration.ofMinutes(10), Clock.systemUTC());
    }

    /** @param backupEvery how old the last backup may grow before a checkpoint makes a new one */
    public SessionLibrary(Path home, Duration backupEvery, Clock clock) {
        this.home = home.toAbsolutePath().normalize();
        this.backupEvery = backupEvery;
        this.clock = clock;
    }

    /** The library in the user's app-data folder (or {@code -Drembuk.home=...}). */
    public static SessionLibrary atDefaultHome() {
        return new SessionLibrary(defaultHome());
    }

    public static Path defaultHome() {
        return AppHome.resolve();
    }

    public Path home() {
        return home;
    }

    public Path sessionsDir() {
        return home.resolve("sessions");
    }

    public Path backupsDir() {
        return home.resolve("backups");
    }

    public Path damagedDir() {
        return home.resolve("damaged");
    }

    /** A new session: a new working file holding the facts of the bimtek as its first action. */
    public WorkingSession create(SessionInfo info, String replicaLabel) throws StoreException {
        UUID sessionId = UUID.randomUUID();
        Path file = newWorkingPath();
        SessionFile s = SessionFile.create(file, sessionId, replicaLabel);
        try {
            s.apply(new Action(Messages.get("store.action.create_session"), info.toEdits(sessionId)));
            return opened(s, false, null);
        } catch (StoreException | RuntimeException e) {
            s.close();
            discard(file);
            throw e;
        }
    }

    /** Removes a working file that never became a session, so no half-made file sits in the list. */
    private void discard(Path file) {
        String base = file.toString().substring(0, file.toString().length() - SessionFile.SUFFIX.length());
        for (Path p : List.of(file, marker(file), manifest(file), Path.of(base + ".trace.db"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a leftover in our own folder; the next scan skips files it cannot open
            }
        }
    }

    /**
     * Opens a working file of this library. A crash last time (the running marker is still there)
     * makes it verify the whole file first; a file with less than its manifest recorded is
     * refused as {@link Problem#TRUNCATED}. On a damaged file, offer {@link #backups} and {@link #restore}.
     */
    public WorkingSession openWorking(Path file) throws StoreException {
        Path f = file.toAbsolutePath().normalize();
        if (!sessionsDir().equals(f.getParent()) || !f.getFileName().toString().endsWith(SessionFile.SUFFIX)) {
            // files from elsewhere go through importExternal and its pre-flight
            throw new StoreException(Problem.BAD_PATH, file.toString());
        }
        boolean unclean = Files.exists(marker(f));
        IntegrityReport report = null;
        SessionFile s;
        try {
            // read-only first: a file found wanting is left exactly as it is, for a restore to move aside.
            // After a clean exit the meta counters are enough (a cut file shows older, smaller ones);
            // after a crash the whole file is loaded and verified.
            if (unclean) {
                try (SessionFile check = SessionFile.open(f, true)) {
                    report = check(check, f, true);
                }
            } else {
                Optional<Manifest> manifest = Manifest.read(manifest(f));
                if (manifest.isPresent()
                        && !manifest.get().satisfiedBy(SessionFile.peek(f, manifest.get().lastChange()))) {
                    throw new StoreException(Problem.TRUNCATED, f.toString());
                }
            }
            s = SessionFile.open(f);
        } catch (StoreException e) {
            if (!(unclean && e.getCause() instanceof SQLException sql && sql.getErrorCode() == 90097)) {
                throw e;
            }
            // left by a crash in a state H2 must repair before it can read it: keep the file as it
            // was, then let H2 repair it and hold the result to the same checks
            keepAside(f, "before-repair");
            s = SessionFile.open(f);
            try {
                report = check(s, f, true);
            } catch (StoreException | RuntimeException again) {
                s.close();
                throw again;
            }
        }
        try {
            return opened(s, unclean, report);
        } catch (StoreException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The manifest, and after a crash the full verification; the report, or null when not run. */
    private IntegrityReport check(SessionFile s, Path f, boolean unclean) throws StoreException {
        Optional<Manifest> manifest = Manifest.read(manifest(f));
        if (manifest.isPresent() && !manifest.get().satisfiedBy(s)) {
            throw new StoreException(Problem.TRUNCATED, f.toString());
        }
        if (!unclean) {
            return null;
        }
        IntegrityReport report = s.verify();
        if (!report.ok()) {
            throw new StoreException(Problem.CORRUPT, f.toString());
        }
        return report;
    }

    private Path keepAside(Path f, String why) throws StoreException {
        try {
            Files.createDirectories(damagedDir());
            Path aside = damagedDir().resolve(stem(f) + "-" + why + "-" + STAMP.format(clock.instant()) + SessionFile.SUFFIX);
            Files.copy(f, aside);
            return aside;
        } catch (IOException e) {
            throw new StoreException(Problem.IO, f.toString(), e);
        }
    }

    /**
     * Brings in a session file from elsewhere: pre-flight on a private copy, then that copy becomes
     * a new working file. The original is only read.
     */
    public WorkingSession importExternal(Path external) throws StoreException {
        Path tmp = null;
        try {
            Path staging = home.resolve("tmp");
            Files.createDirectories(staging);
            tmp = Files.createTempDirectory(staging, "import");
            Path copy = Preflight.copyPrivately(external, tmp);
            Preflight.checkPrivateCopy(copy);
            Path file = newWorkingPath();
            Files.createDirectories(sessionsDir());
            Files.move(copy, file);
            SessionFile s;
            try {
                s = SessionFile.open(file);
            } catch (StoreException | RuntimeException e) {
                discard(file);
                throw e;
            }
            try {
                // a group file's edits carry the group's name, so the merge report and provenance can say so
                s.adoptNewReplica(s.group().map(ReplicaLabel::groupLaptop).orElseGet(ReplicaLabel::thisLaptop));
                return opened(s, false, null);
            } catch (StoreException | RuntimeException e) {
                s.close();
                discard(file);
                throw e;
            }
        } catch (StoreException e) {
            throw Preflight.about(e, external);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, external.toString(), e);
        } finally {
            Preflight.deleteTree(tmp);
        }
    }

    /**
     * Writes a copy of the session for others (its name gets {@value #EXTERNAL_SUFFIX} if it lacks
     * it): a consistent snapshot into a temporary file beside the target, checked, then moved over
     * the target in one step, so the target is never half written. Returns the file written.
     */
    public Path saveAs(SessionFile session, Path target) throws StoreException {
        return writeCopy(session, target, null);
    }

    /** What to change in a fresh copy before it is closed and handed over. */
    @FunctionalInterface
    interface CopyAdjustment {
        void adjust(SessionFile copy) throws StoreException;
    }

    /**
     * Writes the file a group's laptop starts from: the same session and entity ids, a replica of
     * its own named after the group ({@code replicaLabel}), and marked with the group's code so it
     * opens on the group's breakout screen. Same guarantees as {@link #saveAs}.
     */
    public Path saveGroupCopy(SessionFile session, String groupCode, String replicaLabel, Path target)
            throws StoreException {
        return groupCopy(session, groupCode, replicaLabel, target);
    }

    /** {@link #saveGroupCopy} for the command line, which has no library of working files. */
    public static Path groupCopy(SessionFile session, String groupCode, String replicaLabel, Path target)
            throws StoreException {
        return writeCopy(session, target, copy -> {
            copy.adoptNewReplica(replicaLabel);
            copy.markGroup(groupCode);
        });
    }

    private static Path writeCopy(SessionFile session, Path target, CopyAdjustment adjustment) throws StoreException {
        Path t = target.toAbsolutePath().normalize();
        if (!t.getFileName().toString().endsWith(EXTERNAL_SUFFIX)) {
            t = t.resolveSibling(t.getFileName() + EXTERNAL_SUFFIX);
        }
        if (t.equals(session.file())) {
            throw new StoreException(Problem.BAD_PATH, t.toString());
        }
        Path tmp = t.resolveSibling("." + t.getFileName() + "." + UUID.randomUUID() + ".tmp" + SessionFile.SUFFIX);
        try {
            Files.createDirectories(t.getParent());
            session.snapshotTo(tmp);
            // our own snapshot, made a moment ago: safe to open here
            if (adjustment != null) {
                try (SessionFile copy = SessionFile.open(tmp)) {
                    adjustment.adjust(copy);
                }
            }
            compact(tmp);
            FileHeader.check(tmp);
            AtomicFiles.sync(tmp);
            AtomicFiles.move(tmp, t);
            return t;
        } catch (IOException e) {
            throw new StoreException(Problem.IO, t.toString(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
                // H2 logs an internal assertion on compacting when the JVM runs with -ea (the tests):
                // its log must not sit beside the user's file
                String name = tmp.getFileName().toString();
                Files.deleteIfExists(tmp.resolveSibling(name.substring(0, name.length() - SessionFile.SUFFIX.length())
                        + ".trace.db"));
            } catch (IOException e) {
                // a stray temp file beside the target is harmless
            }
        }
    }

    /**
     * Rewrites our own snapshot compactly and closes it cleanly: old versions and freed space go
     * (nothing deleted travels to others), and the header then names the newest chunk, so a copy
     * cut short on the way is recognised ({@link FileHeader}).
     */
    private static void compact(Path ours) throws StoreException {
        try (Connection c = DriverManager.getConnection(H2Url.of(ours, true, false), Schema.USER, Schema.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw StoreException.fromSql(e, ours.toString());
        }
    }

    /** The recently opened sessions, newest first. */
    public List<RecentSession> recent() {
        return readRecent().entries().stream()
                .sorted(Comparator.comparing(RecentSession::lastOpenedInstant).reversed()).toList();
    }

    /** A verified backup of the session now; the oldest beyond {@value #KEEP_BACKUPS} are removed. */
    public Backup backup(SessionFile session) throws StoreException {
        Path dir = backupsDir().resolve(stem(session.file()));
        Path tmp = dir.resolve(".tmp-" + UUID.randomUUID() + SessionFile.SUFFIX);
        try {
            Files.createDirectories(dir);
            long count = session.changeCount();
            session.snapshotTo(tmp);
            // a live file keeps old versions for a while (tens of MB after a burst of edits): not in a backup
            compact(tmp);
            long verified;
            // our own snapshot, made a moment ago: opening it here is safe, and proves it opens
            try (SessionFile copy = SessionFile.open(tmp, true)) {
                IntegrityReport r = copy.verify();
                if (!r.ok() || copy.changeCount() < count) {
                    throw new StoreException(Problem.CORRUPT, tmp + " " + r.problems());
                }
                verified = copy.changeCount();
            }
            Instant now = clock.instant();
            // ordered by a number that only rises: a laptop clock set back must not make the newest
            // backup look oldest (and pruned at once)
            long seq = backupsIn(dir).stream().mapToLong(b -> sequence(b.file())).max().orElse(0) + 1;
            Path target = dir.resolve(String.format(java.util.Locale.ROOT, "%06d", seq) + "-" + STAMP.format(now)
                    + "-" + verified + SessionFile.SUFFIX);
            AtomicFiles.move(tmp, target);
            prune(dir);
            return new Backup(target, now, verified);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, dir.toString(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // left for the next prune
            }
        }
    }

    /** The backups of a working file, newest first: what to offer when it is damaged. */
    public List<Backup> backups(Path workingFile) {
        return backupsIn(backupsDir().resolve(stem(workingFile.toAbsolutePath().normalize())));
    }

    private static List<Backup> backupsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Backup> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                parseBackup(p).ifPresent(all::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        all.sort(Comparator.comparingLong((Backup b) -> sequence(b.file())).reversed());
        return all;
    }

    /**
     * Puts a backup in place of a (closed) damaged working file. The damaged file is moved to
     * {@link #damagedDir()}, never deleted; returns where it went, if there was one.
     */
    public Optional<Path> restore(Path workingFile, Backup backup) throws StoreException {
        Path f = workingFile.toAbsolutePath().normalize();
        Path aside = null;
        try {
            if (Files.exists(f)) {
                Files.createDirectories(damagedDir());
                aside = damagedDir().resolve(stem(f) + "-" + STAMP.format(clock.instant()) + SessionFile.SUFFIX);
                Files.move(f, aside);
            }
            Path tmp = f.resolveSibling("." + stem(f) + ".restoring");
            Files.copy(backup.file(), tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.sync(tmp);
            AtomicFiles.move(tmp, f);
            try (SessionFile s = SessionFile.open(f)) {
                Manifest.of(s).write(manifest(f));
            }
            Files.deleteIfExists(marker(f));
            return Optional.ofNullable(aside);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, f.toString(), e);
        }
    }

    // ---- used by WorkingSession

    private WorkingSession opened(SessionFile s, boolean unclean, IntegrityReport report) throws StoreException {
        try {
            Files.createDirectories(sessionsDir());
            AtomicFiles.write(marker(s.file()), ("pid=" + ProcessHandle.current().pid() + "\nopened="
                    + clock.instant() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(Problem.IO, s.file().toString(), e);
        }
        WorkingSession w = new WorkingSession(this, s, unclean, report);
        // the state the room starts from is always recoverable: back it up unless the newest
        // backup already holds it (changes are only added, so an equal count after a clean exit is the same set)
        List<Backup> existing = backups(s.file());
        if (unclean || existing.isEmpty() || existing.get(0).changeCount() != s.changeCount()) {
            w.backupNow();
        } else {
            w.backedUpAt(existing.get(0).taken());
        }
        w.checkpoint();
        remember(s);
        return w;
    }

    void writeManifest(SessionFile s) throws StoreException {
        try {
            Manifest.of(s).write(manifest(s.file()));
        } catch (IOException e) {
            throw new StoreException(Problem.IO, s.file().toString(), e);
        }
    }

    void closed(Path file) {
        try {
            Files.deleteIfExists(marker(file));
        } catch (IOException e) {
            // the next open verifies the file: slower, not harmful
        }
    }

    Duration backupEvery() {
        return backupEvery;
    }

    Clock clock() {
        return clock;
    }

    Path marker(Path file) {
        return file.resolveSibling(stem(file) + ".running");
    }

    Path manifest(Path file) {
        return file.resolveSibling(stem(file) + ".manifest");
    }

    private Path newWorkingPath() {
        return sessionsDir().resolve(UUID.randomUUID() + SessionFile.SUFFIX);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SessionFile.SUFFIX) ? name.substring(0, name.length() - SessionFile.SUFFIX.length()) : name;
    }

    private void prune(Path dir) throws IOException {
        List<Backup> all = backupsIn(dir);
        for (Backup old : all.subList(Math.min(KEEP_BACKUPS, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    private static Optional<Backup> parseBackup(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || !name.endsWith(SessionFile.SUFFIX)) {
            return Optional.empty();
        }
        String[] parts = stem(p).split("-");
        try {
            return Optional.of(new Backup(p, Instant.from(STAMP.parse(parts[1])), Long.parseLong(parts[2])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The rising number a backup's name starts with ({@code 000012-<time>-<changes>.mv.db}). */
    private static long sequence(Path backup) {
        try {
            return Long.parseLong(backup.getFileName().toString().split("-")[0]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecentJson(int formatVersion, List<RecentSession> entries) {
        RecentJson {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }

    private RecentJson readRecent() {
        Path file = home.resolve("recent.json");
        if (!Files.isRegularFile(file)) {
            return new RecentJson(1, List.of());
        }
        try {
            return JSON.readValue(file.toFile(), RecentJson.class);
        } catch (IOException e) {
            // a damaged list costs the user a shortcut, not data: start afresh
            return new RecentJson(1, List.of());
        }
    }

    /** Puts the session first in the recent list with its current region and stage (on open). */
    synchronized void remember(SessionFile s) {
        remember(s, true);
    }

    /**
     * Records the session's current region and stage; {@code opened} also makes it the most recent.
     * A checkpoint or a close only refreshes the facts, so closing A after opening B keeps B first.
     */
    synchronized void remember(SessionFile s, boolean opened) {
        Optional<SessionInfo> info;
        try {
            info = SessionInfo.from(s.state(), s.sessionId());
        } catch (RuntimeException e) {
            info = Optional.empty();
        }
        String when = opened ? clock.instant().toString() : readRecent().entries().stream()
                .filter(e -> e.file().equals(s.file().toString())).map(RecentSession::lastOpened).findFirst()
                .orElse(clock.instant().toString());
        RecentSession entry = new RecentSession(s.file().toString(), s.sessionId().toString(),
                info.map(SessionInfo::region).orElse(""), info.map(i -> i.stage().name()).orElse(""), when);
        List<RecentSession> entries = new ArrayList<>();
        List<RecentSession> known = readRecent().entries();
        if (opened || known.stream().noneMatch(e -> e.file().equals(entry.file()))) {
            entries.add(entry);
            known.stream().filter(e -> !e.file().equals(entry.file())).forEach(entries::add);
        } else {
            // refreshed in place: a close must not move the session ahead of the one opened after it
            known.forEach(e -> entries.add(e.file().equals(entry.file()) ? entry : e));
        }
        entries.sort(Comparator.comparing(RecentSession::lastOpenedInstant).reversed());
        try {
            AtomicFiles.write(home.resolve("recent.json"), JSON.writeValueAsBytes(
                    new RecentJson(1, entries.subList(0, Math.min(KEEP_RECENT, entries.size())))));
        } catch (IOException e) {
            // the list is a convenience; the session itself is safe
        }
    }
}
