package org.roadshow.ui.settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.prefs.Preferences;

/**
 * What a view remembers about one project file (the Programme tab's trip, programme and filters), kept in the
 * user's settings, never in the project file: a team shares the file, not each person's filters. Keys are
 * {@code project.<hash of the file's absolute path>.<name>}, so that any path length fits the preferences' key
 * limit; the path itself is kept beside them so that the settings file says what they belong to.
 */
public final class ProjectSettings {
    private final Preferences prefs;
    private final String prefix;
    private final Path file;

    ProjectSettings(Preferences prefs, Path file) {
        this.prefs = prefs;
        this.file = file.toAbsolutePath().normalize();
        this.prefix = "project." + hash(this.file.toString()) + ".";
    }

    private static String hash(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public Path file() {
        return file;
    }

    /** Whether anything was remembered for this file yet. */
    public boolean isKnown() {
        return prefs.get(prefix + "path", null) != null;
    }

    public String get(String name) {
        return prefs.get(prefix + name, null);
    }

    /** Remembers the value (null or empty forgets it); {@link #store} writes it out. */
    public void put(String name, String value) {
        prefs.put(prefix + "path", file.toString());
        if (value == null || value.isEmpty()) {
            prefs.remove(prefix + name);
        } else {
            prefs.put(prefix + name, value);
        }
    }

    /** Writes what changed to the settings file now. */
    public void store() {
        Settings.store(prefs);
    }
}
