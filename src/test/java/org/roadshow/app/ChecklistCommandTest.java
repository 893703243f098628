package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.project.ProjectFile;

/** {@code roadshow checklist}: items grouped with resolved due dates, the filters, JSON, and bad input. */
class ChecklistCommandTest {
    @TempDir
    Path dir;
    Path projectFile;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void saveSample() throws Exception {
        projectFile = dir.resolve("trips.roadshow");
        ProjectFile.save(SampleProjectBuilder.build(), projectFile);
        // Sunday 29 January 2017, noon in Brussels: six days before FOSDEM's first day
        ChecklistCommand.clock = Clock.fixed(Instant.parse("2017-01-29T11:00:00Z"), ZoneId.of("Europe/Brussels"));
    }

    @AfterEach
    void realClock() {
        ChecklistCommand.clock = Clock.systemDefaultZone();
    }

    private int run(String... args) {
        String[] all = Stream.concat(Stream.of("checklist"), Stream.of(args)).toArray(String[]::new);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void listsTheItemsOfATripGroupedWithTheirDueDates() {
        assertEquals(0, run(projectFile.toString(), "--trip", "FOSDEM"), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("FOSDEM 2017\n  Trip: FOSDEM 2017 (0 of 1 done)\n    [ ] Passport\n  Booth: "), text);
        assertTrue(text.contains(" (1 of 2 done)\n    [x] Banner and table cloth for the booth \u2014 Zo\u00eb M\u00fcller"
                + " \u2014 due 7 days before the trip: "), text);
        assertTrue(text.contains("    [ ] Stickers and booklets \u2014 Lena"), text);
        assertTrue(text.matches("(?s).*Stickers and booklets[^\n]*due 10 days before the trip: [^\n]*\\(LATE\\)\n.*"),
                "ten days before is past on the 29th: " + text);
        assertTrue(text.matches("(?s).*Backup laptop[^\n]*due 1 day before the trip: [^\n]*[^)]\n.*"),
                "the day before is still to come: " + text);
        assertTrue(text.contains("    [ ] Passport\n"), "no due date: " + text);
        assertFalse(text.contains("SCALE"), text);
    }

    @Test
    void personAndOpenNarrowTheList() {
        assertEquals(0, run(projectFile.toString(), "--person", "Zoe", "--open"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("Backup laptop for the demo"), text);
        assertFalse(text.contains("Banner"), "ticked: " + text);
        assertFalse(text.contains("Stickers"), "Lena's: " + text);
    }

    @Test
    void jsonHasEveryItemWithItsResolvedDue() throws Exception {
        assertEquals(0, run(projectFile.toString(), "--json"), err.toString());
        JsonNode items = new ObjectMapper().readTree(out.toString());
        assertEquals(SampleProjectBuilder.build().trips().stream()
                .mapToLong(t -> t.items(org.roadshow.model.ChecklistItem.class).size()).sum(), items.size());
        JsonNode stickers = null;
        for (JsonNode item : items) {
            if (item.get("text").asText().equals("Stickers and booklets")) {
                stickers = item;
            }
        }
        assertTrue(stickers != null, out.toString());
        assertEquals("FOSDEM 2017", stickers.get("trip").asText());
        assertTrue(stickers.get("due").get("text").asText().startsWith("10 days before the trip: "));
        assertTrue(stickers.get("due").get("date").asText().matches("2017-01-2\\d"), stickers.toString());
        assertTrue(stickers.get("late").asBoolean());
        assertFalse(stickers.get("done").asBoolean());
    }

    @Test
    void anUnknownNameIsBadUsageAndABrokenFileCannotBeRead() throws Exception {
        assertEquals(2, run(projectFile.toString(), "--person", "Nobody"));
        assertTrue(err.toString().contains("there is no person called \"Nobody\"; the project has "), err.toString());
        Path broken = Files.writeString(dir.resolve("broken.roadshow"), "{");
        assertEquals(1, run(broken.toString()));
        assertTrue(err.toString().contains("broken.roadshow"), err.toString());
        assertEquals(2, run());
    }
}
