package org.roadshow.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.roadshow.model.ItemKind;

class ShortcutsHelpTest {
    @Test
    void helpListsEveryAddShortcutUnderItsName() {
        String help = Actions.shortcuts();
        Actions.ADD_SHORTCUTS.forEach((kind, key) -> {
            String expected = KeyCombination.keyCombination(key).getDisplayText() + " Add " + kind.singular();
            assertTrue(help.contains(expected), expected + " in\n" + help);
        });
        assertEquals(Actions.ADD_SHORTCUTS.size(), new HashSet<>(Actions.ADD_SHORTCUTS.values()).size());
        assertTrue(help.contains("Escape reverts"), help);
        assertEquals("Shortcut+T", Actions.ADD_SHORTCUTS.get(ItemKind.TALK));
    }
}
