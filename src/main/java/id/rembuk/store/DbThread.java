package id.rembuk.store;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one thread that talks JDBC to a session file. H2 may corrupt a file when a thread is
 * interrupted inside it (JavaFX {@code Task.cancel()} interrupts), so this thread is never
 * interrupted: callers wait for it, and a caller's interrupt is kept for the caller only.
 */
final class DbThread implements AutoCloseable {
    private final ExecutorService executor;
    private final String name;

    DbThread(String name) {
        this.name = name;
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rembuk-db-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    <T> T call(Callable<T> work) throws StoreException {
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    future.complete(work.call());
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new StoreException(Problem.IO, "sesi sudah ditutup (" + name + ")", e);
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw StoreException.wrap(e.getCause(), name);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void run(SqlWork work) throws StoreException {
        call(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        executor.shutdown();
    }

    @FunctionalInterface
    interface SqlWork {
        void run() throws Exception;
    }
}
