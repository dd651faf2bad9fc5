package id.rembuk.ui.merge;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.SessionInfo;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.session.SessionService;
import id.rembuk.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Siapkan berkas kelompok…": one session file per chosen group, written into one folder, each
 * under its group's own replica and marked to open on the group's screen.
 */
public final class GroupFilesViewModel {
    public enum Phase {
        CHOOSING, WRITING, DONE
    }

    /** One group to write a file for. */
    public static final class Choice {
        private final Dimension dimension;
        private final BooleanProperty selected = new SimpleBooleanProperty(true);

        Choice(Dimension dimension) {
            this.dimension = dimension;
        }

        public Dimension dimension() {
            return dimension;
        }

        public String code() {
            return dimension.code();
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    /** What happened to one group's file. */
    public record Written(String code, Path file, boolean ok, String message) {
    }

    private final ShellViewModel shell;
    private final SessionService sessions;
    private final DialogService dialogs;
    private final Supplier<java.util.Optional<Path>> chooseFolder;

    private final List<Choice> choices = Arrays.stream(Dimension.values()).map(Choice::new).toList();
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CHOOSING);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Written> written = FXCollections.observableArrayList();
    private final BooleanBinding canWrite;

    public GroupFilesViewModel(ShellViewModel shell, SessionService sessions, DialogService dialogs,
                               Supplier<java.util.Optional<Path>> chooseFolder) {
        this.shell = shell;
        this.sessions = sessions;
        this.dialogs = dialogs;
        this.chooseFolder = chooseFolder;
        javafx.beans.Observable[] deps = new javafx.beans.Observable[choices.size() + 2];
        for (int i = 0; i < choices.size(); i++) {
            deps[i] = choices.get(i).selectedProperty();
        }
        deps[choices.size()] = folder;
        deps[choices.size() + 1] = phase;
        canWrite = Bindings.createBooleanBinding(() -> phase.get() == Phase.CHOOSING && folder.get() != null
                && choices.stream().anyMatch(c -> c.selectedProperty().get()), deps);
    }

    public List<Choice> choices() {
        return choices;
    }

    public void chooseFolder() {
        chooseFolder.get().ifPresent(folder::set);
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The file a group's laptop gets: "Kabupaten-Banggai-Tahap-III-GOV.rembuk". */
    public String fileName(Choice c) {
        SessionInfo info = shell.infoProperty().get();
        String region = info == null ? Messages.get("merge.group.untitled") : info.region();
        String stage = info == null ? "" : info.stage().name();
        String name = Messages.get("merge.group.fileName", region, stage, c.code())
                .replaceAll("[\\\\/:*?\"<>|;()\\[\\]]", " ").trim().replaceAll("\\s+", "-");
        return name.replaceAll("-{2,}", "-") + ".rembuk";
    }

    /** Writes the chosen groups' files; a file already there is replaced only when the user agrees. */
    public void write() {
        if (!canWrite.get()) {
            return;
        }
        Path dir = folder.get();
        List<Choice> chosen = choices.stream().filter(c -> c.selectedProperty().get()).toList();
        List<Path> targets = chosen.stream().map(c -> dir.resolve(fileName(c))).toList();
        phase.set(Phase.WRITING);
        progress.set(-1);
        progressText.set(Messages.get("merge.group.checking"));
        written.clear();
        // whether the files exist is a look at the disk: in the background with the rest
        boolean started = shell.onSession(w -> targets.stream().filter(Files::exists).toList(),
                existing -> afterCheck(chosen, targets, existing), this::failedToStart);
        if (!started) {
            failedToStart(null);
        }
    }

    private void failedToStart(Throwable failure) {
        phase.set(Phase.CHOOSING);
        progressText.set("");
        dialogs.showError(Messages.get("merge.group.title"),
                failure == null ? Messages.get("merge.error.noSession") : UserMessages.of(failure));
    }

    private void afterCheck(List<Choice> chosen, List<Path> targets, List<Path> existing) {
        List<Choice> todo = new ArrayList<>();
        List<Path> where = new ArrayList<>();
        boolean replace = existing.isEmpty() || dialogs.confirm(Messages.get("merge.group.existsTitle"),
                Messages.get("merge.group.exists", existing.stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.joining("\n"))),
                Messages.get("merge.group.replace"), Messages.get("merge.group.keep"));
        for (int i = 0; i < chosen.size(); i++) {
            if (replace || !existing.contains(targets.get(i))) {
                todo.add(chosen.get(i));
                where.add(targets.get(i));
            } else {
                written.add(new Written(chosen.get(i).code(), targets.get(i), false, Messages.get("merge.group.kept")));
            }
        }
        next(todo, where, 0);
    }

    /** One file at a time, each its own background step, so the bar moves and an edit may slip in between. */
    private void next(List<Choice> todo, List<Path> where, int i) {
        if (i == todo.size()) {
            finish();
            return;
        }
        Choice c = todo.get(i);
        progress.set((double) i / todo.size());
        progressText.set(Messages.get("merge.group.writing", c.code(), MergeRow.number(i + 1L),
                MergeRow.number(todo.size())));
        boolean started = shell.onSession(w -> sessions.saveGroupCopy(w, c.code(), where.get(i)), file -> {
            written.add(new Written(c.code(), file, true, Messages.get("merge.group.written", file.getFileName())));
            next(todo, where, i + 1);
        }, failure -> {
            written.add(new Written(c.code(), where.get(i), false, UserMessages.of(failure)));
            next(todo, where, i + 1);
        });
        if (!started) {
            written.add(new Written(c.code(), where.get(i), false, Messages.get("merge.error.noSession")));
            next(todo, where, i + 1);
        }
    }

    private void finish() {
        // kept files were noted before the others were written: list them all in the groups' order
        written.sort(java.util.Comparator.comparingInt(w -> Dimension.valueOf(w.code()).ordinal()));
        long ok = written.stream().filter(Written::ok).count();
        progress.set(1);
        progressText.set("");
        summary.set(Messages.get("merge.group.summary", MergeRow.number(ok), folder.get()));
        phase.set(Phase.DONE);
        shell.notice(() -> Messages.get("merge.group.notice", MergeRow.number(ok)));
    }

    public BooleanBinding canWriteProperty() {
        return canWrite;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<Written> written() {
        return written;
    }
}
