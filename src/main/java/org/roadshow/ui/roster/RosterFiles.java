package org.roadshow.ui.roster;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the user saves a roster PDF, duty slips or CSV; a seam, so that tests answer without a file chooser. */
@FunctionalInterface
public interface RosterFiles {
    Optional<Path> chooseSave(String title, String suggestedName, String description, String extension);

    static RosterFiles chooser(Window owner, Path folder) {
        return (title, suggested, description, extension) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*" + extension));
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        };
    }
}
