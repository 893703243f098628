package org.roadshow.io.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Moment;
import org.roadshow.model.Session;

/**
 * schedule.xml and schedule.json as pretalx writes them today (its agenda/schedule.xml template and its
 * FrabJsonExporter): a generator element and a "$schema", day start and end with offsets, room guids,
 * recording and language fields, null tracks and descriptions, links as objects, a session after
 * midnight that belongs to the previous conference day, and abstracts with HTML entities.
 */
class PretalxFormatsTest {
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Test
    void pretalxXmlReadsEverySessionAtItsOwnDate() throws Exception {
        ParsedProgramme parsed = Fixtures.parse("pretalx_schedule.xml");
        assertEquals(ProgrammeFormat.PENTABARF_XML, parsed.format());
        assertTrue(parsed.warnings().isEmpty(), parsed.warnings().toString());
        checkGrazerLinuxtage(parsed.toResult(null));
        Session rust = FrabFormatsTest.byGuid(parsed.toResult(null).sessions(), "1b6f6c36-92a5-5b4e-8b0e-9d4a1c3e1001");
        assertEquals(List.of("https://pretalx.example.org/glt24/talk/QXW7KP/"), rust.links());
    }

    @Test
    void pretalxJsonReadsNullsAndLinkObjects() throws Exception {
        ParsedProgramme parsed = Fixtures.parse("pretalx_schedule.json");
        assertEquals(ProgrammeFormat.FRAB_JSON, parsed.format());
        assertTrue(parsed.warnings().isEmpty(), parsed.warnings().toString());
        ProgrammeImportResult result = parsed.toResult(null);
        checkGrazerLinuxtage(result);
        assertEquals(List.of("HS i13", "HS i12", "Foyer"), result.rooms(), "the declared rooms, the empty foyer too");
        Session rust = FrabFormatsTest.byGuid(result.sessions(), "1b6f6c36-92a5-5b4e-8b0e-9d4a1c3e1001");
        assertEquals(List.of("https://pretalx.example.org/glt24/talk/QXW7KP/", "https://example.org/slides.pdf"), rust.links());
        assertEquals("", FrabFormatsTest.byGuid(result.sessions(), "1b6f6c36-92a5-5b4e-8b0e-9d4a1c3e1002").track(), "track null");
    }

    private static void checkGrazerLinuxtage(ProgrammeImportResult result) {
        assertEquals("Grazer Linuxtage 2024", result.title());
        assertEquals(VIENNA, result.zone());
        assertTrue(result.zoneStated());
        assertEquals(3, result.sessions().size());
        Session rust = FrabFormatsTest.byGuid(result.sessions(), "1b6f6c36-92a5-5b4e-8b0e-9d4a1c3e1001");
        assertEquals("Packaging Rust for Debian & Fedora", rust.title());
        assertEquals("Café talk — it’s about crates & vendoring.", rust.abstractText(), "every entity decoded");
        assertEquals(List.of("Zoë Müller", "Jan Novák"), rust.speakers());
        assertEquals("Distributions", rust.track());
        assertEquals("Talk", rust.type());
        assertEquals("1001", rust.sourceId());
        assertEquals(new Moment(LocalDateTime.of(2024, 4, 6, 10, 0), VIENNA), rust.start());
        assertEquals(new Moment(LocalDateTime.of(2024, 4, 6, 10, 45), VIENNA), rust.end());
        Session night = FrabFormatsTest.byGuid(result.sessions(), "1b6f6c36-92a5-5b4e-8b0e-9d4a1c3e1002");
        assertEquals(new Moment(LocalDateTime.of(2024, 4, 7, 0, 30), VIENNA), night.start(), "listed on day 1, held after midnight");
        assertEquals("Bring a laptop.", night.abstractText(), "the description when the abstract is empty");
        assertEquals(List.of(), night.speakers());
        Session closing = FrabFormatsTest.byGuid(result.sessions(), "1b6f6c36-92a5-5b4e-8b0e-9d4a1c3e1003");
        assertEquals("Danke & bis nächstes Jahr!", closing.abstractText());
        assertEquals("HS i12", closing.room());
    }
}
