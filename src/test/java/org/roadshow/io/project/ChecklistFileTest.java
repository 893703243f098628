package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.Due;
import org.roadshow.model.Project;
import org.roadshow.model.TemplateDue;
import org.roadshow.model.TemplateEntry;

/** Due dates relative to an item and the team's checklist templates in the project file. */
class ChecklistFileTest {
    private static final String TALK = "00000000-0000-4000-8000-000000000030";
    private static final String DUE = "\"due\": {\"daysBeforeTrip\": 7}";

    @Test
    void aDueBeforeAnItemAndTheTemplatesReadAndSaveAsWritten() throws Exception {
        String file = ProjectFileReadingTest.KINDS.replace(DUE,
                "\"due\": {\"daysBeforeItem\": 1, \"item\": \"" + TALK + "\", \"at\": \"18:00\"}");
        Project project = ProjectFile.parse(file.getBytes(StandardCharsets.UTF_8), null).project();
        ChecklistItem passport = project.trips().get(0).items(ChecklistItem.class).get(0);
        assertEquals(new Due.BeforeItem(UUID.fromString(TALK), 1, LocalTime.of(18, 0)), passport.due());
        ChecklistTemplate talk = project.templates().get(0);
        assertEquals("Talk", talk.name());
        assertEquals(List.of(new TemplateEntry("Slides", new TemplateDue.BeforeItem(1, LocalTime.of(18, 0))),
                new TemplateEntry("Visa", new TemplateDue.BeforeTrip(30)), TemplateEntry.of("Water")), talk.entries());

        String saved = new String(ProjectFile.toBytes(project), StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"daysBeforeItem\": 1,\n") && saved.contains("\"item\": \"" + TALK + "\",\n")
                && saved.contains("\"at\": \"18:00\"\n"), saved);
        assertTrue(saved.indexOf("\"templates\"") > saved.indexOf("\"trips\""), "templates come after the trips");
        assertArrayEquals(saved.getBytes(StandardCharsets.UTF_8),
                ProjectFile.toBytes(ProjectFile.parse(saved.getBytes(StandardCharsets.UTF_8), null).project()));
    }

    @Test
    void aFileWithoutTemplatesSavesWithoutTheKey() throws Exception {
        Project project = ProjectFixtures.everything().withTemplates(List.of());
        String saved = new String(ProjectFile.toBytes(project), StandardCharsets.UTF_8);
        assertTrue(!saved.contains("templates"), saved);
        assertEquals(List.of(), ProjectFile.parse(saved.getBytes(StandardCharsets.UTF_8), null).project().templates());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "two kinds | {\"date\": \"2017-01-27\", \"daysBeforeTrip\": 7}"
                + " | trips[0].checklist[0].due: needs exactly one of \"date\", \"daysBeforeTrip\" and \"daysBeforeItem\"",
        "none | {} | trips[0].checklist[0].due: needs exactly one of \"date\", \"daysBeforeTrip\" and \"daysBeforeItem\"",
        "no anchor | {\"daysBeforeItem\": 1} | trips[0].checklist[0].due: \"item\" is missing",
        "anchor alone | {\"daysBeforeTrip\": 7, \"item\": \"" + TALK + "\"}"
                + " | trips[0].checklist[0].due: \"item\" goes only with \"daysBeforeItem\"",
        "time alone | {\"daysBeforeTrip\": 7, \"at\": \"18:00\"}"
                + " | trips[0].checklist[0].due: \"at\" goes only with \"daysBeforeItem\"",
        "bad time | {\"daysBeforeItem\": 1, \"item\": \"" + TALK + "\", \"at\": \"6pm\"}"
                + " | trips[0].checklist[0].due.at: '6pm' is not a time of day such as 09:30",
    })
    void aWrongDueIsNamedWithItsPlace(String name, String due, String expected) {
        String file = ProjectFileReadingTest.KINDS.replace(DUE, "\"due\": " + due);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFile.parse(file.getBytes(StandardCharsets.UTF_8), Path.of("kinds.roadshow")));
        assertTrue(e.getMessage().startsWith("kinds.roadshow, line 40, column "), e.getMessage());
        assertTrue(e.getMessage().endsWith(expected), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a date | {\"date\": \"2017-01-27\"} | templates[0].entries[0].due: a template's due date cannot be a \"date\"",
        "an item | {\"daysBeforeItem\": 1, \"item\": \"" + TALK + "\"}"
                + " | templates[0].entries[0].due: a template's due date cannot name an \"item\"",
        "both | {\"daysBeforeItem\": 1, \"daysBeforeTrip\": 1}"
                + " | templates[0].entries[0].due: needs exactly one of \"daysBeforeTrip\" and \"daysBeforeItem\"",
    })
    void aWrongTemplateDueIsNamedWithItsPlace(String name, String due, String expected) {
        String file = ProjectFileReadingTest.KINDS.replace("{\"daysBeforeItem\": 1, \"at\": \"18:00\"}", due);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFile.parse(file.getBytes(StandardCharsets.UTF_8), Path.of("kinds.roadshow")));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aTemplateIdMayNotRepeatAnItemId() {
        String file = ProjectFileReadingTest.KINDS.replace("00000000-0000-4000-8000-000000000090", TALK);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFile.parse(file.getBytes(StandardCharsets.UTF_8), Path.of("kinds.roadshow")));
        assertTrue(e.getMessage().contains("templates[0]: the id " + TALK + " is already used by trips[0].talks[0]"),
                e.getMessage());
    }
}
