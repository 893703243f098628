package org.roadshow.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.roadshow.io.ical.IcsExportFile;
import org.roadshow.ui.theme.DialogTheme;

/** The confirmation after an export: what was written where, and a button that shows the folder. */
final class ExportDone {
    static final ButtonType OPEN_FOLDER = new ButtonType("Open Folder", ButtonBar.ButtonData.LEFT);

    private ExportDone() {
    }

    /** Shows the confirmation (not waiting); the Open Folder button appears when there is an opener. */
    static Alert show(Window owner, IcsExportFile.Result result, FolderOpener opener) {
        Alert done = DialogTheme.follow(new Alert(Alert.AlertType.INFORMATION));
        done.initOwner(owner);
        done.setTitle("Calendar exported");
        Path file = result.file().toAbsolutePath();
        done.setHeaderText("Wrote " + result.summary() + " to " + file.getFileName());
        done.setContentText(file + "\n\nImport this file into your phone or desktop calendar. Export again to the "
                + "same file after changes: the calendar updates the same events.");
        if (opener != null && file.getParent() != null) {
            done.getButtonTypes().setAll(OPEN_FOLDER, ButtonType.CLOSE);
            Button open = (Button) done.getDialogPane().lookupButton(OPEN_FOLDER);
            open.setId("open-folder");
            open.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                try {
                    opener.open(file.getParent());
                } catch (IOException | RuntimeException failure) {
                    e.consume(); // stays open, saying why
                    done.setContentText(file + "\n\nThe folder could not be opened: " + failure.getMessage());
                }
            });
        }
        done.show();
        return done;
    }
}
