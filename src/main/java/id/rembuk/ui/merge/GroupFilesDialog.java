package id.rembuk.ui.merge;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Labels;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.merge.GroupFilesViewModel.Phase;
import id.rembuk.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** "Siapkan berkas kelompok…": a folder, the groups (all ticked), then the files and what became of each. */
final class GroupFilesDialog {
    private final GroupFilesViewModel vm;
    private final ObservableValue<SessionState> state;
    private final Stage stage = new Stage();

    GroupFilesDialog(GroupFilesViewModel vm, ObservableValue<SessionState> state, Window owner, int fontSize) {
        this.vm = vm;
        this.state = state;
        Theme.modal(stage, owner, Messages.get("merge.group.title"), view(), fontSize, 760, 600);
        stage.setOnCloseRequest(e -> {
            if (vm.phaseProperty().get() == Phase.WRITING) {
                e.consume();
            }
        });
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
    }

    private javafx.scene.Parent view() {
        Label heading = new Label(Messages.get("merge.group.title"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(Messages.get("merge.group.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        Label folderLabel = new Label(Messages.get("merge.group.folder"));
        folderLabel.getStyleClass().add(Styles.TEXT_BOLD);
        Label folder = new Label();
        folder.setId("groupFolder");
        folder.setWrapText(true);
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.folderProperty().get() == null
                ? Messages.get("merge.group.noFolder") : vm.folderProperty().get().toString(), vm.folderProperty()));
        Button choose = new Button(Messages.get("merge.group.chooseFolder"), new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        choose.setId("groupChooseFolder");
        choose.setMnemonicParsing(false);
        choose.setOnAction(e -> vm.chooseFolder());
        choose.disableProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.CHOOSING));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        // a long path has no spaces to wrap at: it gives way, whole on hover
        id.rembuk.ui.FullText.onHover(folder);
        folder.setMinWidth(0);
        HBox folderRow = new HBox(10, choose, folder);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        Label groupsLabel = new Label(Messages.get("merge.group.groups"));
        groupsLabel.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane groups = new GridPane();
        groups.setHgap(16);
        groups.setVgap(6);
        int row = 0;
        for (GroupFilesViewModel.Choice c : vm.choices()) {
            CheckBox box = new CheckBox();
            box.setId("group-" + c.code());
            box.selectedProperty().bindBidirectional(c.selectedProperty());
            box.disableProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.CHOOSING));
            box.textProperty().bind(Bindings.createStringBinding(() -> c.code() + " · "
                    + (state.getValue() == null ? c.dimension().defaultLabel()
                    : Labels.of(state.getValue()).dimension(c.dimension(), Messages.locale())), state));
            box.setMnemonicParsing(false);
            Label file = new Label();
            file.getStyleClass().add(Styles.TEXT_MUTED);
            file.textProperty().bind(Bindings.createStringBinding(() -> vm.fileName(c), state));
            groups.addRow(row++, box, file);
        }

        ProgressBar bar = new ProgressBar();
        bar.setId("groupProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label progressText = new Label();
        progressText.getStyleClass().add(Styles.TEXT_MUTED);
        progressText.textProperty().bind(vm.progressTextProperty());
        VBox progress = new VBox(6, bar, progressText);
        progress.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.WRITING));
        progress.managedProperty().bind(progress.visibleProperty());

        VBox results = new VBox(4);
        results.setId("groupResults");
        vm.written().addListener((ListChangeListener<GroupFilesViewModel.Written>) c ->
                results.getChildren().setAll(vm.written().stream().map(GroupFilesDialog::result).toList()));
        Label summary = new Label();
        summary.setId("groupSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(vm.summaryProperty());
        VBox done = new VBox(8, summary, results);
        done.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.DONE));
        done.managedProperty().bind(done.visibleProperty());

        Button write = new Button(Messages.get("merge.group.write"), new FontIcon(Material2AL.CREATE_NEW_FOLDER));
        write.setId("groupWrite");
        write.getStyleClass().add(Styles.ACCENT);
        write.setDefaultButton(true);
        write.disableProperty().bind(vm.canWriteProperty().not());
        write.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.DONE));
        write.managedProperty().bind(write.visibleProperty());
        write.setOnAction(e -> vm.write());
        Button close = new Button(Messages.get("merge.group.close"));
        close.setId("groupClose");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.phaseProperty().isEqualTo(Phase.WRITING));
        close.setOnAction(e -> stage.close());
        vm.phaseProperty().addListener((o, old, p) -> {
            close.setDefaultButton(p == Phase.DONE);
            if (p == Phase.DONE) {
                close.requestFocus();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, gap, close, write);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // six result lines after writing, at a large text size, are taller than the window: they
        // scroll, the buttons stay in view
        VBox body = new VBox(12, folderLabel, folderRow, groupsLabel, groups, progress, done);
        body.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = id.rembuk.ui.FitScroll.around(body, false, "dialog-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox root = new VBox(12, heading, intro, scroll, buttons);
        root.getStyleClass().add("page");
        root.setId("groupFilesDialog");
        return root;
    }

    private static Node result(GroupFilesViewModel.Written w) {
        Label l = new Label(w.code() + " — " + w.message(),
                new FontIcon(w.ok() ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR_OUTLINE));
        l.setWrapText(true);
        l.getStyleClass().add(w.ok() ? Styles.SUCCESS : Styles.WARNING);
        return l;
    }
}
