package id.rembuk.ui.merge;

import id.rembuk.ui.breakout.BreakoutFeature;
import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.session.SessionService;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.theme.Owner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The facilitator's side of the groups' laptops: group files out ("Siapkan berkas kelompok…"), their
 * files back in ("Gabungkan berkas…", or dropped on the window), and a group file opening on its
 * group's screen.
 */
public final class MergeFeature {
    private final ShellViewModel shell;
    private final SessionService sessions;
    private final DialogService dialogs;
    private final FilePickers pickers;
    private final Executor ui;
    private final java.util.function.IntSupplier fontSize;
    private MergeDialog current;
    private Runnable showConflicts = () -> {
    };

    /** @param fontSize the text size the user chose, so the windows read like the main one */
    public MergeFeature(ShellViewModel shell, SessionService sessions, DialogService dialogs, FilePickers pickers,
                        Executor ui, java.util.function.IntSupplier fontSize) {
        this.shell = shell;
        this.sessions = sessions;
        this.dialogs = dialogs;
        this.pickers = pickers;
        this.ui = ui;
        this.fontSize = fontSize;
    }

    /** A group's file opens on that group's screen, unless the laptop is already held on one. */
    public void landGroupFilesOn(BreakoutFeature breakout) {
        shell.onGroupFileOpened(code -> {
            if (shell.screenProperty().get() != Screen.BREAKOUT) {
                breakout.viewModel().show(code);
                shell.showBreakout();
            }
        });
    }

    /** "Gabungkan berkas…": asks for the files, then checks them. */
    public void chooseAndMerge() {
        if (!canStart()) {
            return;
        }
        List<Path> files = pickers.filesToMerge();
        if (!files.isEmpty()) {
            merge(files);
        }
    }

    /** Files picked or dropped on the window: a dry run first, in the merge window. */
    public MergeViewModel merge(List<Path> files) {
        if (!canStart() || files.isEmpty()) {
            return null;
        }
        if (current != null && current.stage().isShowing()) {
            current.show();
            return null;
        }
        MergeViewModel vm = new MergeViewModel(MergeRunner.on(shell, sessions), dialogs, ui);
        current = new MergeDialog(vm, Owner.focused(), fontSize.getAsInt(), showConflicts);
        current.show();
        vm.start(files);
        return vm;
    }

    /** Where "Buka konflik" in the merge window leads: the conflicts area of the main window. */
    public void showConflictsWith(Runnable open) {
        this.showConflicts = open;
    }

    /** "Siapkan berkas kelompok…". */
    public GroupFilesViewModel prepareGroupFiles() {
        if (!canStart()) {
            return null;
        }
        GroupFilesViewModel vm = new GroupFilesViewModel(shell, sessions, dialogs, pickers::folder);
        new GroupFilesDialog(vm, shell.stateProperty(), Owner.focused(), fontSize.getAsInt()).show();
        return vm;
    }

    /** A session is open and shown (not a group's held screen). */
    private boolean canStart() {
        return shell.stateProperty().get() != null && shell.screenProperty().get() != Screen.BREAKOUT;
    }

}
