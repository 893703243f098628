package org.roadshow.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.roadshow.io.project.AtomicFile;

/**
 * The user's settings as one small properties file ({@code ~/.config/roadshow/settings.properties}, or under
 * {@code $XDG_CONFIG_HOME}), behind the {@link Preferences} API the rest of the window uses. Java's own
 * file-backed preferences parse XML and start a sync timer when first touched, a fifth of a second on a cold
 * start, where this reads a few lines. Changes are written atomically on {@link #flush()}. One flat node:
 * Roadshow keeps every setting in one.
 */
final class SettingsFile extends AbstractPreferences {
    private final Path file;
    private final Map<String, String> values = new TreeMap<>();
    private boolean changed;

    private SettingsFile(Path file) {
        super(null, "");
        this.file = file;
    }

    /** The settings in {@code file}; none when it does not exist yet or cannot be read. */
    static SettingsFile open(Path file) {
        SettingsFile settings = new SettingsFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            Properties read = new Properties();
            read.load(in);
            for (String key : read.stringPropertyNames()) {
                settings.values.put(key, read.getProperty(key));
            }
        } catch (NoSuchFileException e) {
            // first run: nothing remembered yet
        } catch (IOException | IllegalArgumentException e) {
            // unreadable settings are not worth stopping for: start with none, and write good ones later
            java.util.logging.Logger.getLogger(SettingsFile.class.getName()).log(java.util.logging.Level.WARNING,
                    "Could not read the settings in " + file + "; starting with defaults", e);
        }
        return settings;
    }

    /** Where the user's settings live on this machine. */
    static Path userFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("roadshow").resolve("settings.properties");
    }

    /** Takes over what an earlier Roadshow kept in Java's preferences, once, when there is no settings file yet. */
    void takeOver(Preferences earlier) throws BackingStoreException {
        for (String key : earlier.keys()) {
            values.putIfAbsent(key, earlier.get(key, null));
        }
        changed = true;
        flush();
    }

    boolean exists() {
        return Files.exists(file);
    }

    @Override
    protected void putSpi(String key, String value) {
        changed |= !value.equals(values.put(key, value));
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        changed |= values.remove(key) != null;
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        throw new UnsupportedOperationException("Roadshow's settings are one node");
    }

    @Override
    protected void removeNodeSpi() {
        throw new UnsupportedOperationException("Roadshow's settings are one node");
    }

    @Override
    protected void syncSpi() throws BackingStoreException {
        flushSpi();
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        if (!changed) {
            return;
        }
        Properties out = new Properties();
        out.putAll(values);
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, stream -> out.store(stream, "Roadshow's settings: window, theme and recent files"), false);
            changed = false;
        } catch (IOException e) {
            throw new BackingStoreException(e);
        }
    }
}
