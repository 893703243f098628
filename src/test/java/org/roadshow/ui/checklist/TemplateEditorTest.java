package org.roadshow.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.TemplateDue;
import org.roadshow.model.TemplateEntry;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The template editor on the sample with one template of the team's: rename it, then delete it, each undone. */
@ExtendWith(ApplicationExtension.class)
class TemplateEditorTest {
    static final ChecklistTemplate SPONSOR = new ChecklistTemplate(UUID.fromString("5b0c1c57-5a4e-4b7e-9e1a-2f0c7d3e8a11"),
            "Sponsor table", List.of(new TemplateEntry("Roll-up banner", new TemplateDue.BeforeTrip(10)),
                    TemplateEntry.of("Flyers")));

    private Document document;
    private TemplateEditor editor;

    @Start
    void start(Stage stage) {
        document = new Document(SampleProjectBuilder.build().withTemplate(SPONSOR), null, false);
        editor = new TemplateEditor(document);
        Scene scene = new Scene(editor);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private List<String> teamTemplates() {
        return document.project().templates().stream().map(ChecklistTemplate::name).toList();
    }

    @Test
    void shippedTemplatesAreReadOnly(FxRobot robot) {
        robot.interact(() -> editor.list().getSelectionModel().select(0));
        assertEquals("Booth kit", robot.lookup("#template-name").queryAs(TextField.class).getText());
        assertTrue(!robot.lookup("#template-name").queryAs(TextField.class).isEditable());
        assertTrue(robot.lookup("#template-delete").queryAs(Button.class).isDisabled());
    }

    @Test
    void renameAndDeleteAreEditsThatUndo(FxRobot robot) {
        robot.interact(() -> editor.list().getSelectionModel().select(SPONSOR));
        TextField name = robot.lookup("#template-name").queryAs(TextField.class);
        FxWait.replaceText(robot, name, "Sponsor table kit");
        robot.clickOn("#template-save");
        FxWait.until("the template is renamed", () -> teamTemplates().equals(List.of("Sponsor table kit")));
        ChecklistTemplate renamed = document.project().templates().get(0);
        assertEquals(SPONSOR.entries(), renamed.entries(), "the entries and their due dates stay");
        assertEquals("Sponsor table kit", editor.list().getSelectionModel().getSelectedItem().name());

        robot.interact(document::undo);
        FxWait.until("the old name is back", () -> teamTemplates().equals(List.of("Sponsor table")));
        assertEquals("Sponsor table", name.getText(), "the form shows the name undo brought back");

        robot.clickOn("#template-delete");
        FxWait.until("the template is deleted", () -> teamTemplates().isEmpty());
        assertTrue(editor.list().getItems().stream().noneMatch(t -> t.id().equals(SPONSOR.id())));

        robot.interact(document::undo);
        FxWait.until("the template is back", () -> teamTemplates().equals(List.of("Sponsor table")));
        assertTrue(editor.list().getItems().stream().anyMatch(t -> t.id().equals(SPONSOR.id())));
    }

    @Test
    void changedEntriesKeepTheDueDatesOfThoseKept(FxRobot robot) {
        robot.interact(() -> editor.list().getSelectionModel().select(SPONSOR));
        FxWait.replaceText(robot, robot.lookup("#template-entries").queryAs(TextArea.class), "Roll-up banner\nStickers");
        robot.clickOn("#template-save");
        FxWait.until("the entries change", () -> document.project().templates().get(0).entries().size() == 2
                && document.project().templates().get(0).entries().get(1).text().equals("Stickers"));
        assertEquals(new TemplateEntry("Roll-up banner", new TemplateDue.BeforeTrip(10)),
                document.project().templates().get(0).entries().get(0));
    }
}
