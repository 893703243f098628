package org.roadshow.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Shows a folder in the desktop's file manager; tests pass one that only records the folder. */
@FunctionalInterface
public interface FolderOpener {
    void open(Path folder) throws IOException;

    /** The desktop's own way: {@code xdg-open} (Linux and other Unix desktops), {@code open} (macOS), Explorer. */
    static FolderOpener desktop() {
        return folder -> {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String command = os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
            // not waited for: the file manager runs on its own
            new ProcessBuilder(List.of(command, folder.toAbsolutePath().toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        };
    }
}
