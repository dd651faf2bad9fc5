package id.rembuk.ui.session;

import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.i18n.Messages;
import id.rembuk.store.Problem;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sessions as working files under {@code <home>/sessions}, straight over {@link SessionFile}.
 * Files from elsewhere are copied in first, so the user's own file is never written. This is the
 * one class to switch when the store's session library (pre-flight checks for foreign files,
 * backups) arrives: until then a foreign file is opened without the pre-flight.
 */
public final class LocalSessionService implements SessionService {
    public static final String EXTERNAL_SUFFIX = ".rembuk";
    private static final int RECENT_MAX = 12;
    private static final String SAMPLE_FILE = "contoh-banggai" + SessionFile.SUFFIX;

    private final Path home;
    private final Path sessions;
    private final Path recentFile;

    public LocalSessionService(Path home) {
        this.home = home.toAbsolutePath().normalize();
        this.sessions = this.home.resolve("sessions");
        this.recentFile = this.home.resolve("recent.tsv");
    }

    /** {@code -Drembuk.home}, else the platform's per-user application data folder. */
    public static Path defaultHome() {
        String configured = System.getProperty("rembuk.home");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Rembuk");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Rembuk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share")).resolve("rembuk");
    }

    public Path home() {
        return home;
    }

    @Override
    public SessionFile createNew(SessionInfo info) throws StoreException {
        UUID id = UUID.randomUUID();
        SessionFile session = SessionFile.create(sessions.resolve(id + SessionFile.SUFFIX), id, replicaLabel());
        try {
            session.apply(new Action(Messages.get("ui.action.createSession"), info.toEdits(id)));
        } catch (StoreException | RuntimeException e) {
            session.close();
            throw e;
        }
        remember(session);
        return session;
    }

    @Override
    public SessionFile openFile(Path file) throws StoreException {
        Path source = file.toAbsolutePath().normalize();
        if (source.startsWith(sessions)) {
            return remembered(SessionFile.open(source));
        }
        String name = source.getFileName() == null ? "" : source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(EXTERNAL_SUFFIX) && !name.endsWith(SessionFile.SUFFIX)) {
            throw new StoreException(Problem.NOT_A_SESSION, source.toString());
        }
        if (!Files.isRegularFile(source)) {
            throw new StoreException(Problem.NOT_FOUND, source.toString());
        }
        Path copy = sessions.resolve(UUID.randomUUID() + SessionFile.SUFFIX);
        try {
            if (Files.size(source) == 0) {
                throw new StoreException(Problem.EMPTY_FILE, source.toString());
            }
            Files.createDirectories(sessions);
            Files.copy(source, copy);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, source.toString(), e);
        }
        try {
            return remembered(SessionFile.open(copy));
        } catch (StoreException e) {
            deleteWorkingCopy(copy);
            // name the user's file, not our private copy
            throw new StoreException(e.problem(), source.toString(), e);
        }
    }

    @Override
    public SessionFile openSample() throws StoreException {
        Path file = sessions.resolve(SAMPLE_FILE);
        if (Files.exists(file)) {
            return remembered(SessionFile.open(file));
        }
        UUID id = UUID.randomUUID();
        SessionFile session = SessionFile.create(file, id, replicaLabel());
        try {
            session.apply(new Action(Messages.get("ui.action.createSample"), sampleInfo().toEdits(id)));
        } catch (StoreException | RuntimeException e) {
            session.close();
            throw e;
        }
        return remembered(session);
    }

    /**
     * The demonstration session until the full sample (a JSON event-log export with agenda,
     * participants and results) can be imported: only the session's facts, marked as a sample.
     */
    static SessionInfo sampleInfo() {
        LocalDate day1 = LocalDate.of(2024, 6, 13);
        return new SessionInfo("Kabupaten Banggai (CONTOH)", "Sulawesi Tengah", Stage.I, day1, day1.plusDays(1),
                "Ruang Rapat Khusus Kantor Bupati Banggai, Luwuk",
                List.of("Tim Pelaksana Smart City Kabupaten Banggai"),
                List.of("Tenaga Ahli Gerakan Menuju Smart City"), true);
    }

    @Override
    public SessionFile openRecent(RecentSession recent) throws StoreException {
        return remembered(SessionFile.open(recent.file()));
    }

    private SessionFile remembered(SessionFile session) {
        remember(session);
        return session;
    }

    @Override
    public synchronized List<RecentSession> recent() {
        return readRecent().stream().filter(r -> Files.isRegularFile(r.file())).toList();
    }

    @Override
    public synchronized void remember(SessionFile session) {
        String region = Messages.get("ui.recent.untitled");
        String stage = "";
        var info = SessionInfo.from(session.state(), session.sessionId());
        if (info.isPresent()) {
            region = info.get().region();
            stage = info.get().stage().name();
        }
        Path file = session.file();
        List<RecentSession> list = new ArrayList<>();
        list.add(new RecentSession(file, region, stage, Instant.now()));
        readRecent().stream().filter(r -> !r.file().equals(file)).limit(RECENT_MAX - 1).forEach(list::add);
        writeRecent(list);
    }

    private List<RecentSession> readRecent() {
        if (!Files.isRegularFile(recentFile)) {
            return List.of();
        }
        List<RecentSession> list = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(recentFile, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    try {
                        list.add(new RecentSession(Path.of(f[0]), f[1], f[2], Instant.ofEpochMilli(Long.parseLong(f[3]))));
                    } catch (RuntimeException bad) {
                        // a damaged line only costs one entry of the list
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return list;
    }

    private void writeRecent(List<RecentSession> list) {
        StringBuilder out = new StringBuilder();
        for (RecentSession r : list) {
            out.append(r.file()).append('\t').append(oneLine(r.region())).append('\t').append(r.stage())
                    .append('\t').append(r.lastOpened().toEpochMilli()).append('\n');
        }
        try {
            Files.createDirectories(home);
            Path tmp = Files.createTempFile(home, "recent", ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            move(tmp, recentFile);
        } catch (IOException e) {
            // the recent list is a convenience: failing to write it must not fail opening a session
        }
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    @Override
    public Path saveAs(SessionFile session, Path target) throws StoreException {
        Path out = target.toAbsolutePath().normalize();
        String name = out.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(EXTERNAL_SUFFIX)) {
            out = out.resolveSibling(name + EXTERNAL_SUFFIX);
        }
        if (out.startsWith(sessions) || out.equals(session.file())) {
            throw new StoreException(Problem.BAD_PATH, out.toString());
        }
        // all edits go through the same single background thread as this call, so nothing writes
        // between the checkpoint and the end of the copy
        session.checkpoint();
        Path tmp = null;
        try {
            Files.createDirectories(out.getParent());
            tmp = Files.createTempFile(out.getParent(), "." + name, ".tmp");
            Files.copy(session.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
            move(tmp, out);
            return out;
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is named as such; the user's target is untouched
                }
            }
            throw new StoreException(Problem.IO, out.toString(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteWorkingCopy(Path copy) {
        String base = copy.toString().substring(0, copy.toString().length() - SessionFile.SUFFIX.length());
        for (String suffix : List.of(SessionFile.SUFFIX, ".trace.db", ".lock.db")) {
            try {
                Files.deleteIfExists(Path.of(base + suffix));
            } catch (IOException e) {
                // our own private copy; a leftover is harmless
            }
        }
    }

    private static String replicaLabel() {
        return System.getProperty("user.name", "Rembuk");
    }
}
