package id.rembuk.ui.dialog;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.theme.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs on the real screen, owned by the main window so they stay on top of it. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        // JavaFX's own OK and Cancel are English whatever the language: every button is ours
        Alert alert = new Alert(Alert.AlertType.ERROR, message,
                new ButtonType(Messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("errorDialog");
        Theme.contrast(alert.getDialogPane().getScene());
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yesButton, noButton);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirmDialog");
        Theme.contrast(alert.getDialogPane().getScene());
        alert.getDialogPane().setMinWidth(480);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String title, String message, java.util.List<T> options,
                                  java.util.function.Function<T, String> label) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        // a ChoiceDialog shows toString(): wrap each option in its label
        java.util.List<String> names = options.stream().map(label).toList();
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(names.get(0), names);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        dialog.getDialogPane().setId("chooseDialog");
        Theme.contrast(dialog.getDialogPane().getScene());
        // the dialog reads the answer from the buttons' roles, so our own words can stand in
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(Messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setMinWidth(520);
        return dialog.showAndWait().map(names::indexOf).filter(i -> i >= 0).map(options::get);
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        FileChooser chooser = chooser(Messages.get("ui.file.open.title"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("ui.file.filter.session"), "*.rembuk"),
                new FileChooser.ExtensionFilter(Messages.get("ui.file.filter.json"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("ui.file.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSpreadsheet() {
        FileChooser chooser = chooser(Messages.get("participants.ui.choose"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("participants.ui.filter"), "*.xlsx", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("ui.file.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        FileChooser chooser = chooser(Messages.get("ui.file.save.title"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("ui.file.filter.session"), "*.rembuk"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }
}
