package id.rembuk.ui.importing;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.participants.Decision;
import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.task.TaskExecutor;
import id.rembuk.ui.theme.Theme;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/** "Impor dari Excel/CSV…": choose a list, see every row and its problems, then import what is accepted. */
public final class ImportDialog {
    private final ShellViewModel shell;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    public ImportDialog(ShellViewModel shell, TaskExecutor executor, DialogService dialogs) {
        this.shell = shell;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Asks for the file, then shows its preview in a window of its own. */
    public void start() {
        dialogs.chooseSpreadsheet().ifPresent(this::open);
    }

    public Stage open(Path file) {
        ImportViewModel vm = new ImportViewModel(shell.stateProperty(), shell::apply, executor);
        Stage stage = new Stage();
        stage.initModality(Modality.APPLICATION_MODAL);
        // owned by the window it was asked from, so focus goes back there when it closes
        javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst()
                .ifPresent(stage::initOwner);
        stage.setTitle(Messages.get("participants.ui.title", file.getFileName()));
        Scene scene = new Scene(view(vm, stage), 1100, 640);
        Theme.style(scene);
        stage.setScene(scene);
        vm.doneProperty().addListener((o, old, d) -> stage.close());
        stage.show();
        vm.read(file);
        return stage;
    }

    private static Region view(ImportViewModel vm, Stage stage) {
        Label title = new Label(Messages.get("participants.ui.heading"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label source = new Label();
        source.setId("importSource");
        source.getStyleClass().add(Styles.TEXT_MUTED);
        source.textProperty().bind(vm.sourceProperty());
        Label error = new Label();
        error.setId("importError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ProgressIndicator reading = new ProgressIndicator();
        reading.setMaxSize(28, 28);
        reading.visibleProperty().bind(vm.readingProperty());
        reading.managedProperty().bind(reading.visibleProperty());

        ComboBox<Decision> duplicates = new ComboBox<>();
        duplicates.setId("importDuplicates");
        duplicates.getItems().setAll(ImportViewModel.decisions());
        duplicates.valueProperty().bindBidirectional(vm.duplicatesProperty());
        duplicates.setConverter(new StringConverter<>() {
            @Override
            public String toString(Decision d) {
                return d == null ? "" : Messages.get(d.messageKey());
            }

            @Override
            public Decision fromString(String s) {
                return null;
            }
        });
        Label dupLabel = new Label(Messages.get("participants.ui.duplicates"));
        CheckBox drop = new CheckBox(Messages.get("participants.ui.dropBad"));
        drop.setId("importDropBad");
        drop.selectedProperty().bindBidirectional(vm.dropBadValuesProperty());
        dupLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox dupRow = new HBox(12, dupLabel, duplicates);
        dupRow.setAlignment(Pos.CENTER_LEFT);
        drop.setWrapText(true);
        VBox options = new VBox(8, dupRow, drop);

        Label summary = new Label();
        summary.setId("importSummary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(vm.summaryProperty());

        TableView<ImportViewModel.Line> table = new TableView<>(vm.lines());
        table.setId("importRows");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("participants.ui.col.row", 60, l -> Integer.toString(l.row())));
        table.getColumns().add(column("participants.ui.col.name", 230, ImportViewModel.Line::name));
        table.getColumns().add(column("participants.ui.col.institution", 200, ImportViewModel.Line::institution));
        table.getColumns().add(column("participants.ui.col.status", 110, ImportViewModel.Line::status));
        TableColumn<ImportViewModel.Line, String> problems = column("participants.ui.col.problems", 400,
                ImportViewModel.Line::problems);
        problems.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        table.getColumns().add(problems);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportViewModel.Line item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("import-row-error");
                if (!empty && item != null && item.error()) {
                    getStyleClass().add("import-row-error");
                }
            }
        });
        Label placeholder = new Label(Messages.get("participants.ui.empty"));
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        // a row's notes in full under the table: a cell only shows the first line
        Label details = new Label();
        details.setId("importDetails");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add("import-details");
        table.getSelectionModel().selectedItemProperty().addListener((o, old, line) -> details.setText(
                line == null || line.problems().isEmpty() ? ""
                        : Messages.get("participants.ui.rowDetails", line.row(), line.problems())));
        details.visibleProperty().bind(details.textProperty().isNotEmpty());
        details.managedProperty().bind(details.visibleProperty());
        table.getItems().addListener((javafx.collections.ListChangeListener<ImportViewModel.Line>) c -> {
            // the first row with something to say is shown at once
            table.getItems().stream().filter(l -> !l.problems().isEmpty()).findFirst()
                    .ifPresent(l -> table.getSelectionModel().select(l));
        });

        Button cancel = new Button(Messages.get("participants.ui.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button ok = new Button();
        ok.setId("importOk");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.setDefaultButton(true);
        ok.textProperty().bind(vm.importLabelProperty());
        ok.disableProperty().bind(vm.canImportProperty().not());
        ok.setOnAction(e -> vm.importNow());
        HBox buttons = new HBox(10, summary, new Region(), cancel, ok);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, new HBox(10, title, reading), source, error, options, table, details, buttons);
        root.getStyleClass().add("page");
        root.getStylesheets().add(ImportDialog.class.getResource("/id/rembuk/ui/importing.css").toExternalForm());
        return root;
    }

    private static TableColumn<ImportViewModel.Line, String> column(String key, double width,
                                                                   java.util.function.Function<ImportViewModel.Line, String> value) {
        TableColumn<ImportViewModel.Line, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
