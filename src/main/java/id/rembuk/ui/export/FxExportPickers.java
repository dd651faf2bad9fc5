package id.rembuk.ui.export;

import id.rembuk.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The folder and logo choosers of the export window, starting where the user was last time. */
final class FxExportPickers {
    private final Supplier<Window> owner;
    private File last;

    FxExportPickers(Supplier<Window> owner) {
        this.owner = owner;
    }

    Optional<Path> folder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("export.folder.chooseTitle"));
        startIn(chooser::setInitialDirectory);
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            last = dir;
        }
        return Optional.ofNullable(dir).map(File::toPath);
    }

    Optional<Path> logo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.logo.chooseTitle"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("export.logo.filter"), "*.png", "*.jpg", "*.jpeg"));
        startIn(chooser::setInitialDirectory);
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) {
            last = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    private void startIn(java.util.function.Consumer<File> at) {
        File dir = last != null && last.isDirectory() ? last : new File(System.getProperty("user.home"));
        if (dir.isDirectory()) {
            at.accept(dir);
        }
    }
}
