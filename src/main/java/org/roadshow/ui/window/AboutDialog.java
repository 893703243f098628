package org.roadshow.ui.window;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.roadshow.Version;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.theme.DialogTheme;

/**
 * Help › About: the version (pom.xml's, through {@link Version}), the Java and JavaFX it runs on, where the
 * settings and the logs are, and the licence; the facts can be copied whole for a bug report.
 */
final class AboutDialog {
    static final String DESCRIPTION = "Plans conference trips: booths and duty rosters, talks, demos, travel, "
            + "meetings and checklists, in one project file your team can keep in git.";
    /** No licence is declared in pom.xml yet; the About box says so rather than guess one. */
    static final String LICENCE = "Not declared in this build";

    private AboutDialog() {
    }

    /** The facts as "name: value" pairs, in the order shown (and copied). */
    static Map<String, String> facts(Path logFolder) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Version", Version.number());
        facts.put("Java", System.getProperty("java.runtime.version", System.getProperty("java.version", "?"))
                + " (" + System.getProperty("java.vendor", "unknown vendor") + ")");
        facts.put("JavaFX", System.getProperty("javafx.runtime.version", "?"));
        facts.put("Operating system", System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "")
                + " (" + System.getProperty("os.arch", "") + ")");
        facts.put("Settings", Settings.userFile().toString());
        facts.put("Logs", logFolder == null ? "not written (logging to the console)" : logFolder.toString());
        facts.put("Licence", LICENCE);
        return facts;
    }

    static String asText(Map<String, String> facts) {
        StringBuilder text = new StringBuilder(Version.text()).append('\n');
        facts.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    static void show(Window owner, Path logFolder) {
        Map<String, String> facts = facts(logFolder);
        Dialog<ButtonType> dialog = DialogTheme.follow(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle("About Roadshow");
        dialog.setHeaderText(Version.text());
        ButtonType copy = new ButtonType("Copy Details", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(copy, ButtonType.CLOSE);
        // copying keeps the dialog open
        dialog.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(asText(facts));
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        Label description = new Label(DESCRIPTION);
        description.setWrapText(true);
        description.setMaxWidth(520);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            Label name = new Label(fact.getKey());
            name.getStyleClass().add("form-label");
            name.setMinWidth(Region.USE_PREF_SIZE);
            // read-only fields: paths can be selected and copied, and long ones scroll rather than cut off
            TextField value = new TextField(fact.getValue());
            value.setEditable(false);
            value.getStyleClass().add("about-value");
            value.setPrefColumnCount(34);
            GridPane.setHgrow(value, Priority.ALWAYS);
            grid.addRow(row++, name, value);
        }
        VBox content = new VBox(14, description, grid);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add("about-dialog");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.show();
    }
}
