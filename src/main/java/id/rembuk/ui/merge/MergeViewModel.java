package id.rembuk.ui.merge;

import id.rembuk.i18n.Messages;
import id.rembuk.merge.MergeReport;
import id.rembuk.merge.MergeReport.FileReport;
import id.rembuk.merge.MergeReport.Outcome;
import id.rembuk.merge.Merger;
import id.rembuk.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
 * Merging files from the groups' laptops: a dry run first shows what each file brings, a file of
 * another session is asked about, then the merge runs in the background (after a backup) with a
 * progress bar that can be cancelled until writing starts, and the report says what came in.
 */
public final class MergeViewModel {
    public enum Phase {
        /** Nothing asked yet. */
        IDLE,
        /** The dry run reads and checks the files. */
        CHECKING,
        /** The dry run's report, waiting for the user to merge or cancel. */
        PREVIEW,
        /** The merge runs. */
        MERGING,
        /** The merge is in; the report shows what came from each file. */
        DONE,
        /** Cancelled before anything was written. */
        CANCELLED,
        /** The session could not be merged into; {@link #errorProperty()} says why. */
        FAILED
    }

    private final MergeRunner runner;
    private final DialogService dialogs;
    private final Executor ui;

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
    private final ObservableList<MergeRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty backup = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanProperty canMerge = new SimpleBooleanProperty(false);
    private final javafx.beans.property.IntegerProperty openConflicts = new javafx.beans.property.SimpleIntegerProperty();
    private final BooleanProperty canCancel = new SimpleBooleanProperty(false);

    private List<Path> files = List.of();
    /** Files of another session the user chose to leave out. */
    private final Map<Path, FileReport> skipped = new java.util.LinkedHashMap<>();
    private boolean acceptOtherSession;
    private volatile boolean cancelRequested;
    private MergeReport lastReport;

