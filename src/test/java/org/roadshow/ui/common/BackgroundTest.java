package org.roadshow.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Slow work runs on the work executor and its outcome comes back on the FX executor; for work started
 * elsewhere, a result already there is used at once.
 */
class BackgroundTest {
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final Background background = new Background(Runnable::run, fxQueue::add);
    private final List<String> seen = new ArrayList<>();

    private void runFx() {
        List<Runnable> pending = new ArrayList<>(fxQueue);
        fxQueue.clear();
        pending.forEach(Runnable::run);
    }

    @Test
    void aResultAlreadyThereIsUsedAtOnce() {
        background.await(CompletableFuture.completedFuture("sample"), seen::add, e -> seen.add("failed"));
        assertEquals(List.of("sample"), seen);
        assertTrue(fxQueue.isEmpty());
    }

    @Test
    void aResultStillComingIsHandedToTheFxExecutor() {
        CompletableFuture<String> reading = new CompletableFuture<>();
        background.await(reading, seen::add, e -> seen.add("failed"));
        assertEquals(List.of(), seen);
        reading.complete("sample");
        assertEquals(List.of(), seen, "not on the reading thread");
        runFx();
        assertEquals(List.of("sample"), seen);
    }

    @Test
    void aFailureIsReportedOnTheFxExecutorEvenWhenItCameFirst() {
        List<Exception> errors = new ArrayList<>();
        background.await(CompletableFuture.<String>failedFuture(new IOException("disk")), seen::add, errors::add);
        assertTrue(errors.isEmpty(), "a failure waits for the window, so a dialog has an owner on screen");
        runFx();
        assertInstanceOf(IOException.class, errors.get(0));
        assertEquals("disk", errors.get(0).getMessage());
    }

    @Test
    void anErrorIsReportedAsAnException() {
        List<Exception> errors = new ArrayList<>();
        CompletableFuture<String> reading = new CompletableFuture<>();
        background.await(reading, seen::add, errors::add);
        reading.completeExceptionally(new StackOverflowError());
        runFx();
        assertInstanceOf(StackOverflowError.class, errors.get(0).getCause());
        assertEquals(List.of(), seen);
    }

    @Test
    void workHandsItsResultOrItsFailureToTheFxExecutor() {
        List<Exception> errors = new ArrayList<>();
        background.run(() -> "read", seen::add, errors::add);
        background.<String>run(() -> {
            throw new IOException("gone");
        }, seen::add, errors::add);
        background.<String>run(() -> {
            throw new StackOverflowError();
        }, seen::add, errors::add);
        assertEquals(List.of(), seen, "nothing arrives before the FX executor runs");
        runFx();
        assertEquals(List.of("read"), seen);
        assertEquals("gone", errors.get(0).getMessage());
        assertInstanceOf(StackOverflowError.class, errors.get(1).getCause(), "an error is reported, the window kept");
    }
}
