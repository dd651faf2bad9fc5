package id.rembuk.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One background thread for all store work, never interrupted: H2 may corrupt a file when the
 * thread inside it is interrupted, which is why this does not use {@code javafx.concurrent.Task}.
 * One thread also keeps edits, undos and closes in the order the user asked for them.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private final ExecutorService executor;

    public BackgroundTaskExecutor() {
        this("rembuk-io");
    }

    /** A second executor of its own, for work that must not hold up the store's thread (exports). */
    public BackgroundTaskExecutor(String threadName) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void shutdown(long millis) {
        executor.shutdown();
        try {
            executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
