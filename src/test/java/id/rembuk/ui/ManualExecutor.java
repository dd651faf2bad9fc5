package id.rembuk.ui;

import id.rembuk.ui.task.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work the test drives by hand: nothing runs until asked, so a test can act while an
 * open is under way, finish work in a chosen order, or let work finish without ever delivering its
 * result (as when the app exits before the UI thread gets to it).
 */
public final class ManualExecutor implements TaskExecutor {
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> results = new ArrayDeque<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        background.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                results.add(() -> onFailure.accept(e));
                return;
            }
            results.add(() -> onSuccess.accept(result));
        });
    }

    public int pending() {
        return background.size();
    }

    /** Runs the oldest work and then its callback, as the UI thread would soon after. */
    public void step() {
        background.remove().run();
        while (!results.isEmpty()) {
            results.remove().run();
        }
    }

    /** Runs everything, including work the callbacks ask for. */
    public void runAll() {
        while (!background.isEmpty()) {
            step();
        }
    }

    /** Runs all work in order but drops every callback: the UI thread is gone. */
    public void runWorkOnly() {
        while (!background.isEmpty()) {
            background.remove().run();
        }
        results.clear();
    }

    @Override
    public void shutdown(long millis) {
        runAll();
    }
}
