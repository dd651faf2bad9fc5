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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
    private final ObjectProperty<SessionFormViewModel> form = new SimpleObjectProperty<>();
    private final ObservableList<RecentSession> recent = FXCollections.observableArrayList();

    /** The open session; closed only through {@link WorkingSession#close()}, which records a clean exit. */
    private WorkingSession session;
    /** One open at a time: each needs to know which session is open when it starts (to reuse or close it). */
    private boolean opening;
    private final java.util.ArrayDeque<Runnable> waitingOpens = new java.util.ArrayDeque<>();
    private int writing;
    private boolean editingOpenSession;

    public ShellViewModel(SessionService sessions, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.sessions = sessions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** What the state of a file looked like after some work, read off the UI thread. */
    private record Snapshot(WorkingSession session, SessionState state, Optional<String> undo, Optional<String> redo) {
        static Snapshot of(WorkingSession w) {
            SessionFile f = w.file();
            return new Snapshot(w, f.state(), f.undoLabel(), f.redoLabel());
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
        if (screen.get() == Screen.SESSION_FORM && !editingOpenSession) {
            return; // already on the new-session form: keep what was typed
        }
        form.set(SessionFormViewModel.forNewSession(LocalDate.now(clock)));
        editingOpenSession = false;
        screen.set(Screen.SESSION_FORM);
    }

    /** Edits the facts of the open session in the same form. */
    public void editSessionInfo() {
        if (session == null) {
            return;
        }
        form.set(info.get() == null ? SessionFormViewModel.forNewSession(LocalDate.now(clock))
                : SessionFormViewModel.forEditing(info.get()));
        editingOpenSession = true;
        screen.set(Screen.SESSION_FORM);
    }

    /** Creates the session, or saves the edited facts, when the form is complete. */
    public void submitForm() {
        SessionFormViewModel f = form.get();
        if (f == null) {
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
            open(current -> sessions.create(result.get()));
        }
    }

    public void cancelForm() {
        closeForm();
    }

    private void closeForm() {
        form.set(null);
        editingOpenSession = false;
        screen.set(session == null ? Screen.WELCOME : Screen.SESSION);
    }

    public void showWelcome() {
        refreshRecent();
        form.set(null);
        editingOpenSession = false;
        screen.set(Screen.WELCOME);
    }

    /** Back from the welcome screen to the session still open behind it. */
    public void returnToSession() {
        if (session != null) {
            screen.set(Screen.SESSION);
        }
    }

    public void chooseAndOpen() {
        dialogs.chooseFileToOpen().ifPresent(this::openFile);
    }

    /** A working file, a {@code .rembuk} from elsewhere or a {@code .json} export (both become a new working copy). */
    public void openFile(Path path) {
        open(current -> isOpen(current, path) ? current : sessions.open(path));
    }

    /**
     * The sample: imported once into a working copy, then reopened from there, so what the user
     * changed in it is still there next time.
     */
    public void openSample() {
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
        open(opener, null);
    }

    private void open(Opener opener, String doneNotice) {
        if (opening) {
            waitingOpens.add(() -> open(opener, doneNotice));
            return;
        }
        opening = true;
        busy.set(true);
        Screen screenAtStart = screen.get();
        SessionFormViewModel formAtStart = form.get();
        WorkingSession current = session;
        executor.execute(() -> Snapshot.of(opener.open(current)), snap -> {
            WorkingSession old = session;
            if (snap.session() != old) {
                session = snap.session();
                writing = 0;
                publish(snap);
                saveStatus.set(SaveStatus.SAVED);
                lastSaved.set(null);
                notice.set(doneNotice != null ? doneNotice : afterOpenNotice(snap.session()));
            }
            // the user may have moved on while the file opened (the sample opens at start-up):
            // never throw away a form they began meanwhile; the session waits behind it
            if (screen.get() == screenAtStart && form.get() == formAtStart) {
                form.set(null);
                editingOpenSession = false;
                screen.set(Screen.SESSION);
            }
            busy.set(false);
            if (old != null && old != session) {
                executor.execute(() -> {
                    old.close();
                    return null;
                }, done -> { }, dialogs::showFailure);
            }
            refreshRecent();
            opening = false;
            openNextWaiting();
        }, failure -> {
            busy.set(false);
            opening = false;
            Optional<DamagedSessionException> damaged = damaged(failure);
            if (damaged.isPresent()) {
                offerRestore(damaged.get());
            } else {
                dialogs.showFailure(failure);
            }
            openNextWaiting();
        });
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
            open(current -> sessions.restore(damaged.file(), newest), Messages.get("ui.notice.restored", when));
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
            finishWrite(target, Snapshot.of(target));
            dialogs.showFailure(failure);
        });
    }

    private void finishWrite(WorkingSession target, Snapshot snap) {
        if (target != session) {
            return;
        }
        writing--;
        SessionInfo before = info.get();
        publish(snap);
        if (!Objects.equals(before, info.get())) {
            refreshRecent();
        }
        if (writing == 0) {
            saveStatus.set(SaveStatus.SAVED);
            lastSaved.set(LocalTime.now(clock));
        }
    }

    private void publish(Snapshot snap) {
        UUID id = snap.session().file().sessionId();
        sessionId.set(id);
        state.set(snap.state());
        info.set(SessionInfo.from(snap.state(), id).orElse(null));
        undoLabel.set(snap.undo().orElse(""));
        redoLabel.set(snap.redo().orElse(""));
        canUndo.set(snap.undo().isPresent());
        canRedo.set(snap.redo().isPresent());
    }

    /** Saves a copy of the open session where the user chooses. */
    public void saveAs() {
        WorkingSession target = session;
        if (target == null) {
            return;
        }
        String suggested = Optional.ofNullable(info.get()).map(i -> i.region() + " Tahap " + i.stage().name())
                .orElse("sesi").replaceAll("[\\\\/:*?\"<>|;]", "_") + ".rembuk";
        dialogs.chooseFileToSave(suggested).ifPresent(path -> {
            busy.set(true);
            executor.execute(() -> sessions.saveAs(target, path), saved -> {
                busy.set(false);
                notice.set(Messages.get("ui.notice.savedAs", saved.getFileName()));
            }, failure -> {
                busy.set(false);
                dialogs.showFailure(failure);
            });
        });
    }

    /** Closes the open session; the app calls this on exit and then waits for the executor. */
    public void close() {
        WorkingSession w = session;
        session = null;
        if (w != null) {
            executor.execute(() -> {
                w.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
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
