package id.rembuk.ui.shell;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.store.Problem;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.session.RecentSession;
import id.rembuk.ui.session.SessionService;
import id.rembuk.ui.task.TaskExecutor;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
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

    private SessionFile file;
    private int writing;
    private boolean editingOpenSession;

    public ShellViewModel(SessionService sessions, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.sessions = sessions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** What the state of a file looked like after some work, read off the UI thread. */
    private record Snapshot(SessionFile file, SessionState state, Optional<String> undo, Optional<String> redo) {
        static Snapshot of(SessionFile f) {
            return new Snapshot(f, f.state(), f.undoLabel(), f.redoLabel());
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
        executor.execute(sessions::recent, recent::setAll, dialogs::showFailure);
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
        if (file == null) {
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
            open(() -> sessions.createNew(result.get()));
        }
    }

    public void cancelForm() {
        closeForm();
    }

    private void closeForm() {
        form.set(null);
        editingOpenSession = false;
        screen.set(file == null ? Screen.WELCOME : Screen.SESSION);
    }

    public void showWelcome() {
        refreshRecent();
        form.set(null);
        editingOpenSession = false;
        screen.set(Screen.WELCOME);
    }

    /** Back from the welcome screen to the session still open behind it. */
    public void returnToSession() {
        if (file != null) {
            screen.set(Screen.SESSION);
        }
    }

    public void chooseAndOpen() {
        dialogs.chooseFileToOpen().ifPresent(this::openFile);
    }

    public void openFile(Path path) {
        open(() -> sessions.openFile(path));
    }

    public void openSample() {
        open(sessions::openSample);
    }

    public void openRecent(RecentSession r) {
        open(() -> sessions.openRecent(r));
    }

    private void open(Callable<SessionFile> opener) {
        busy.set(true);
        Screen screenAtStart = screen.get();
        SessionFormViewModel formAtStart = form.get();
        executor.execute(() -> Snapshot.of(opener.call()), snap -> {
            SessionFile old = file;
            file = snap.file();
            writing = 0;
            publish(snap);
            saveStatus.set(SaveStatus.SAVED);
            lastSaved.set(null);
            notice.set("");
            // the user may have moved on while the file opened (the sample opens at start-up):
            // never throw away a form they began meanwhile; the session waits behind it
            if (screen.get() == screenAtStart && form.get() == formAtStart) {
                form.set(null);
                editingOpenSession = false;
                screen.set(Screen.SESSION);
            }
            busy.set(false);
            if (old != null) {
                executor.execute(() -> {
                    old.close();
                    return null;
                }, done -> { }, dialogs::showFailure);
            }
            refreshRecent();
        }, failure -> {
            busy.set(false);
            dialogs.showFailure(failure);
        });
    }

    /** Writes only the facts that changed, as one undoable action. */
    public void saveInfo(SessionInfo changed) {
        if (file == null) {
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
        }
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
        SessionFile target = file;
        if (target == null) {
            return;
        }
        writing++;
        saveStatus.set(SaveStatus.SAVING);
        executor.execute(() -> {
            Optional<SessionInfo> before = SessionInfo.from(target.state(), target.sessionId());
            work.run(target);
            if (!before.equals(SessionInfo.from(target.state(), target.sessionId()))) {
                sessions.remember(target);
            }
            return Snapshot.of(target);
        }, snap -> finishWrite(target, snap), failure -> {
            finishWrite(target, Snapshot.of(target));
            dialogs.showFailure(failure);
        });
    }

    private void finishWrite(SessionFile target, Snapshot snap) {
        if (target != file) {
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
        UUID id = snap.file().sessionId();
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
        SessionFile target = file;
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
        SessionFile f = file;
        file = null;
        if (f != null) {
            executor.execute(() -> {
                f.close();
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
