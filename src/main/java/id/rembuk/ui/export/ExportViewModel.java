package id.rembuk.ui.export;

import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.export.DocumentWriter.Target;
import id.rembuk.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Ekspor dokumen…": the papers the room takes home, written into one folder in the background,
 * one document after another so the bar moves, from one snapshot of the session.
 */
public final class ExportViewModel {
    public enum Phase {
        CHOOSING, WRITING, DONE
    }

    /** One document to tick. */
    public static final class Choice {
        private final Target target;
        private final BooleanProperty selected;

        Choice(Target target) {
            this.target = target;
            this.selected = new SimpleBooleanProperty(target.ticked());
        }

        public Target target() {
            return target;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    /** What happened to one document. */
    public record Written(Target target, Path file, boolean ok, String message) {
    }

    private final ObservableValue<SessionState> state;
    private final Supplier<UUID> sessionId;
    private final Supplier<SessionInfo> info;
    private final DocumentWriter writer;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Optional<Path>> chooseFolder;
    private final Supplier<Optional<Path>> chooseLogo;
    private final Consumer<Path> openFolder;

    private final List<Choice> choices;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty organiser = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final IntegerProperty blankRows = new SimpleIntegerProperty(10);
    private final ObjectProperty<Path> logo = new SimpleObjectProperty<>();
    private final BooleanProperty contacts = new SimpleBooleanProperty(false);
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CHOOSING);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Written> written = FXCollections.observableArrayList();
    private final BooleanBinding canExport;

    /** Where the files go, what reads the session, and how the window asks and shows. */
    public record Services(DocumentWriter writer, TaskExecutor executor, DialogService dialogs,
                           Supplier<Optional<Path>> chooseFolder, Supplier<Optional<Path>> chooseLogo,
                           Consumer<Path> openFolder) {
    }

    public ExportViewModel(ObservableValue<SessionState> state, Supplier<UUID> sessionId, Supplier<SessionInfo> info,
                           Services services, Path defaultFolder) {
        this.state = state;
        this.sessionId = sessionId;
        this.info = info;
        this.writer = services.writer();
        this.executor = services.executor();
        this.dialogs = services.dialogs();
        this.chooseFolder = services.chooseFolder();
        this.chooseLogo = services.chooseLogo();
        this.openFolder = services.openFolder();
        this.choices = writer.targets().stream().map(Choice::new).toList();
        folder.set(defaultFolder);
        List<Observable> deps = new ArrayList<>(choices.stream().map(c -> (Observable) c.selectedProperty()).toList());
        deps.add(folder);
        deps.add(phase);
        canExport = Bindings.createBooleanBinding(() -> phase.get() == Phase.CHOOSING && folder.get() != null
                && choices.stream().anyMatch(c -> c.selectedProperty().get()), deps.toArray(Observable[]::new));
    }

    public List<Choice> choices() {
        return choices;
    }

    public void chooseFolder() {
        chooseFolder.get().ifPresent(folder::set);
    }

    public void chooseLogo() {
        chooseLogo.get().ifPresent(logo::set);
    }

    /** "Daftar-Hadir-Kabupaten-Banggai-Tahap-I.pdf": the document, the region and the stage. */
    public String fileName(Target t) {
        SessionInfo i = info.get();
        String region = i == null ? "" : i.region().replace("(CONTOH)", "");
        String stage = i == null ? "" : "Tahap-" + i.stage().name();
        String name = String.join("-", t.stem(), region, stage)
                .replaceAll("[\\\\/:*?\"<>|;()\\[\\]]", " ").trim().replaceAll("\\s+", "-");
        return name.replaceAll("-{2,}", "-").replaceAll("-$", "") + "." + t.extension();
    }

    /** Writes the ticked documents; files already there are replaced only when the user agrees. */
    public void export() {
        SessionState snapshot = state.getValue();
        if (!canExport.get() || snapshot == null) {
            return;
        }
        DocumentWriter.Request request = new DocumentWriter.Request(snapshot, sessionId.get(), options());
        Path dir = folder.get();
        List<Target> chosen = choices.stream().filter(c -> c.selectedProperty().get()).map(Choice::target).toList();
        List<Path> targets = chosen.stream().map(t -> dir.resolve(fileName(t))).toList();
        phase.set(Phase.WRITING);
        progress.set(-1);
        progressText.set(Messages.get("export.progress.checking"));
        written.clear();
        executor.execute(() -> {
            Files.createDirectories(dir);
            return targets.stream().filter(Files::exists).toList();
        }, existing -> afterCheck(request, chosen, targets, existing), failure -> {
            phase.set(Phase.CHOOSING);
            progressText.set("");
            dialogs.showError(Messages.get("export.title"), ExportMessages.of(failure, dir.resolve("x")));
        });
    }

    private DocumentWriter.Options options() {
        return new DocumentWriter.Options(organiser.get(), number.get(), Math.max(0, Math.min(500, blankRows.get())),
                Optional.ofNullable(logo.get()), contacts.get());
    }

    private void afterCheck(DocumentWriter.Request request, List<Target> chosen, List<Path> targets,
                            List<Path> existing) {
        boolean replace = existing.isEmpty() || dialogs.confirm(Messages.get("export.existsTitle"),
                Messages.get("export.exists", existing.stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.joining("\n"))),
                Messages.get("export.replace"), Messages.get("export.keep"));
        List<Target> todo = new ArrayList<>();
        List<Path> where = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            if (replace || !existing.contains(targets.get(i))) {
                todo.add(chosen.get(i));
                where.add(targets.get(i));
            } else {
                written.add(new Written(chosen.get(i), targets.get(i), false, Messages.get("export.kept")));
            }
        }
        next(request, todo, where, 0);
    }

    private void next(DocumentWriter.Request request, List<Target> todo, List<Path> where, int i) {
        if (i == todo.size()) {
            finish();
            return;
        }
        Target t = todo.get(i);
        Path out = where.get(i);
        progress.set((double) i / todo.size());
        progressText.set(Messages.get("export.progress.writing", t.label(), i + 1, todo.size()));
        executor.execute(() -> {
            writer.write(t, request, out);
            return out;
        }, file -> {
            written.add(new Written(t, file, true, file.getFileName().toString()));
            next(request, todo, where, i + 1);
        }, failure -> {
            written.add(new Written(t, out, false, ExportMessages.of(failure, out)));
            next(request, todo, where, i + 1);
        });
    }

    private void finish() {
        long ok = written.stream().filter(Written::ok).count();
        progress.set(1);
        progressText.set("");
        summary.set(ok == written.size() ? Messages.get("export.summary", ok, folder.get())
                : Messages.get("export.summaryPartial", ok, written.size(), folder.get()));
        phase.set(Phase.DONE);
    }

    /** Shows the folder in the desktop's file manager. */
    public void openFolder() {
        if (folder.get() != null) {
            openFolder.accept(folder.get());
        }
    }

    /** Back to the choices, for another set of documents. */
    public void again() {
        if (phase.get() == Phase.DONE) {
            written.clear();
            summary.set("");
            progress.set(0);
            phase.set(Phase.CHOOSING);
        }
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty organiserProperty() {
        return organiser;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public IntegerProperty blankRowsProperty() {
        return blankRows;
    }

    public ObjectProperty<Path> logoProperty() {
        return logo;
    }

    public BooleanProperty contactsProperty() {
        return contacts;
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
