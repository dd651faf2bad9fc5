package id.rembuk.ui.session;

import id.rembuk.agenda.AgendaTemplates;
import id.rembuk.domain.SessionInfo;
import id.rembuk.i18n.Messages;
import id.rembuk.merge.MergeReport;
import id.rembuk.merge.Merger;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.report.json.SessionJsonException;
import id.rembuk.report.json.SessionOutput;
import id.rembuk.store.Backup;
import id.rembuk.store.Problem;
import id.rembuk.store.ReplicaLabel;
import id.rembuk.store.SessionFile;
import id.rembuk.store.SessionLibrary;
import id.rembuk.store.StoreException;
import id.rembuk.store.WorkingSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Sessions through the store's {@link SessionLibrary}: working files in the app-data folder,
 * pre-flight for files from elsewhere, backups and restore. This class only decides which of the
 * library's doors a file goes through, and turns JSON exports (the sample among them) into new
 * working files.
 */
public final class LibrarySessionService implements SessionService {
    /** Where the sample lives in the installed app; {@code -Drembuk.sample} (set by ./rembuk) wins. */
    public static final String SAMPLE_RESOURCE = "/id/rembuk/samples/banggai-tahap1.json";
    private static final String JSON_SUFFIX = ".json";

    private final SessionLibrary library;
    private final Optional<Path> sampleFile;
    private volatile SessionJsonCodec.Parsed sample;
    private volatile String replicaLabel;

    /** The sample from {@code -Drembuk.sample} when that file exists, else the one on the class path. */
    public LibrarySessionService(SessionLibrary library) {
        this(library, Optional.ofNullable(System.getProperty("rembuk.sample")).filter(s -> !s.isBlank()).map(Path::of));
    }

    public LibrarySessionService(SessionLibrary library, Optional<Path> sampleFile) {
        this.library = library;
        this.sampleFile = sampleFile;
    }

    public SessionLibrary library() {
        return library;
    }

    /**
     * The session facts, then the stage's built-in agenda as a second action, so the facilitator can
     * undo just the template and keep the session.
     */
    @Override
    public WorkingSession create(SessionInfo info) throws StoreException {
        WorkingSession w = library.create(info, replicaLabel());
        try {
            w.file().apply(AgendaTemplates.action(AgendaTemplates.builtIn(info.stage())));
        } catch (StoreException | RuntimeException e) {
            w.close();
            throw e;
        }
        return w;
    }

    @Override
    public WorkingSession open(Path file) throws StoreException, SessionJsonException, DamagedSessionException {
        Path f = file.toAbsolutePath().normalize();
        if (isWorkingFile(f)) {
            return openWorking(f);
        }
        if (f.getFileName() != null && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(JSON_SUFFIX)) {
            return importJson(SessionJsonCodec.read(f));
        }
        return library.importExternal(f);
    }

    private boolean isWorkingFile(Path f) {
        return library.sessionsDir().equals(f.getParent()) && f.getFileName().toString().endsWith(SessionFile.SUFFIX);
    }

    private WorkingSession openWorking(Path f) throws StoreException, DamagedSessionException {
        try {
            return library.openWorking(f);
        } catch (StoreException e) {
            if (e.problem() == Problem.CORRUPT || e.problem() == Problem.TRUNCATED) {
                List<Backup> backups = library.backups(f);
                if (!backups.isEmpty()) {
                    throw new DamagedSessionException(f, backups, e);
                }
            }
            throw e;
        }
    }

    /**
     * A new working file with the export's session id and changes, written by this installation
     * (so no pre-flight: nothing in it came from elsewhere but checked change rows) under a
     * replica of its own. Built beside its place and moved in whole, then opened by the library.
     */
    private WorkingSession importJson(SessionJsonCodec.Parsed parsed) throws StoreException {
        Path target = library.sessionsDir().resolve(UUID.randomUUID() + SessionFile.SUFFIX);
        SessionOutput.create(target, false, parsed.sessionId(), replicaLabel(),
                s -> s.importChanges(parsed.changes(), parsed.replicas()));
        return library.openWorking(target);
    }