    /** @param ui runs progress updates on the UI thread ({@code Platform::runLater}; at once in tests) */
    public MergeViewModel(MergeRunner runner, DialogService dialogs, Executor ui) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.ui = ui;
    }

    /** Checks the files (a dry run); nothing changes until {@link #merge()}. */
    public void start(List<Path> chosen) {
        if (busy() || chosen.isEmpty()) {
            return;
        }
        // the same file chosen twice (or dropped with its copy) is one file
        Set<Path> unique = new LinkedHashSet<>();
        chosen.forEach(p -> unique.add(p.toAbsolutePath().normalize()));
        files = List.copyOf(unique);
        skipped.clear();
        acceptOtherSession = false;
        rows.clear();
        totals.set("");
        summary.set("");
        backup.set("");
        error.set("");
        enter(Phase.CHECKING);
        run(files, Merger.Options.DRY_RUN, this::checked);
    }

    private void checked(MergeReport report) {
        List<FileReport> other = report.files().stream().filter(f -> f.outcome() == Outcome.OTHER_SESSION).toList();
        if (other.isEmpty()) {
            preview(report);
            return;
        }
        for (FileReport f : other) {
            boolean merge = dialogs.confirm(Messages.get("merge.other.title"),
                    Messages.get("merge.other.question", f.file().getFileName()),
                    Messages.get("merge.other.yes"), Messages.get("merge.other.no"));
            if (merge) {
                acceptOtherSession = true;
            } else {
                skipped.put(f.file(), f);
            }
        }
        if (!acceptOtherSession) {
            preview(report);
            return;
        }
        // what the accepted files bring was not worked out yet: check again with them in
        run(toMerge(), new Merger.Options(true, true), this::preview);
    }

    private void preview(MergeReport report) {
        lastReport = report;
        show(report);
        int opened = report.conflictsAfter() - report.conflictsBefore();
        // a laptop's file may also settle conflicts: the count then does not grow
        summary.set(report.added() == 0 ? Messages.get("merge.summary.nothing")
                : Messages.get(opened > 0 ? "merge.summary.preview" : "merge.summary.previewCalm",
                        MergeRow.number(report.added()), MergeRow.number(mergedFiles(report)),
                        MergeRow.number(opened)));
        canMerge.set(report.added() > 0);
        enter(Phase.PREVIEW);
    }

    /** Merges what the dry run showed; the session is backed up first. */
    public void merge() {
        if (phase.get() != Phase.PREVIEW || !canMerge.get()) {
            return;
        }
        canMerge.set(false);
        enter(Phase.MERGING);
        run(toMerge(), new Merger.Options(false, acceptOtherSession), this::merged);
    }

    private void merged(MergeReport report) {
        lastReport = report;
        show(report);
        summary.set(report.added() == 0 ? Messages.get("merge.summary.nothing")
                : Messages.get("merge.summary.done", MergeRow.number(report.added()),
                        MergeRow.number(mergedFiles(report)), MergeRow.number(report.conflictsAfter())));
        backup.set(report.backup().map(p -> Messages.get("merge.backup", p)).orElse(""));
        openConflicts.set(report.conflictsAfter());
        enter(Phase.DONE);
    }

    /** Stops the check or the merge before anything is written; in the preview, drops it. */
    public void cancel() {
        switch (phase.get()) {
            case CHECKING, MERGING -> {
                if (canCancel.get()) {
                    cancelRequested = true;
                    canCancel.set(false);
                    progressText.set(Messages.get("merge.progress.cancelling"));
                }
            }
            case PREVIEW -> enter(Phase.CANCELLED);
            default -> {
            }
        }
    }

    private List<Path> toMerge() {
        return files.stream().filter(f -> !skipped.containsKey(f)).toList();
    }

    private void run(List<Path> which, Merger.Options options, java.util.function.Consumer<MergeReport> next) {
        cancelRequested = false;
        canCancel.set(true);
        progress.set(-1);
        progressText.set(Messages.get(options.dryRun() ? "merge.progress.checking" : "merge.progress.starting"));
        boolean started = runner.run(which, options, new Progress(which.size()), report -> {
            canCancel.set(false);
            next.accept(report);
        }, this::failed);
        if (!started) {
            canCancel.set(false);
            error.set(Messages.get("merge.error.noSession"));
            enter(Phase.FAILED);
        }
    }

    private void failed(Throwable failure) {
        canCancel.set(false);
        if (failure instanceof CancellationException) {
            enter(Phase.CANCELLED);
            return;
        }
        error.set(UserMessages.of(failure));
        enter(Phase.FAILED);
    }

    /** Told by the merge on its own thread; published on the UI thread. */
    private final class Progress implements Merger.Progress {
        private final int fileCount;

        Progress(int fileCount) {
            this.fileCount = fileCount;
        }

        @Override
        public void update(int done, int total, Path file) {
            ui.execute(() -> {
                progress.set(total == 0 ? -1 : (double) done / total);
                if (file != null) {
                    progressText.set(Messages.get("merge.progress.reading", file.getFileName(),
                            MergeRow.number(done + 1L), MergeRow.number(fileCount)));
                } else if (done < total && phase.get() == Phase.MERGING) {
                    // past the last point where a cancel can stop it: backup and writing
                    canCancel.set(false);
                    progressText.set(Messages.get("merge.progress.writing"));
                } else if (done < total) {
                    progressText.set(Messages.get("merge.progress.planning"));
                }
            });
        }

        @Override
        public boolean cancelled() {
            return cancelRequested;
        }
    }

    private void show(MergeReport report) {
        List<MergeRow> list = new ArrayList<>();
        Map<Path, FileReport> reported = report.files().stream()
                .collect(Collectors.toMap(FileReport::file, Function.identity(), (a, b) -> a));
        for (Path f : files) {
            FileReport r = reported.get(f);
            if (r != null) {
                list.add(MergeRow.of(r, report.dryRun()));
            } else if (skipped.containsKey(f)) {
                list.add(MergeRow.skipped(skipped.get(f)));
            }
        }
        rows.setAll(list);
        totals.set(Messages.get("merge.totals", MergeRow.number(list.size()), count(list, MergeRow.Status.NEW),
                count(list, MergeRow.Status.NOTHING_NEW), count(list, MergeRow.Status.REFUSED),
                count(list, MergeRow.Status.SKIPPED)));
    }

    private static String count(List<MergeRow> list, MergeRow.Status status) {
        return MergeRow.number(list.stream().filter(r -> r.status() == status).count());
    }

    private static long mergedFiles(MergeReport report) {
        return report.files().stream().filter(f -> f.outcome() == Outcome.MERGED).count();
    }

    private void enter(Phase p) {
        if (p != Phase.CHECKING && p != Phase.MERGING) {
            progress.set(p == Phase.DONE ? 1 : 0);
            progressText.set("");
        }
        phase.set(p);
    }

    /** A check or merge is under way: another must wait. */
    public boolean busy() {
        return phase.get() == Phase.CHECKING || phase.get() == Phase.MERGING;
    }

    /** The report behind the rows: of the dry run in the preview, of the merge once done. */
    public MergeReport report() {
        return lastReport;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObservableList<MergeRow> rows() {
        return rows;
    }

    /** How many files brought something, nothing, were refused or skipped. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals;
    }

    /** Conflicts open once the merge is done (0 before): the window then offers to go to them. */
    public javafx.beans.property.ReadOnlyIntegerProperty openConflictsProperty() {
        return openConflicts;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Where the session was saved before the merge, once done. */
    public ReadOnlyStringProperty backupProperty() {
        return backup;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** 0 to 1, or negative while the length is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    public ReadOnlyBooleanProperty canMergeProperty() {
        return canMerge;
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel;
    }
}
