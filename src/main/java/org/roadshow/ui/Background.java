package org.roadshow.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs slow work off the FX thread and hands the result back on it. The app passes a small thread pool
 * and {@code Platform::runLater}; tests pass {@code Runnable::run} twice and need no waiting.
 */
public final class Background {
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
                fx.execute(() -> failed.accept(e));
                return;
            } catch (Error e) { // e.g. a stack overflow on a pathological file: report it, keep the window
                fx.execute(() -> failed.accept(new Exception(e.toString(), e)));
                return;
            }
            fx.execute(() -> done.accept(result));
        });
    }

    /** The executor for slow work, for views that run their own tasks (export, import). */
    public Executor work() {
        return work;
    }

    public Executor fx() {
        return fx;
    }
}
