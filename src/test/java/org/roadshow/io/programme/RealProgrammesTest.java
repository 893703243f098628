package org.roadshow.io.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Moment;
import org.roadshow.model.Session;

/** The two real programmes in the shared test data: FOSDEM 2021 (old Pentabarf) and linux.conf.au 2020 (iCalendar). */
class RealProgrammesTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ZoneId BRISBANE = ZoneId.of("Australia/Brisbane");

    @Test
    void fosdem2021HasItsSessionsRoomsAndDaysInBrusselsTime() throws Exception {
        ParsedProgramme parsed = Fixtures.parse("fosdem_2021.xml");
        assertEquals(ProgrammeFormat.PENTABARF_XML, parsed.format());
        assertEquals("FOSDEM 2021", parsed.title());
        assertNull(parsed.statedZone(), "the old FOSDEM file states no zone");
        assertEquals(BRUSSELS, ZoneGuess.guess(parsed, null).orElseThrow());
        assertTrue(parsed.warnings().isEmpty(), parsed.warnings().toString());

        ProgrammeImportResult result = parsed.toResult(BRUSSELS);
        assertEquals(773, result.sessions().size());
        assertEquals(108, result.rooms().size());
        assertEquals(Set.of(LocalDate.of(2021, 2, 6), LocalDate.of(2021, 2, 7)), result.days());
        assertFalse(result.zoneStated());
        assertEquals("773 sessions over 2 days in 108 rooms", result.summary());

        Session welcome = only(result.sessions(), "Welcome to FOSDEM 2021");
        assertEquals(new Moment(LocalDateTime.of(2021, 2, 6, 9, 0), BRUSSELS), welcome.start());
        assertEquals(new Moment(LocalDateTime.of(2021, 2, 6, 9, 25), BRUSSELS), welcome.end());
        assertEquals("2021-02-06T08:00:00Z", welcome.start().instant().toString());
        assertEquals("11795", welcome.sourceId());
        assertEquals("keynotes_welcome", welcome.slug());
        assertEquals("K.fosdem", welcome.room());
        assertEquals("FOSDEM", welcome.track());
        assertEquals("maintrack", welcome.type());
        assertEquals("FOSDEM welcome and opening talk.", welcome.abstractText());
        assertEquals(3, welcome.links().size());
        assertTrue(welcome.links().get(0).endsWith("keynotes_welcome.webm"));

        Session school = only(result.sessions(), "Empowering the school of the future");
        assertEquals("Remotely accessing files in a distributed LDAP and Samba-based infrastructure", school.subtitle());
        assertEquals("Marco Marinello", school.speakers().get(0));
        assertEquals(2, school.speakers().size());
        assertTrue(result.sessions().stream().allMatch(s -> s.start().zone().equals(BRUSSELS)));
        assertEquals(773, result.sessions().stream().map(Session::id).distinct().count(), "fresh ids, one each");
    }

    @Test
    void linuxConfAu2020HasItsSessionsAtBrisbaneTimes() throws Exception {
        ParsedProgramme parsed = Fixtures.parse("linux_conf_au_2020.ics");
        assertEquals(ProgrammeFormat.ICALENDAR, parsed.format());
        assertEquals(BRISBANE, parsed.statedZone());
        assertEquals("linux.conf.au 2020", parsed.title());
        ProgrammeImportResult result = parsed.toResult(null);
        assertEquals(262, result.sessions().size());
        assertTrue(result.zoneStated());
        assertTrue(result.sessions().stream().allMatch(s -> s.start().zone().equals(BRISBANE)));

        Session welcome = only(result.sessions(), "Wednesday Welcome");
        assertEquals(new Moment(LocalDateTime.of(2020, 1, 15, 9, 0), BRISBANE), welcome.start());
        assertEquals(new Moment(LocalDateTime.of(2020, 1, 15, 9, 10), BRISBANE), welcome.end());
        assertEquals("2020-01-14T23:00:00Z", welcome.start().instant().toString());
        assertEquals("94@lca2020.linux.org.au", welcome.guid());
        assertEquals("Arena", welcome.room());
        assertEquals(List.of("Joel Addison"), welcome.speakers());
        assertEquals("Opening Remarks and Housekeeping", welcome.abstractText());
        assertEquals(List.of("http://lca2020.linux.org.au/schedule/presentation/221/"), welcome.links());

        Session breakfast = result.sessions().stream().filter(s -> s.guid().equals("201@lca2020.linux.org.au"))
                .findFirst().orElseThrow();
        assertTrue(breakfast.abstractText().startsWith("Women of Open Technology Breakfast, Presented by ThoughtWorks"),
                breakfast.abstractText());
    }

    private static Session only(List<Session> sessions, String title) {
        List<Session> found = sessions.stream().filter(s -> s.title().equals(title)).collect(Collectors.toList());
        assertEquals(1, found.size(), title);
        return found.get(0);
    }
}
