package id.rembuk.ui.export;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.export.ExportViewModel.Phase;
import id.rembuk.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
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

/** The export window: tick documents, set the kop and the folder, write them, open the folder. */
final class ExportDialog {
    private final ExportViewModel vm;
    private final Stage stage = new Stage();
    private final VBox results = new VBox(6);

    ExportDialog(ExportViewModel vm, Window owner, int fontSize) {
        this.vm = vm;
        Theme.modal(stage, owner, Messages.get("export.title"), view(), fontSize, 820, 660);
        stage.setOnCloseRequest(e -> {
            // a half-written document is never left behind, but the list of what was written would be
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
        stage.toFront();
    }

    private javafx.scene.Parent view() {
        Label heading = new Label(Messages.get("export.title"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label intro = wrapped(Messages.get("export.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        // the folder before the kop: where the files go matters on every export, the kop rarely changes
        VBox choosing = new VBox(12, section("export.documents"), documents(), section("export.folder"), folderRow(),
                section("export.kop"), options());
        choosing.managedProperty().bind(choosing.visibleProperty());
        choosing.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.CHOOSING));
        ScrollPane scroll = new ScrollPane(choosing);
        scroll.setFitToWidth(true);
        scroll.managedProperty().bind(scroll.visibleProperty());
        scroll.visibleProperty().bind(choosing.visibleProperty());
        VBox.setVgrow(scroll, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(vm.progressTextProperty());
        VBox progress = new VBox(6, bar, progressText);
        progress.managedProperty().bind(progress.visibleProperty());
        progress.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.WRITING));

        Label summary = new Label();
        summary.setId("exportSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(vm.summaryProperty());
        ScrollPane done = new ScrollPane(results);
        done.setFitToWidth(true);
        VBox.setVgrow(done, Priority.ALWAYS);
        VBox finished = new VBox(10, summary, done);
        VBox.setVgrow(finished, Priority.ALWAYS);
        finished.managedProperty().bind(finished.visibleProperty());
        finished.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.CHOOSING));
        vm.written().addListener((javafx.collections.ListChangeListener<ExportViewModel.Written>) c -> fillResults());

        VBox root = new VBox(12, heading, intro, scroll, progress, finished, buttons());
        root.getStyleClass().add("page");
        root.setId("exportDialog");
        return root;
    }

    private static Label section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Node documents() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (ExportViewModel.Choice c : vm.choices()) {
            CheckBox box = new CheckBox(c.target().label());
            box.setId("export-" + c.target().id());
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(c.selectedProperty());
            box.setMinWidth(Region.USE_PREF_SIZE);
            // the file name gives way in a narrow window (a long region's name, English labels);
            // the whole name stays one hover away
            Label file = id.rembuk.ui.FullText.onHover(new Label(vm.fileName(c.target())));
            file.getStyleClass().add(Styles.TEXT_MUTED);
            file.setMinWidth(0);
            grid.addRow(row++, box, file);
        }
        return grid;
    }

    private Node options() {
        TextField organiser = new TextField();
        organiser.setId("exportOrganiser");
        organiser.setPromptText(Messages.get("export.organiser.prompt"));
        organiser.textProperty().bindBidirectional(vm.organiserProperty());
        TextField number = new TextField();
        number.setId("exportNumber");
        number.setPromptText(Messages.get("export.number.prompt"));
        number.textProperty().bindBidirectional(vm.numberProperty());
        Spinner<Integer> blank = new Spinner<>(0, 100, vm.blankRowsProperty().get());
        blank.setId("exportBlankRows");
        blank.setEditable(true);
        blank.setPrefWidth(110);
        blank.valueProperty().addListener((o, x, v) -> vm.blankRowsProperty().set(v == null ? 0 : v));

        Label logo = new Label();
        logo.setId("exportLogo");
        logo.getStyleClass().add(Styles.TEXT_MUTED);
        logo.textProperty().bind(Bindings.createStringBinding(() -> vm.logoProperty().get() == null
                ? Messages.get("export.logo.none") : vm.logoProperty().get().getFileName().toString(), vm.logoProperty()));
        Button pick = new Button(Messages.get("export.logo.choose"), new FontIcon(Material2OutlinedAL.IMAGE));
        pick.setId("exportChooseLogo");
        pick.setOnAction(e -> vm.chooseLogo());
        Button clear = new Button(Messages.get("export.logo.clear"));
        clear.setId("exportClearLogo");
        clear.visibleProperty().bind(vm.logoProperty().isNotNull());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> vm.logoProperty().set(null));
        HBox logoRow = new HBox(10, pick, logo, clear);
        logoRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox contacts = new CheckBox(Messages.get("export.contacts"));
        contacts.setId("exportContacts");
        contacts.setWrapText(true);
        contacts.selectedProperty().bindBidirectional(vm.contactsProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, labelFor("export.organiser", organiser), organiser);
        grid.addRow(1, labelFor("export.number", number), number);
        grid.addRow(2, labelFor("export.blankRows", blank), blank);
        grid.addRow(3, new Label(Messages.get("export.logo")), logoRow);
        grid.add(contacts, 0, 4, 2, 1);
        GridPane.setHgrow(organiser, Priority.ALWAYS);
        return grid;
    }

    private static Label labelFor(String key, Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Node folderRow() {
        Label folder = new Label();
        folder.setId("exportFolder");
        folder.setWrapText(true);
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.folderProperty().get() == null
                ? Messages.get("export.folder.none") : vm.folderProperty().get().toString(), vm.folderProperty()));
        Button choose = new Button(Messages.get("export.folder.choose"), new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        choose.setId("exportChooseFolder");
        choose.setOnAction(e -> vm.chooseFolder());
        HBox row = new HBox(10, choose, folder);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void fillResults() {
        results.getChildren().clear();
        for (ExportViewModel.Written w : vm.written()) {
            Label name = new Label(w.target().label());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setGraphic(new FontIcon(w.ok() ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR_OUTLINE));
            name.getStyleClass().add(w.ok() ? Styles.SUCCESS : Styles.DANGER);
            Label detail = wrapped(w.message());
            if (!w.ok()) {
                detail.getStyleClass().add(Styles.DANGER);
            }
            VBox card = new VBox(2, name, detail);
            card.getStyleClass().add("export-file");
            results.getChildren().add(card);
        }
    }

    private HBox buttons() {
        Button cancel = new Button(Messages.get("export.cancel"));
        cancel.setId("exportCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        cancel.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.CHOOSING));
        cancel.managedProperty().bind(cancel.visibleProperty());

        Button export = new Button(Messages.get("export.write"), new FontIcon(org.kordamp.ikonli.material2.Material2OutlinedMZ.SAVE_ALT));
        export.setId("exportWrite");
        export.getStyleClass().add(Styles.ACCENT);
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.canExportProperty().not());
        export.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.CHOOSING));
        export.managedProperty().bind(export.visibleProperty());
        export.setOnAction(e -> vm.export());

        Button open = new Button(Messages.get("export.openFolder"), new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        open.setId("exportOpenFolder");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> vm.openFolder());
        Button close = new Button(Messages.get("export.close"));
        close.setId("exportClose");
        close.setOnAction(e -> stage.close());
        for (Button b : new Button[] {open, close}) {
            b.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.DONE));
            b.managedProperty().bind(b.visibleProperty());
        }
        vm.phaseProperty().addListener((o, old, p) -> {
            if (p == Phase.DONE) {
                close.setCancelButton(true);
                open.setDefaultButton(true);
                open.requestFocus();
            }
        });

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(10, gap, cancel, export, close, open);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }
}
