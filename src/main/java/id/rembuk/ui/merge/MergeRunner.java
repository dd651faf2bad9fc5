package id.rembuk.ui.merge;

import id.rembuk.merge.MergeReport;
import id.rembuk.merge.Merger;
import id.rembuk.ui.session.SessionService;
import id.rembuk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Runs a merge into the open session in the background; the callbacks come on the UI thread. */
@FunctionalInterface
public interface MergeRunner {

    /** False, and nothing runs, when no session is open. */
    boolean run(List<Path> files, Merger.Options options, Merger.Progress progress, Consumer<MergeReport> done,
                Consumer<Throwable> failed);

    /** Through the shell, so the merge waits for edits before it and the session's state is read again after. */
    static MergeRunner on(ShellViewModel shell, SessionService sessions) {
        return (files, options, progress, done, failed) ->
                shell.onSession(w -> sessions.merge(w, files, options, progress), done, failed);
    }
}