    @Override
    public Optional<Path> sampleCopy(Path openNow) {
        UUID id;
        try {
            id = sample().sessionId();
        } catch (SessionJsonException | StoreException e) {
            return Optional.empty();
        }
        String wanted = id.toString();
        Optional<Path> known = library.recent().stream()
                .filter(r -> wanted.equals(r.sessionId()) && r.exists())
                .map(r -> r.path().toAbsolutePath().normalize())
                .filter(this::isWorkingFile)
                .findFirst();
        return known.isPresent() ? known : scanFor(id, openNow);
    }

    /**
     * The recent list keeps only the last few sessions: look through the working files for the
     * sample, newest first, so the edits made to it are never left behind for a fresh copy.
     * Read-only opens of our own files; the file open now is skipped (it is in the list anyway).
     */
    private Optional<Path> scanFor(UUID id, Path openNow) {
        Path dir = library.sessionsDir();
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().endsWith(SessionFile.SUFFIX))
                    .filter(p -> openNow == null || !p.equals(openNow.toAbsolutePath().normalize()))
                    .sorted(Comparator.comparing(LibrarySessionService::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path f : files) {
            try (SessionFile s = SessionFile.open(f, true)) {
                if (s.sessionId().equals(id)) {
                    return Optional.of(f);
                }
            } catch (StoreException e) {
                // damaged or busy: not one we can reopen anyway
            }
        }
        return Optional.empty();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public WorkingSession importSample() throws StoreException, SessionJsonException {
        return importJson(sample());
    }

    private SessionJsonCodec.Parsed sample() throws SessionJsonException, StoreException {
        SessionJsonCodec.Parsed s = sample;
        if (s == null) {
            s = readSample();
            sample = s;
        }
        return s;
    }

    private SessionJsonCodec.Parsed readSample() throws SessionJsonException, StoreException {
        if (sampleFile.isPresent() && Files.isRegularFile(sampleFile.get())) {
            return SessionJsonCodec.read(sampleFile.get());
        }
        try (InputStream in = LibrarySessionService.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new StoreException(Problem.NOT_FOUND, SAMPLE_RESOURCE);
            }
            return SessionJsonCodec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(Problem.IO, SAMPLE_RESOURCE, e);
        }
    }

    @Override
    public List<RecentSession> recent() {
        return library.recent().stream().filter(id.rembuk.store.RecentSession::exists)
                .map(r -> new RecentSession(r.path(), r.sessionId(),
                        r.region().isBlank() ? Messages.get("ui.recent.untitled") : r.region(), r.stage(),
                        instant(r.lastOpened())))
                .toList();
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            return Instant.EPOCH;
        }
    }

    @Override
    public Path saveAs(WorkingSession session, Path target) throws StoreException {
        // the copy handed on matches what the manifest and the backups say the working file holds
        session.checkpoint();
        return library.saveAs(session.file(), target);
    }

    @Override
    public Path saveGroupCopy(WorkingSession session, String groupCode, Path target) throws StoreException {
        session.checkpoint();
        return library.saveGroupCopy(session.file(), groupCode, ReplicaLabel.group(groupCode), target);
    }

    @Override
    public MergeReport merge(WorkingSession session, List<Path> files, Merger.Options options,
                             Merger.Progress progress) throws StoreException {
        MergeReport report = Merger.merge(session.file(), files, options, () -> session.backupNow().file(), progress);
        if (!report.dryRun() && report.added() > 0) {
            // the manifest must know the merged edits, or the next open takes the file for a cut one
            session.checkpoint();
        }
        return report;
    }

    @Override
    public WorkingSession restore(Path workingFile, Backup backup) throws StoreException {
        library.restore(workingFile, backup);
        return library.openWorking(workingFile);
    }

    /** Looked up once, off the UI thread: the host name lookup may wait on the network. */
    private String replicaLabel() {
        String label = replicaLabel;
        if (label == null) {
            label = ReplicaLabel.thisLaptop();
            replicaLabel = label;
        }
        return label;
    }
}
