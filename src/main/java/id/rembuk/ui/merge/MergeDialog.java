package id.rembuk.ui.merge;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.merge.MergeViewModel.Phase;
import id.rembuk.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The merge in a window of its own: the check, the question, the progress and the report. */
final class MergeDialog {
    private final MergeViewModel vm;
    private final Runnable showConflicts;
    private final Stage stage = new Stage();
    private final VBox list = new VBox(8);

    /** @param fontSize the text size the user chose for the app, in px */
    /** @param showConflicts opens the conflicts area of the main window */
    MergeDialog(MergeViewModel vm, Window owner, int fontSize, Runnable showConflicts) {
        this.vm = vm;
        this.showConflicts = showConflicts;
        Theme.modal(stage, owner, Messages.get("merge.title"), view(), fontSize, 860, 680);
        // a merge under way cannot be walked away from: closing asks it to stop, which it does before writing
        stage.setOnCloseRequest(e -> {
            if (vm.busy()) {
                e.consume();
                vm.cancel();
            }
        });
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private javafx.scene.Parent view() {
        Label heading = new Label();
        heading.setId("mergeHeading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(switch (vm.phaseProperty().get()) {
            case IDLE, CHECKING -> "merge.heading.checking";
            case PREVIEW -> "merge.heading.preview";
            case MERGING -> "merge.heading.merging";
            case DONE -> "merge.heading.done";
            case CANCELLED -> "merge.heading.cancelled";
            case FAILED -> "merge.heading.failed";
        }), vm.phaseProperty()));

        ProgressBar bar = new ProgressBar();
        bar.setId("mergeProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label progressText = new Label();
        progressText.setId("mergeProgressText");
        progressText.getStyleClass().add(Styles.TEXT_MUTED);
        progressText.textProperty().bind(vm.progressTextProperty());
        VBox progress = new VBox(6, bar, progressText);
        progress.visibleProperty().bind(Bindings.createBooleanBinding(vm::busy, vm.phaseProperty()));
        progress.managedProperty().bind(progress.visibleProperty());

        Label error = wrapped("mergeError", vm.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        Label cancelled = new Label(Messages.get("merge.cancelled"));
        cancelled.setId("mergeCancelled");
        cancelled.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.CANCELLED));
        cancelled.managedProperty().bind(cancelled.visibleProperty());

        list.setId("mergeRows");
        vm.rows().addListener((ListChangeListener<MergeRow>) c -> fill());
        fill();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setId("mergeScroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label summary = wrapped("mergeSummary", vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        Label backup = wrapped("mergeBackup", vm.backupProperty());
        backup.getStyleClass().add(Styles.TEXT_MUTED);
        backup.setGraphic(new FontIcon(Material2MZ.SAVE));

        Label totals = wrapped("mergeTotals", vm.totalsProperty());
        totals.getStyleClass().add(Styles.TEXT_MUTED);

        VBox root = new VBox(12, heading, totals, progress, error, cancelled, scroll, summary, backup, buttons());
        root.getStyleClass().add("page");
        root.setId("mergeDialog");
        return root;
    }

    private HBox buttons() {
        Button cancel = new Button(Messages.get("merge.button.cancel"));
        cancel.setId("mergeCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (vm.phaseProperty().get() == Phase.PREVIEW) {
                stage.close();
            }
            vm.cancel();
        });
        cancel.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.busy() || vm.phaseProperty().get() == Phase.PREVIEW, vm.phaseProperty()));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.busy() && !vm.canCancelProperty().get(), vm.phaseProperty(), vm.canCancelProperty()));

        Button merge = new Button(Messages.get("merge.button.merge"), new FontIcon(Material2OutlinedAL.CALL_MERGE));
        merge.setId("mergeConfirm");
        merge.getStyleClass().add(Styles.ACCENT);
        merge.setDefaultButton(true);
        merge.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.PREVIEW));
        merge.managedProperty().bind(merge.visibleProperty());
        merge.disableProperty().bind(vm.canMergeProperty().not());
        merge.setOnAction(e -> vm.merge());

        Button close = new Button(Messages.get("merge.button.close"));
        close.setId("mergeClose");
        close.visibleProperty().bind(Bindings.createBooleanBinding(() -> switch (vm.phaseProperty().get()) {
            case DONE, CANCELLED, FAILED -> true;
            default -> vm.phaseProperty().get() == Phase.PREVIEW && !vm.canMergeProperty().get();
        }, vm.phaseProperty(), vm.canMergeProperty()));
        close.managedProperty().bind(close.visibleProperty());
        close.setOnAction(e -> stage.close());
        // the button to press next takes Enter
        vm.phaseProperty().addListener((o, old, p) -> {
            close.setDefaultButton(p != Phase.PREVIEW || !vm.canMergeProperty().get());
            (p == Phase.PREVIEW && vm.canMergeProperty().get() ? merge : close).requestFocus();
        });

        // what the merge left for the facilitator to decide is one keypress away
        Button conflicts = new Button(null, new FontIcon(Material2MZ.MERGE_TYPE));
        conflicts.setId("mergeOpenConflicts");
        conflicts.getStyleClass().add(Styles.ACCENT);
        conflicts.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("merge.button.conflicts", vm.openConflictsProperty().get()), vm.openConflictsProperty()));
        conflicts.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.DONE)
                .and(vm.openConflictsProperty().greaterThan(0)));
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        conflicts.setOnAction(e -> {
            stage.close();
            showConflicts.run();
        });
        vm.phaseProperty().addListener((o, old, p) -> {
            if (p == Phase.DONE && vm.openConflictsProperty().get() > 0) {
                close.setDefaultButton(false);
                conflicts.setDefaultButton(true);
                conflicts.requestFocus();
            }
        });

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(10, gap, cancel, merge, close, conflicts);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private void fill() {
        list.getChildren().clear();
        for (int i = 0; i < vm.rows().size(); i++) {
            Node card = card(vm.rows().get(i));
            card.setId("mergeRow" + i);
            list.getChildren().add(card);
        }
    }

    private static Node card(MergeRow row) {
        Label name = new Label(row.name());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label outcome = new Label(row.outcome());
        outcome.getStyleClass().add("merge-outcome");
        outcome.setGraphic(new FontIcon(switch (row.status()) {
            case NEW -> Material2AL.CHECK_CIRCLE;
            case NOTHING_NEW -> Material2AL.DONE_ALL;
            case SKIPPED -> Material2MZ.SKIP_NEXT;
            case REFUSED -> Material2AL.BLOCK;
        }));
        outcome.getStyleClass().add(switch (row.status()) {
            case NEW -> Styles.SUCCESS;
            case NOTHING_NEW -> Styles.TEXT_MUTED;
            case SKIPPED -> Styles.WARNING;
            case REFUSED -> Styles.DANGER;
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, name, gap, outcome);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, top);
        for (String line : row.details()) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            if (line.equals(row.problem()) && row.status() == MergeRow.Status.REFUSED) {
                l.getStyleClass().add(Styles.DANGER);
            }
            card.getChildren().add(l);
        }
        card.getStyleClass().add("merge-file");
        card.setStyle("-fx-padding: 10 12; -fx-border-color: -color-border-default; -fx-border-radius: 6;"
                + " -fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
        return card;
    }

    private static Label wrapped(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
