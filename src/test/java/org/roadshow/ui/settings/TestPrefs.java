package org.roadshow.ui.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;

/** Preferences kept in memory for one test, so that tests never read or write the user's settings on disk. */
public final class TestPrefs {
    private TestPrefs() {
    }

    public static Preferences fresh() {
        return new Memory(null, "");
    }

    /** Nothing to clean up: the node lives only in memory. Kept so tests read as they would with real ones. */
    public static void remove(Preferences node) {
        // nothing on disk
    }

    private static final class Memory extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, Memory> children = new HashMap<>();

        Memory(Memory parent, String name) {
            super(parent, name);
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return children.keySet().toArray(String[]::new);
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return children.computeIfAbsent(name, n -> new Memory(this, n));
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }
}
