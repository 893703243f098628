package org.roadshow.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the UI runs slow work (opening files, importing programmes, exporting calendars): off the FX
 * thread, with the result or the failure handed back on it. The app passes a small thread pool and
 * {@code Platform::runLater}; tests pass {@link #direct()} and need no waiting.
 */
public final class Background {
    private static final Logger LOG = Logger.getLogger(Background.class.getName());
    private final Executor work;
    private final Executor fx;

    public Background(Executor work, Executor fx) {
        this.work = work;
        this.fx = fx;
    }

    public static Background direct() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** Runs {@code task} on the work executor, then {@code done} or {@code failed} on the FX executor. */
    public <T> void run(Callable<T> task, Consumer<T> done, Consumer<Exception> failed) {
        work.execute(() -> {
            T result;
            try {
                result = task.call();
            } catch (Exception e) {
                // the caller tells the user; the log keeps the stack trace for a bug report
                LOG.log(e instanceof RuntimeException ? Level.WARNING : Level.INFO, "Background work failed", e);
                fx.execute(() -> failed.accept(e));
                return;
            } catch (Error e) { // e.g. a stack overflow on a pathological file: report it, keep the window
                LOG.log(Level.SEVERE, "Background work failed", e);
                fx.execute(() -> failed.accept(new Exception(e.toString(), e)));
                return;
            }
            fx.execute(() -> done.accept(result));
        });
    }

    /**
     * Hands the outcome of work started elsewhere to {@code done} or {@code failed}: at once when it has
     * already succeeded (so a window can show it in its first frame), else on the FX executor when it ends.
     */
    public <T> void await(CompletableFuture<T> started, Consumer<T> done, Consumer<Exception> failed) {
        if (started.isDone() && !started.isCompletedExceptionally()) {
            done.accept(started.join());
            return;
        }
        started.whenComplete((result, error) -> fx.execute(() -> {
            if (error == null) {
                done.accept(result);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                LOG.log(Level.INFO, "Background work failed", cause);
                failed.accept(cause instanceof Exception e ? e : new Exception(cause.toString(), cause));
            }
        }));
    }
}
