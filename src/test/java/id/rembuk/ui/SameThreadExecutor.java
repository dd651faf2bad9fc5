package id.rembuk.ui;

import id.rembuk.ui.task.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callback at once on the calling thread, so view model tests need no toolkit. */
public final class SameThreadExecutor implements TaskExecutor {
    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown(long millis) {
        // nothing runs in the background
    }
}
