package org.roadshow.ui;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A preferences node of its own for one test, removed afterwards, so tests never touch the user's settings. */
public final class TestPrefs {
    private TestPrefs() {
    }

    public static Preferences fresh() {
        return Preferences.userRoot().node("org/roadshow/test/" + UUID.randomUUID());
    }

    public static void remove(Preferences node) {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
