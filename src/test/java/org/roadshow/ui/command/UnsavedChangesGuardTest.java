package org.roadshow.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.roadshow.ui.common.Prompts.SaveChoice;
import org.roadshow.ui.common.ScriptedPrompts;

class UnsavedChangesGuardTest {
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final AtomicInteger saves = new AtomicInteger();

    private UnsavedChangesGuard guard(boolean dirty, boolean saveSucceeds) {
        return new UnsavedChangesGuard(() -> dirty, () -> "trips.roadshow", prompts, () -> {
            saves.incrementAndGet();
            return saveSucceeds;
        });
    }

    @Test
    void aCleanDocumentIsNotAskedAbout() {
        assertTrue(guard(false, true).mayDiscard());
        assertEquals(List.of(), prompts.asked);
    }

    @Test
    void cancelKeepsTheDocument() {
        prompts.answerSaveChanges(SaveChoice.CANCEL);
        assertFalse(guard(true, true).mayDiscard());
        assertEquals(List.of("save changes to trips.roadshow"), prompts.asked);
        assertEquals(0, saves.get());
    }

    @Test
    void dontSaveDiscards() {
        prompts.answerSaveChanges(SaveChoice.DISCARD);
        assertTrue(guard(true, true).mayDiscard());
        assertEquals(0, saves.get());
    }

    @Test
    void saveGoesOnOnlyWhenSavingWorked() {
        prompts.answerSaveChanges(SaveChoice.SAVE).answerSaveChanges(SaveChoice.SAVE);
        assertTrue(guard(true, true).mayDiscard());
        assertFalse(guard(true, false).mayDiscard());
        assertEquals(2, saves.get());
    }
}
