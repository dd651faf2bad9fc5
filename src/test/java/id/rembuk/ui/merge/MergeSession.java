package id.rembuk.ui.merge;

import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.store.SessionFile;
import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.SameThreadExecutor;
import id.rembuk.ui.session.LibrarySessionService;
import id.rembuk.ui.shell.SessionFormViewModel;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A master session (Tahap III, the governance SWOT board) in a temporary home, opened by the real
 * shell on the calling thread, with the real library behind it; and the groups' laptops, each
 * editing its own copy of a group file as a replica of its own.
 */
final class MergeSession {
    final Path home;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final LibrarySessionService sessions;
    final ShellViewModel shell;

    MergeSession(Path home, String region) {
        this.home = home;
        sessions = new LibrarySessionService(new SessionLibrary(home), Optional.empty());
        shell = new ShellViewModel(sessions, new SameThreadExecutor(), dialogs, Clock.systemDefaultZone());
        shell.newSession();
        SessionFormViewModel form = shell.formProperty().get();
        form.regionProperty().set(region);
        form.stageProperty().set(Stage.III);
        form.firstDayProperty().set(LocalDate.of(2022, 8, 10));
        shell.submitForm();
        shell.apply(new Action("Siapkan papan SWOT", BoardSession.board()));
        if (!dialogs.errors.isEmpty() || shell.stateProperty().get() == null) {
            throw new IllegalStateException("the session did not open: " + dialogs.errors);
        }
    }

    /** The group files of the chosen groups (all six when none is named), written into {@code folder}. */
    GroupFilesViewModel groupFiles(Path folder) {
        GroupFilesViewModel vm = new GroupFilesViewModel(shell, sessions, dialogs, () -> Optional.of(folder));
        vm.chooseFolder();
        return vm;
    }

    MergeViewModel merge() {
        return new MergeViewModel(MergeRunner.on(shell, sessions), dialogs, Runnable::run);
    }

    int changeCount() throws Exception {
        int[] n = new int[1];
        shell.onSession(w -> w.file().changeCount(), c -> n[0] = c, e -> {
            throw new AssertionError(e);
        });
        return n[0];
    }

    /**
     * A group's laptop: its own copy of the group file, opened as a replica of its own (as the app
     * does on import), the edits made, and the file handed back under {@code name}.
     */
    static Path laptop(Path groupFile, Path dir, String laptop, String name, List<Edit> edits) throws Exception {
        Files.createDirectories(dir);
        Path work = dir.resolve(name + SessionFile.SUFFIX);
        Files.copy(groupFile, work);
        try (SessionFile s = SessionFile.open(work)) {
            s.adoptNewReplica(laptop);
            s.apply(new Action("Kerja kelompok", edits));
        }
        Path back = dir.resolve(name + SessionLibrary.EXTERNAL_SUFFIX);
        Files.copy(work, back);
        return back;
    }
}
