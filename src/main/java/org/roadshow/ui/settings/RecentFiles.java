package org.roadshow.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last few project files opened or saved, newest first, kept in the user's preferences. */
public final class RecentFiles {
    public static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String value = prefs.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                Path path = Path.of(value);
                if (!files.contains(path)) {
                    files.add(path);
                }
            }
        }
    }

    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Moves the file to the top of the list (adding it if new) and forgets the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path path = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(path);
        next.add(0, path);
        store(next.subList(0, Math.min(MAX, next.size())));
    }

    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        next.remove(file);
        next.remove(file.toAbsolutePath().normalize());
        store(next);
    }

    public void clear() {
        store(List.of());
    }

    private void store(List<Path> next) {
        List<Path> copy = List.copyOf(next);
        files.setAll(copy);
        for (int i = 0; i < MAX; i++) {
            if (i < copy.size()) {
                prefs.put(KEY + i, copy.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
        Settings.store(prefs);
    }
}
