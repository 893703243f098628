package org.roadshow.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.roadshow.io.project.ProjectFile;

/** The real dialogs: alerts owned by the main window, styled like it, and the system file choosers. */
public final class FxPrompts implements Prompts {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private static final FileChooser.ExtensionFilter ROADSHOW = new FileChooser.ExtensionFilter(
            "Roadshow projects (*" + ProjectFile.EXTENSION + ")", "*" + ProjectFile.EXTENSION);

    private final Stage owner;

    public FxPrompts(Stage owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        Alert alert = alert(Alert.AlertType.WARNING, "Save changes to “" + documentName + "”?",
                "If you don't save, your changes will be lost.", SAVE, DONT_SAVE, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == SAVE ? SaveChoice.SAVE : answer == DONT_SAVE ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public PendingChoice askKeepEditing(String header, String problems) {
        ButtonType keep = new ButtonType("Keep Editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType discard = new ButtonType("Discard Changes", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.WARNING, header,
                problems + "\n\nKeep editing to fix this, or discard what you typed.", discard, keep);
        // Keep Editing is the default: Enter or Escape never throws typing away.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return alert.showAndWait().filter(discard::equals).isPresent() ? PendingChoice.DISCARD : PendingChoice.KEEP_EDITING;
    }

    @Override
    public boolean confirm(String header, String detail, String okLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        return alert(Alert.AlertType.CONFIRMATION, header, detail, ok, ButtonType.CANCEL).showAndWait()
                .filter(ok::equals).isPresent();
    }

    @Override
    public void error(String header, String detail) {
        alert(Alert.AlertType.ERROR, header, detail, ButtonType.OK).showAndWait();
    }

    @Override
    public boolean fileProblem(String header, String problem, String detail, String offer) {
        ButtonType take = offer == null ? null : new ButtonType(offer, ButtonBar.ButtonData.OK_DONE);
        Alert alert = take == null ? alert(Alert.AlertType.ERROR, header, problem, ButtonType.OK)
                : alert(Alert.AlertType.ERROR, header, problem, take, ButtonType.CANCEL);
        Label words = new Label(problem);
        words.setId("problem");
        words.setWrapText(true);
        words.setMaxWidth(460);
        Label technical = new Label(detail);
        technical.setId("technical");
        technical.setWrapText(true);
        technical.setMaxWidth(460);
        technical.setStyle("-fx-font-size: 0.9em; -fx-opacity: 0.75;");
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(10, words, technical));
        Optional<ButtonType> answer = alert.showAndWait();
        return take != null && answer.filter(take::equals).isPresent();
    }

    @Override
    public void info(String header, String detail) {
        alert(Alert.AlertType.INFORMATION, header, detail, ButtonType.OK).showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        FileChooser chooser = chooser("Open Project", initialFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Save Project As", initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(ROADSHOW,
                new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String header, String detail, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle("Roadshow");
        alert.setHeaderText(header);
        Label content = new Label(detail);
        content.setWrapText(true);
        content.setMaxWidth(460);
        alert.getDialogPane().setContent(content);
        if (owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert;
    }
}
