package id.rembuk.ui.importing;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.participants.Choices;
import id.rembuk.participants.Decision;
import id.rembuk.participants.ImportException;
import id.rembuk.participants.ImportPlan;
import id.rembuk.participants.ImportPreview;
import id.rembuk.participants.RowPreview;
import id.rembuk.participants.RowProblem;
import id.rembuk.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The preview of a participant list before anything is saved: every row with what it would
 * become and what is wrong with it, the choices for duplicates and bad values, and the one
 * action that imports what the facilitator accepted. Reading the file happens off the FX thread.
 */
public final class ImportViewModel {
    /** One line of the preview table. */
    public record Line(int row, String name, String institution, String status, String problems, boolean error) {
    }

    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;
    private final TaskExecutor executor;
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<Decision> duplicates = new SimpleObjectProperty<>(Decision.SKIP);
    private final BooleanProperty dropBadValues = new SimpleBooleanProperty();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty importLabel = new SimpleStringProperty("");
    private final BooleanProperty canImport = new SimpleBooleanProperty();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();

    public ImportViewModel(ObservableValue<SessionState> state, Consumer<Action> apply, TaskExecutor executor) {
        this.state = state;
        this.apply = apply;
        this.executor = executor;
        duplicates.addListener((o, old, d) -> replan());
        dropBadValues.addListener((o, old, d) -> replan());
        preview.addListener((o, old, p) -> replan());
    }

    /** Reads the list; the user's file is only read, never changed. */
    public void read(Path file) {
        SessionState s = state.getValue();
        if (s == null) {
            return;
        }
        reading.set(true);
        error.set("");
        executor.execute(() -> ImportPreview.read(file, s), p -> {
            reading.set(false);
            preview.set(p);
        }, failure -> {
            reading.set(false);
            preview.set(null);
            error.set(failure instanceof ImportException e ? e.userMessage() : Messages.get("participants.ui.unreadable"));
        });
    }

    private Choices choices() {
        Choices c = Choices.defaults().withDuplicates(duplicates.get());
        return dropBadValues.get() ? c.withBadFieldsDropped() : c;
    }

    private void replan() {
        ImportPreview p = preview.get();
        if (p == null) {
            lines.clear();
            source.set("");
            summary.set("");
            canImport.set(false);
            importLabel.set(Messages.get("participants.ui.import", 0));
            return;
        }
        ImportPreview.Source src = p.source();
        source.set(Messages.get("participants.ui.source", src.fileName(), src.headerRow(),
                src.encoding() == null ? "" : src.encoding(), src.delimiter() == null ? "" : src.delimiter()));
        ImportPlan plan = p.plan(choices());
        summary.set(Messages.get("participants.ui.summary", plan.added().size(), plan.updated().size(),
                plan.skipped().size(), p.counts().withErrors(), p.counts().duplicatesOfExisting()));
        lines.setAll(p.rows().stream().map(this::line).toList());
        int changes = plan.added().size() + plan.updated().size();
        canImport.set(changes > 0);
        importLabel.set(Messages.get("participants.ui.import", changes));
    }

    private Line line(RowPreview r) {
        String name = r.participant().map(x -> x.name()).orElse("");
        String institution = r.participant().map(x -> x.institution()).orElse("");
        String status = Messages.get(r.hasErrors() ? "participants.ui.status.error"
                : r.isDuplicateOfExisting() ? "participants.ui.status.duplicate"
                : r.hasWarnings() ? "participants.ui.status.warning" : "participants.ui.status.ok");
        String problems = r.problems().stream().map(RowProblem::message).collect(Collectors.joining(" "));
        if (r.isDuplicateOfExisting()) {
            String match = r.existing().stream().map(m -> m.participant().name() + " (" + Messages.get(m.reason().messageKey()) + ")")
                    .collect(Collectors.joining(", "));
            problems = problems.isEmpty() ? Messages.get("participants.ui.sameAs", match)
                    : problems + " " + Messages.get("participants.ui.sameAs", match);
        }
        return new Line(r.row(), name, institution, status, problems, r.hasErrors() && !r.importable(dropBadValues.get()));
    }

    /** Imports what the preview shows as one action (one Ctrl+Z takes it back). */
    public void importNow() {
        ImportPreview p = preview.get();
        if (p == null) {
            return;
        }
        Optional<Action> action = p.plan(choices()).action();
        action.ifPresent(apply);
        done.set(true);
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ObjectProperty<Decision> duplicatesProperty() {
        return duplicates;
    }

    public BooleanProperty dropBadValuesProperty() {
        return dropBadValues;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Why the file could not be read, in the user's language; empty when it could. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty importLabelProperty() {
        return importLabel;
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading;
    }

    /** The import was made; the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    static List<Decision> decisions() {
        return List.of(Decision.SKIP, Decision.ADD, Decision.UPDATE_EXISTING);
    }
}
