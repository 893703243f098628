package org.roadshow.io.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile and wrong input: each is refused with a message that says what is wrong, and nothing more happens. */
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void xxeIsRefusedAndTheReferencedFileIsNeverRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<schedule><conference><title>&e;</title></conference><day date=\"2021-02-06\"><room name=\"r\">"
                + "<event id=\"1\"><start>10:00</start><duration>00:30</duration><title>&e;</title></event>"
                + "</room></day></schedule>";
        long before = Files.getLastModifiedTime(secret).toMillis();
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class,
                () -> ProgrammeImport.parse(xml.getBytes(StandardCharsets.UTF_8), "xxe.xml"));
        assertTrue(e.getMessage().startsWith("xxe.xml, line 2: the file declares a DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertEquals(before, Files.getLastModifiedTime(secret).toMillis());
    }

    @Test
    void xxeOnEtcPasswdIsRefused() {
        String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><schedule><conference><title>&e;</title>"
                + "</conference></schedule>";
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class,
                () -> ProgrammeImport.parse(xml.getBytes(StandardCharsets.UTF_8), "passwd.xml"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedWithinASecond() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        xml.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            String prev = "&lol" + (i - 1) + ";";
            xml.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
        }
        xml.append("]>\n<schedule><conference><title>&lol9;</title></conference></schedule>");
        byte[] data = xml.toString().getBytes(StandardCharsets.UTF_8);
        ProgrammeImportException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(ProgrammeImportException.class, () -> ProgrammeImport.parse(data, "lolz.xml")));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("huge.xml");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'<'}), ImportLimits.MAX_BYTES);
        }
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class, () -> ProgrammeImport.read(big));
        assertEquals("huge.xml: the file is 20.0 MB, larger than the 20.0 MB a programme file may be", e.getMessage());
    }

    @Test
    void tooManySessionsAreRefused() {
        StringBuilder xml = new StringBuilder("<schedule><day date=\"2021-02-06\"><room name=\"r\">");
        for (int i = 0; i <= ImportLimits.MAX_SESSIONS; i++) {
            xml.append("<event id=\"").append(i).append("\"><start>10:00</start><title>t</title></event>");
        }
        xml.append("</room></day></schedule>");
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class,
                () -> ProgrammeImport.parse(xml.toString().getBytes(StandardCharsets.UTF_8), "many.xml"));
        assertTrue(e.getMessage().contains("more than 50000 sessions"), e.getMessage());
    }

    @Test
    void aFeedOfMoreLinesThanTheLimitIsRefused() {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n");
        ics.append("X:1\r\n".repeat(ImportLimits.MAX_LINES));
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class,
                () -> ProgrammeImport.parse(ics.toString().getBytes(StandardCharsets.UTF_8), "lines.ics"));
        assertEquals("lines.ics: the file has more than 1000000 lines, more than Roadshow reads in one programme", e.getMessage());
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String json = "{\"schedule\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class,
                () -> ProgrammeImport.parse(json.getBytes(StandardCharsets.UTF_8), "deep.json"));
        assertTrue(e.getMessage().startsWith("deep.json, line 1: the JSON goes beyond what Roadshow reads: Document nesting depth (65) exceeds the maximum allowed (64)"), e.getMessage());
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void brokenXmlNamesItsLine() {
        String xml = "<schedule>\n<day date=\"2021-02-06\">\n<room name=\"r\">\n<event id=\"1\"><title>x</titel>\n</schedule>";
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class,
                () -> ProgrammeImport.parse(xml.getBytes(StandardCharsets.UTF_8), "broken.xml"));
        assertTrue(e.getMessage().startsWith("broken.xml, line 4: the XML is broken here:"), e.getMessage());
    }

    @Test
    void anXmlEventWithABadTimeIsSkippedWithItsLine() throws Exception {
        String xml = "<schedule>\n<day date=\"2021-02-06\"><room name=\"r\">\n"
                + "<event id=\"1\"><start>10:00</start><duration>00:30</duration><title>Good</title></event>\n"
                + "<event id=\"2\"><start>ten o'clock</start><title>Bad</title></event>\n"
                + "</room></day></schedule>";
        ParsedProgramme parsed = ProgrammeImport.parse(xml.getBytes(StandardCharsets.UTF_8), "one-bad.xml");
        assertEquals(1, parsed.sessions().size());
        assertEquals(1, parsed.skipped());
        assertEquals("line 4: session \"Bad\" skipped: \"ten o'clock\" is not a time (HH:MM)", parsed.warnings().get(0).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<html><body>FOSDEM</body></html>|a web page (HTML)",
        "<rss version=\"2.0\"><channel/></rss>|XML with the root element <rss>",
        "[{\"title\": \"x\"}]|a JSON list",
        "{\"talks\": []}|JSON without a \"schedule\" object",
        "BEGIN:VCARD|a contact card (vCard)",
        "%PDF-1.7|a PDF document",
        "title,start,room|a table (CSV)",
        "hello world|text starting \"hello world\"",
        "'   '|an empty file",
    })
    void wrongFormatsSayWhatTheyLookLikeAndWhatIsSupported(String content, String looksLike) {
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class,
                () -> ProgrammeImport.parse(content.getBytes(StandardCharsets.UTF_8), "wrong.txt"));
        assertTrue(e.getMessage().contains(looksLike), e.getMessage());
        assertTrue(e.getMessage().contains("supported: Pentabarf/frab XML"), e.getMessage());
    }

    @Test
    void binaryDataIsNamedAsSuch() {
        byte[] data = new byte[64];
        Arrays.fill(data, (byte) 1);
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class, () -> ProgrammeImport.parse(data, "x.bin"));
        assertTrue(e.getMessage().contains("binary data"), e.getMessage());
    }

    @Test
    void aCalendarWithNoSessionsSaysSo() {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n";
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class,
                () -> ProgrammeImport.parse(text.getBytes(StandardCharsets.UTF_8), "empty.ics"));
        assertEquals("empty.ics: this iCalendar file holds no sessions that can be imported", e.getMessage());
    }

    @Test
    void ical4jRuntimeFailuresBecomeWarningsNotCrashes() throws Exception {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-TIMEZONE:UTC\r\n"
                + "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Mars/Olympus_Mons:20240301T100000\r\nSUMMARY:Odd zone\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:2\r\nDTSTART:20240301T100000Z\r\nRRULE:FREQ=SOMETIMES\r\nSUMMARY:Odd rule\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:3\r\nDTSTART:20240301T110000Z\r\nSUMMARY:Fine\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        ParsedProgramme parsed = ProgrammeImport.parse(text.getBytes(StandardCharsets.UTF_8), "odd.ics");
        assertTrue(parsed.sessions().stream().anyMatch(s -> s.title().equals("Fine")));
        assertFalse(parsed.warnings().isEmpty());
    }

    @Test
    void aMissingFileIsNamed() {
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class,
                () -> ProgrammeImport.read(dir.resolve("nope.ics")));
        assertTrue(e.getMessage().startsWith("nope.ics: there is no such file"), e.getMessage());
    }
}
