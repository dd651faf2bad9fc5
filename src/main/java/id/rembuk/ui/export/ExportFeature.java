package id.rembuk.ui.export;

import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.theme.Owner;
import id.rembuk.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

/**
 * "Ekspor dokumen…" (Ctrl+E): the minutes, attendance lists, berita acara, quick-win profiles and
 * tables of the open session. Exports run on their own thread, so typing goes on meanwhile.
 */
public final class ExportFeature {
    private final ShellViewModel shell;
    private final DocumentWriter writer;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final IntSupplier fontSize;
    private final FxExportPickers pickers = new FxExportPickers(Owner::focused);
    private ExportViewModel last;
    private ExportDialog showing;

    public ExportFeature(ShellViewModel shell, DocumentWriter writer, TaskExecutor executor, DialogService dialogs,
                         IntSupplier fontSize) {
        this.shell = shell;
        this.writer = writer;
        this.executor = executor;
        this.dialogs = dialogs;
        this.fontSize = fontSize;
    }

    /**
     * Opens the export window, or brings the open one to the front; the kop, number and folder chosen
     * last time are filled in again.
     */
    public ExportViewModel open() {
        if (shell.stateProperty().get() == null || shell.screenProperty().get() == Screen.BREAKOUT) {
            return null;
        }
        if (showing != null && showing.stage().isShowing()) {
            showing.show();
            return last;
        }
        ExportViewModel vm = new ExportViewModel(shell.stateProperty(), () -> shell.sessionIdProperty().get(),
                () -> shell.infoProperty().get(), new ExportViewModel.Services(writer, executor, dialogs,
                pickers::folder, pickers::logo, FolderOpener::open), defaultFolder());
        if (last != null) {
            vm.folderProperty().set(last.folderProperty().get());
            vm.organiserProperty().set(last.organiserProperty().get());
            vm.numberProperty().set(last.numberProperty().get());
            vm.logoProperty().set(last.logoProperty().get());
            vm.blankRowsProperty().set(last.blankRowsProperty().get());
        }
        last = vm;
        showing = new ExportDialog(vm, Owner.focused(), fontSize.getAsInt());
        showing.show();
        return vm;
    }

    /** ~/Documents/Rembuk where a Documents folder exists (Dokumen on an Indonesian desktop), else ~/Rembuk. */
    static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        for (String docs : new String[] {"Dokumen", "Documents"}) {
            if (Files.isDirectory(home.resolve(docs))) {
                return home.resolve(docs).resolve("Rembuk");
            }
        }
        return home.resolve("Rembuk");
    }
}
