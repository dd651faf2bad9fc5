package id.rembuk.ui.merge;

import id.rembuk.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real choosers, owned by the window they were asked from. */
public final class FxFilePickers implements FilePickers {
    private final Supplier<Window> owner;
    /** The folder last used, so the group files and the merge start where the USB stick is. */
    private File lastFolder;

    public FxFilePickers(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public List<Path> filesToMerge() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("merge.choose.title"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("merge.filter.all"), "*.rembuk", "*.mv.db", "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("ui.file.filter.all"), "*"));
        start(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> folder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("merge.group.chooseFolderTitle"));
        start(chooser::setInitialDirectory);
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            lastFolder = dir;
        }
        return Optional.ofNullable(dir).map(File::toPath);
    }

    private void start(java.util.function.Consumer<File> at) {
        File dir = lastFolder != null && lastFolder.isDirectory() ? lastFolder : new File(System.getProperty("user.home"));
        if (dir.isDirectory()) {
            at.accept(dir);
        }
    }
}
