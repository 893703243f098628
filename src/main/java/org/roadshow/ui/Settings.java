package org.roadshow.ui;

import java.util.prefs.Preferences;

/** What Roadshow remembers between runs: theme, window geometry and recent files, in one preferences node. */
public final class Settings {
    private final Preferences prefs;
    private final RecentFiles recent;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
        this.recent = new RecentFiles(prefs);
    }

    public static Settings user() {
        return new Settings(Preferences.userRoot().node("org/roadshow/app"));
    }

    public Preferences preferences() {
        return prefs;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    public Theme theme() {
        try {
            return Theme.valueOf(prefs.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        prefs.put("theme", theme.name());
    }
}
