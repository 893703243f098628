package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.io.ical.SampleWithProgramme;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.plan.Agenda;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;

/**
 * A Turkish default locale upper-cases "i" to "İ" and lower-cases "I" to "ı": identifiers, iCalendar names
 * and kind names must not change with it.
 */
class TurkishLocaleTest {
    private Locale before;

    @TempDir
    Path dir;

    @BeforeEach
    void turkish() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void exportIcsReadsUpperCaseKindsAndWritesPlainIcalendarNames() throws Exception {
        Project project = SampleWithProgramme.build();
        Path file = dir.resolve("trips.roadshow");
        ProjectFile.save(project, file);
        Path ics = dir.resolve("out.ics");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "export-ics", file.toString(), "--kinds", "MEETING,TALK,SHIFT", "-o", ics.toString());
        assertEquals(0, exit, err.toString());

        List<String> lines = Files.readAllLines(ics, StandardCharsets.UTF_8);
        int expected = Agenda.select(project, AgendaSelection.everything()
                .withKinds(java.util.EnumSet.of(AgendaKind.MEETING, AgendaKind.TALK, AgendaKind.SHIFT))).size();
        assertTrue(expected > 0);
        assertEquals(expected, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        for (String line : lines) {
            if (!line.startsWith(" ")) { // a folded line goes on with the value
                String name = line.split("[;:]", 2)[0];
                assertTrue(name.matches("[A-Z0-9-]+"), "an iCalendar name in ASCII capitals: " + line);
            }
        }
    }

    @Test
    void programmeImportReadsCalendarPropertiesWrittenInLowerCase() throws Exception {
        String text = String.join("\r\n", "BEGIN:VCALENDAR", "version:2.0", "prodid:x", "x-wr-timezone:Europe/Istanbul",
                "x-wr-calname:İstanbul Days", "BEGIN:VEVENT", "uid:1", "dtstart:20240203T100000Z", "duration:pt1h",
                "summary:Işıl's keynote", "END:VEVENT", "END:VCALENDAR") + "\r\n";
        ParsedProgramme parsed = ProgrammeImport.parse(text.getBytes(StandardCharsets.UTF_8), "istanbul.ics");
        assertEquals(java.time.ZoneId.of("Europe/Istanbul"), parsed.statedZone(), "x-wr-timezone is X-WR-TIMEZONE");
        assertEquals("İstanbul Days", parsed.title());
        List<Session> sessions = parsed.toResult(null).sessions();
        assertEquals(1, sessions.size());
        assertEquals("Işıl's keynote", sessions.get(0).title());
        assertEquals(Duration.ofHours(1), Duration.between(sessions.get(0).start().instant(), sessions.get(0).end().instant()));
    }
}
