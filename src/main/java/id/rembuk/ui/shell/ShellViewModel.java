package id.rembuk.ui.shell;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.store.Backup;
import id.rembuk.store.IntegrityReport;
import id.rembuk.store.Problem;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import id.rembuk.store.WorkingSession;
import id.rembuk.ui.UiFormat;
import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.session.DamagedSessionException;
import id.rembuk.ui.session.RecentSession;
import id.rembuk.ui.session.SessionService;
import id.rembuk.ui.task.TaskExecutor;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: which screen shows, the open session and its state, undo and redo,
 * whether everything is saved. The only shell class that calls the session service; every call
 * goes through the {@link TaskExecutor} and its result is published on the UI thread.
 */
public final class ShellViewModel {
    private final SessionService sessions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.WELCOME);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty busyMessageKey = new SimpleStringProperty(BUSY_OPENING);
    private final ObjectProperty<SessionState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> sessionId = new SimpleObjectProperty<>();
    private final ObjectProperty<SessionInfo> info = new SimpleObjectProperty<>();
    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final StringProperty redoLabel = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final ObjectProperty<SaveStatus> saveStatus = new SimpleObjectProperty<>(SaveStatus.NO_SESSION);
    private final ObjectProperty<LocalTime> lastSaved = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    /** The notice as a recipe, so a language switch can say it again in the new language. */
    private Supplier<String> noticeText = () -> "";
    private final ObjectProperty<SessionFormViewModel> form = new SimpleObjectProperty<>();
    private final ObservableList<RecentSession> recent = FXCollections.observableArrayList();

    static final String BUSY_OPENING = "ui.busy";
    static final String BUSY_SAVING = "ui.busy.saving";

    /** The open session; closed only through {@link WorkingSession#close()}, which records a clean exit. */
    private WorkingSession session;
    /**
     * The session an open brought before its result reached the UI thread. Written by the worker,
     * read by the closing task queued after it: on exit the result may never be delivered, and a
     * session not closed counts as a crash at the next start.
     */
    private volatile WorkingSession openedInBackground;
    /** One open at a time: each needs to know which session is open when it starts (to reuse or close it). */
    private boolean opening;
    private final java.util.ArrayDeque<Runnable> waitingOpens = new java.util.ArrayDeque<>();
    private int writing;
    private boolean editingOpenSession;
    /** The session the edit form was opened for: its facts must never be written into another one. */
    private WorkingSession editedSession;
    /** A create asked for by the form and not settled: a second press of the default button must not make another. */
    private boolean creating;
    /** Open and save-as run side by side: the overlay stays until both are done. */
    private int busyOpening;
    private int busySaving;
    private boolean closed;

    private final ObjectProperty<Map<UUID, String>> replicas = new SimpleObjectProperty<>(Map.of());
    private final StringProperty groupCopy = new SimpleStringProperty();
    private Consumer<String> groupFileOpened = code -> { };

    public ShellViewModel(SessionService sessions, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.sessions = sessions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** What the state of a file looked like after some work, read off the UI thread. */
    private record Snapshot(WorkingSession session, SessionState state, Optional<String> undo, Optional<String> redo,
                            Map<UUID, String> replicas, String group) {
        /** Reads the replica table and the group mark: off the FX thread only. */
        static Snapshot of(WorkingSession w) throws StoreException {
            return of(w, Map.copyOf(w.file().replicas()), w.file().group().orElse(null));
        }

        /** Without touching the disk, keeping the replica names and group known so far. */
        static Snapshot of(WorkingSession w, Map<UUID, String> replicas, String group) {
            SessionFile f = w.file();
            return new Snapshot(w, f.state(), f.undoLabel(), f.redoLabel(), replicas, group);
        }
    }

    /** Opens what the command line names: nothing opens the sample, one path opens that file. */
    public void start(List<String> args) {
        refreshRecent();
        if (args.isEmpty()) {
            openSample();
        } else {
            try {
                openFile(Path.of(args.get(0)));
            } catch (InvalidPathException e) {
                dialogs.showFailure(new StoreException(Problem.BAD_PATH, args.get(0), e));
            }
        }
    }

    public void refreshRecent() {
        executor.execute(sessions::recent, list -> recent.setAll(withOpenFacts(list)), dialogs::showFailure);
    }

    /**
     * The library notes a session's region and stage when it opens it: the entry of the open
     * session shows the facts as they are now, after edits.
     */
    private List<RecentSession> withOpenFacts(List<RecentSession> list) {
        WorkingSession open = session;
        SessionInfo now = info.get();
        if (open == null || now == null) {
            return list;
        }
        Path file = open.file().file();
        return list.stream().map(r -> r.file().equals(file) ? r.withFacts(now.region(), now.stage().name()) : r)
                .toList();
    }

    public void newSession() {
        if (held()) {
            return;
        }
        if (screen.get() == Screen.SESSION_FORM && !editingOpenSession) {
            return; // already on the new-session form: keep what was typed
        }
        form.set(SessionFormViewModel.forNewSession(LocalDate.now(clock)));
        editingOpenSession = false;
        editedSession = null;
        screen.set(Screen.SESSION_FORM);
    }

    /** Edits the facts of the open session in the same form. */
    public void editSessionInfo() {
        if (held()) {
            return;
        }
        if (session == null) {
            return;
        }
        editingOpenSession = true;
        editedSession = session;
        form.set(info.get() == null ? SessionFormViewModel.forNewSession(LocalDate.now(clock))
                : SessionFormViewModel.forEditing(info.get()));
        screen.set(Screen.SESSION_FORM);
    }

    /** Creates the session, or saves the edited facts, when the form is complete. */
    public void submitForm() {
        SessionFormViewModel f = form.get();
        if (f == null || creating) {
            return;
        }
        if (editingOpenSession && editedSession != session) {
            dropStaleEditForm();
            return;
        }
        Optional<SessionInfo> result = f.finish();
        if (result.isEmpty()) {
            return;
        }
        if (editingOpenSession) {
            saveInfo(result.get());
            closeForm();
        } else {
            creating = true;
            open(current -> sessions.create(result.get()), null, () -> creating = false);
        }
    }

    /** The edit form belongs to a session that is no longer open: writing it would put those facts into another. */
    private void dropStaleEditForm() {
        closeForm();
        setNotice(() -> Messages.get("ui.notice.editFormDropped"));
    }

    public void cancelForm() {
        closeForm();
    }

    private void closeForm() {
        editingOpenSession = false;
        editedSession = null;
        form.set(null);
        screen.set(session == null ? Screen.WELCOME : Screen.SESSION);
    }

    public void showWelcome() {
        if (held()) {
            return;
        }
        refreshRecent();
        editingOpenSession = false;
        editedSession = null;
        form.set(null);
        screen.set(Screen.WELCOME);
    }

    /** A group laptop stays on its breakout screen until the facilitator leaves it: no other screen opens. */
    private boolean held() {
        return screen.get() == Screen.BREAKOUT;
    }

    /** One group's breakout screen fills the window (a group laptop, or the laptop passed round). */
    public void showBreakout() {
        if (session != null) {
            form.set(null);
            editingOpenSession = false;
            editedSession = null;
            screen.set(Screen.BREAKOUT);
        }
    }

    public void leaveBreakout() {
        if (screen.get() == Screen.BREAKOUT) {
            screen.set(session == null ? Screen.WELCOME : Screen.SESSION);
        }
    }

    /** The working file of the open session, for a lock that must reopen it after a restart. */
    public Optional<Path> openFile() {
        WorkingSession s = session;
        return s == null ? Optional.empty() : Optional.of(s.file().file());
    }

    /** Back from the welcome screen to the session still open behind it. */
    public void returnToSession() {
        if (session != null) {
            screen.set(Screen.SESSION);
        }
    }

    public void chooseAndOpen() {
        if (held()) {
            return;
        }
        dialogs.chooseFileToOpen().ifPresent(this::openFile);
    }

    /** A working file, a {@code .rembuk} from elsewhere or a {@code .json} export (both become a new working copy). */
    public void openFile(Path path) {
        if (held()) {
            return;
        }
        open(current -> isOpen(current, path) ? current : sessions.open(path));
    }

    /**
     * The sample: imported once into a working copy, then reopened from there, so what the user
     * changed in it is still there next time.
     */
    public void openSample() {
        if (held()) {
            return;
        }
        open(current -> {
            Path now = current == null ? null : current.file().file();
            Optional<Path> copy = sessions.sampleCopy(now);
            if (copy.isPresent()) {
                return copy.get().equals(now) ? current : sessions.open(copy.get());
            }
            return sessions.importSample();
        });
    }

    public void openRecent(RecentSession r) {
        if (held()) {
            return;
        }
        openFile(r.file());
    }

    private static boolean isOpen(WorkingSession current, Path path) {
        return current != null && current.file().file().equals(path.toAbsolutePath().normalize());
    }

    /** Opens a session given the one open now (which it may hand back when asked for that same file). */
    private interface Opener {
        WorkingSession open(WorkingSession current) throws Exception;
    }

    private void open(Opener opener) {
        open(opener, null, () -> { });
    }

    /**
     * @param doneNotice what to say once open, or null for the usual notice
     * @param settled    runs once this open succeeded or failed (or will never run: the app closes)
     */
    private void open(Opener opener, Supplier<String> doneNotice, Runnable settled) {
        if (closed) {
            settled.run();
            return;
        }
        if (opening) {
            waitingOpens.add(() -> open(opener, doneNotice, settled));
            return;
        }
        opening = true;
        busyOpening++;
        updateBusy();
        Screen screenAtStart = screen.get();
        SessionFormViewModel formAtStart = form.get();
        WorkingSession current = session;
        executor.execute(() -> {
            WorkingSession opened = opener.open(current);
            openedInBackground = opened;
            try {
                return Snapshot.of(opened);
            } catch (Exception | Error e) {
                if (opened != current) {
                    openedInBackground = null;
                    opened.close();
                }
                throw e;
            }
        }, snap -> {
            WorkingSession old = session;
            try {
                if (!closed) {
                    adopt(snap, doneNotice, screenAtStart, formAtStart);
                }
            } finally {
                if (!closed) {
                    // after close() the closing task takes care of it, whether or not this ran
                    openedInBackground = null;
                }
                busyOpening--;
                updateBusy();
                opening = false;
                if (old != null && old != session) {
                    closeLater(old);
                }
                settled.run();
                if (!closed) {
                    refreshRecent();
                    openNextWaiting();
                }
            }
        }, failure -> {
            busyOpening--;
            updateBusy();
            opening = false;
            settled.run();
            if (closed) {
                return;
            }
            try {
                Optional<DamagedSessionException> damaged = damaged(failure);
                if (damaged.isPresent()) {
                    offerRestore(damaged.get());
                } else {
                    dialogs.showFailure(failure);
                }
            } finally {
                openNextWaiting();
            }
        });
    }

    private void adopt(Snapshot snap, Supplier<String> doneNotice, Screen screenAtStart,
                       SessionFormViewModel formAtStart) {
        if (snap.session() != session) {
            session = snap.session();
            writing = 0;
            saveStatus.set(SaveStatus.SAVED);
            lastSaved.set(null);
            WorkingSession opened = snap.session();
            setNotice(doneNotice != null ? doneNotice : () -> afterOpenNotice(opened));
            publish(snap);
        }
        // the user may have moved on while the file opened (the sample opens at start-up):
        // never throw away a form they began meanwhile; the session waits behind it
        if (screen.get() == screenAtStart && form.get() == formAtStart) {
            editingOpenSession = false;
            editedSession = null;
            form.set(null);
            screen.set(Screen.SESSION);
            if (snap.group() != null && screen.get() == Screen.SESSION) {
                groupFileOpened.accept(snap.group());
            }
        } else if (editingOpenSession && editedSession != session) {
            dropStaleEditForm();
        }
    }

    private void closeLater(WorkingSession w) {
        executor.execute(() -> {
            w.close();
            return null;
        }, done -> { }, dialogs::showFailure);
    }

    private void updateBusy() {
        busyMessageKey.set(busyOpening > 0 || busySaving == 0 ? BUSY_OPENING : BUSY_SAVING);
        busy.set(busyOpening + busySaving > 0);
    }

    /** A line in the status bar from a feature ("Templat disimpan: …"), kept across a language switch. */
    public void notice(Supplier<String> text) {
        setNotice(text);
    }

    private void setNotice(Supplier<String> text) {
        noticeText = text;
        notice.set(text.get());
    }

    /** Says again in the new language what the shell shows as text. */
    public void languageChanged() {
        notice.set(noticeText.get());
        refreshRecent();
    }

    private void openNextWaiting() {
        Runnable next = waitingOpens.poll();
        if (next != null) {
            next.run();
        }
    }

    /** After a crash the library has verified the file before opening it: say so, without stopping the user. */
    private static String afterOpenNotice(WorkingSession w) {
        if (!w.uncleanExit()) {
            return "";
        }
        List<String> problems = w.verifyReport().map(IntegrityReport::problems).orElse(List.of());
        return problems.isEmpty() ? Messages.get("ui.notice.uncleanExit")
                : Messages.get("ui.notice.uncleanProblems", String.join("; ", problems));
    }

    private static Optional<DamagedSessionException> damaged(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DamagedSessionException d) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** A damaged working file with verified backups: offer the newest; declining explains what is wrong. */
    private void offerRestore(DamagedSessionException damaged) {
        Backup newest = damaged.backups().get(0);
        String when = backupTime(newest);
        String count = NumberFormat.getIntegerInstance(Messages.locale()).format(newest.changeCount());
        boolean restore = dialogs.confirm(Messages.get("ui.restore.title"),
                Messages.get("ui.restore.question", when, count),
                Messages.get("ui.restore.yes"), Messages.get("ui.restore.no"));
        if (restore) {
            open(current -> sessions.restore(damaged.file(), newest),
                    () -> Messages.get("ui.notice.restored", backupTime(newest)), () -> { });
        } else {
            dialogs.showFailure(damaged.storeFailure());
        }
    }

    /** "pukul 14.05" today, with the day when the backup is older. */
    private String backupTime(Backup b) {
        ZonedDateTime taken = b.taken().atZone(clock.getZone());
        String time = UiFormat.time(taken.toLocalTime());
        return taken.toLocalDate().equals(LocalDate.now(clock)) ? Messages.get("ui.restore.whenToday", time)
                : Messages.get("ui.restore.whenDay", UiFormat.day(taken.toLocalDate()), time);
    }

    /** Writes only the facts that changed, as one undoable action. */
    public void saveInfo(SessionInfo changed) {
        if (session == null) {
            return;
        }
        SessionState current = state.get();
        String id = sessionId.get().toString();
        List<Edit> edits = changed.toEdits(sessionId.get()).stream()
                .filter(e -> !Objects.equals(current.get(EntityKind.SESSION.code(), id)
                        .flatMap(s -> s.get(e.field())).orElse(null), e.value()))
                .toList();
        if (!edits.isEmpty()) {
            apply(new Action(Messages.get("ui.action.editSession"), edits));
            checkpoint();
        }
    }

    /**
     * A milestone (the session's facts settled, the end of an agenda block): the file is forced to
     * disk, its manifest written and, when the last is old enough, a verified backup made.
     */
    public void checkpoint() {
        WorkingSession target = session;
        if (target == null) {
            return;
        }
        executor.execute(() -> {
            target.checkpoint();
            return null;
        }, done -> { }, dialogs::showFailure);
    }

    /** Commits one user action to the open session. */
    public void apply(Action action) {
        write(f -> {
            f.apply(action);
            return f;
        });
    }

    public void undo() {
        if (canUndo.get()) {
            write(f -> {
                f.undo();
                return f;
            });
        }
    }

    public void redo() {
        if (canRedo.get()) {
            write(f -> {
                f.redo();
                return f;
            });
        }
    }

    private interface FileWork {
        SessionFile run(SessionFile f) throws Exception;
    }

    private void write(FileWork work) {
        WorkingSession target = session;
        if (target == null) {
            return;
        }
        writing++;
        saveStatus.set(SaveStatus.SAVING);
        executor.execute(() -> {
            work.run(target.file());
            return Snapshot.of(target);
        }, snap -> finishWrite(target, snap), failure -> {
            finishWrite(target, Snapshot.of(target, replicas.get(), groupCopy.get()));
            dialogs.showFailure(failure);
        });
    }

    private void finishWrite(WorkingSession target, Snapshot snap) {
        if (target != session) {
            return;
        }
        writing--;
        SessionInfo before = info.get();
        try {
            publish(snap);
            if (!Objects.equals(before, info.get())) {
                refreshRecent();
            }
        } finally {
            if (writing == 0) {
                saveStatus.set(SaveStatus.SAVED);
                lastSaved.set(LocalTime.now(clock));
            }
        }
    }

    private void publish(Snapshot snap) {
        UUID id = snap.session().file().sessionId();
        sessionId.set(id);
        state.set(snap.state());
        info.set(infoOf(snap.state(), id));
        undoLabel.set(snap.undo().orElse(""));
        redoLabel.set(snap.redo().orElse(""));
        canUndo.set(snap.undo().isPresent());
        canRedo.set(snap.redo().isPresent());
        if (!snap.replicas().equals(replicas.get())) {
            replicas.set(snap.replicas());
        }
        groupCopy.set(snap.group());
    }

    /** The group the open file was prepared for ({@code GOV}…), null for the master or a plain copy. */
    public ReadOnlyStringProperty groupCopyProperty() {
        return groupCopy;
    }

    /**
     * Told the group when a group's file has just opened and the session screen was about to show,
     * so the laptop can go straight to that group's screen.
     */
    public void onGroupFileOpened(Consumer<String> handler) {
        groupFileOpened = Objects.requireNonNull(handler);
    }

    /** Work on the open session's working file, such as a merge or the group files. */
    @FunctionalInterface
    public interface SessionWork<T> {
        T run(WorkingSession session) throws Exception;
    }

    /**
     * Runs {@code work} on the open session in the background, in order with the edits, then
     * publishes the session's state again (a merge brings edits, conflicts and laptops) before
     * {@code done} hears the result. False, and nothing runs, when no session is open.
     */
    public <T> boolean onSession(SessionWork<T> work, Consumer<? super T> done,
                                 Consumer<? super Throwable> failed) {
        WorkingSession target = session;
        if (target == null) {
            return false;
        }
        record Result<R>(R value, Snapshot snap) {
        }
        executor.execute(() -> {
            T value = work.run(target);
            return new Result<>(value, Snapshot.of(target));
        }, r -> {
            if (target == session) {
                publish(r.snap());
            }
            done.accept(r.value());
        }, failure -> {
            if (target == session) {
                publish(Snapshot.of(target, replicas.get(), groupCopy.get()));
            }
            failed.accept(failure);
        });
        return true;
    }

    /** The laptops that wrote the session's edits, by replica id, for provenance ("Kelompok GOV · Laptop …"). */
    public ReadOnlyObjectProperty<Map<UUID, String>> replicasProperty() {
        return replicas;
    }

    /**
     * The session's facts, or null when there are none or they cannot be read: merged edits from
     * several laptops can leave them contradictory (the last day before the first); the session
     * still opens and shows what it holds, and the facts can be edited again.
     */
    static SessionInfo infoOf(SessionState state, UUID id) {
        try {
            return SessionInfo.from(state, id).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Saves a copy of the open session where the user chooses. */
    public void saveAs() {
        if (held()) {
            return;
        }
        WorkingSession target = session;
        if (target == null) {
            return;
        }
        dialogs.chooseFileToSave(suggestedFileName()).ifPresent(path -> {
            // the dialog runs a nested event loop: another session may have opened meanwhile, and
            // this one been closed; the user chose a place for the session they were looking at
            if (session != target) {
                setNotice(() -> Messages.get("ui.notice.saveAsDropped"));
                return;
            }
            busySaving++;
            updateBusy();
            executor.execute(() -> sessions.saveAs(target, path), saved -> {
                busySaving--;
                updateBusy();
                setNotice(() -> Messages.get("ui.notice.savedAs", saved.getFileName()));
            }, failure -> {
                busySaving--;
                updateBusy();
                dialogs.showFailure(failure);
            });
        });
    }

    String suggestedFileName() {
        SessionInfo i = info.get();
        String name = i == null ? Messages.get("ui.saveAs.untitled")
                : Messages.get("ui.saveAs.suggested", i.region(), i.stage().name());
        return name.replaceAll("[\\\\/:*?\"<>|;]", "_") + ".rembuk";
    }

    /**
     * Closes the open session, and one an open still under way brings; the app calls this on exit
     * and then waits for the executor. Work is done in order, so the closing task runs after that
     * open's work, whose result may never reach the UI thread.
     */
    public void close() {
        closed = true;
        waitingOpens.clear();
        WorkingSession w = session;
        session = null;
        executor.execute(() -> {
            try {
                WorkingSession inFlight = openedInBackground;
                if (inFlight != null) {
                    inFlight.close();
                }
            } finally {
                if (w != null) {
                    w.close();
                }
            }
            return null;
        }, done -> { }, failure -> { });
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The bundle key of what the overlay says: opening wins, as the session shown is about to change. */
    public ReadOnlyStringProperty busyMessageKeyProperty() {
        return busyMessageKey;
    }

    public ReadOnlyObjectProperty<SessionState> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<UUID> sessionIdProperty() {
        return sessionId;
    }

    public ReadOnlyObjectProperty<SessionInfo> infoProperty() {
        return info;
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyObjectProperty<SaveStatus> saveStatusProperty() {
        return saveStatus;
    }

    public ReadOnlyObjectProperty<LocalTime> lastSavedProperty() {
        return lastSaved;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyObjectProperty<SessionFormViewModel> formProperty() {
        return form;
    }

    public ObservableList<RecentSession> recent() {
        return recent;
    }
}
