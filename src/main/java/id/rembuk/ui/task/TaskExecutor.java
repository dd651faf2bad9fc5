package id.rembuk.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (session file, import, export) away from the JavaFX thread and hands the
 * result back on it. View models take one of these so tests can pass a same-thread executor.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then exactly one of the callbacks on the UI thread.
     * Work is done in submission order, so an undo never overtakes the edit it undoes.
     */
    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Waits up to {@code millis} for the submitted work to finish; used when the app closes. */
    void shutdown(long millis);
}
