package org.roadshow.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.roadshow.ui.theme.Theme;

/**
 * What Roadshow remembers between runs: theme, window geometry, recent files, the views' own settings and what
 * they remember per project file ({@link #forProject}), in one preferences node.
 */
public final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    /** Where Java's preferences kept them for earlier versions of Roadshow on Linux; taken over once. */
    private static final Path EARLIER_STORE =
            Path.of(System.getProperty("user.home"), ".java", ".userPrefs", "org", "roadshow", "app", "prefs.xml");

    private final Preferences prefs;
    private RecentFiles recent;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static Settings user() {
        SettingsFile file = SettingsFile.open(SettingsFile.userFile());
        if (!file.exists() && Files.exists(EARLIER_STORE)) {
            try {
                file.takeOver(Preferences.userRoot().node("org/roadshow/app"));
            } catch (BackingStoreException | IllegalStateException e) {
                LOG.log(Level.WARNING, "Could not take over the settings of an earlier Roadshow; starting with defaults", e);
            }
        }
        return new Settings(file);
    }

    /** Writes changed settings now; a failure only means they are not remembered next time. */
    static void store(Preferences prefs) {
        try {
            prefs.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // not worth interrupting the user for, but worth a line in the log
            LOG.log(Level.WARNING, "Could not write the settings", e);
        }
    }

    /** The file the user's settings are kept in (Help › About shows it). */
    public static Path userFile() {
        return SettingsFile.userFile();
    }

    public Preferences preferences() {
        return prefs;
    }

    /** Made when the window first asks for them (on the FX thread). */
    public RecentFiles recentFiles() {
        if (recent == null) {
            recent = new RecentFiles(prefs);
        }
        return recent;
    }

    /** What views remember about one project file (by its path), beside the other settings. */
    public ProjectSettings forProject(Path file) {
        return new ProjectSettings(prefs, file);
    }

    /** A setting of a view that is the same for every project (whether a pane is shown, where a divider sits). */
    public String get(String key, String otherwise) {
        return prefs.get(key, otherwise);
    }

    /** Remembers a view's setting and writes it out. */
    public void put(String key, String value) {
        if (!value.equals(prefs.get(key, null))) {
            prefs.put(key, value);
            store(prefs);
        }
    }

    /**
     * Remembers a setting that changes many times a second (a divider being dragged): written out with the
     * next setting that is, at the latest when the window closes.
     */
    public void putLater(String key, String value) {
        prefs.put(key, value);
    }

    public Theme theme() {
        try {
            return Theme.valueOf(prefs.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) { // a theme this version does not have
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        prefs.put("theme", theme.name());
        store(prefs);
    }
}
