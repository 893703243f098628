package org.roadshow.io.fetch;

import java.util.concurrent.atomic.AtomicBoolean;

/** The user's Cancel for a fetch in progress: set from any thread, seen by the fetch within a moment. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
