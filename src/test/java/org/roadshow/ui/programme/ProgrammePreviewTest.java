package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.model.Programme;

class ProgrammePreviewTest {
    @Test
    void eachDayWithItsFirstStartAndLastEnd() throws Exception {
        String xml = """
                <schedule><conference><title>Night conf</title></conference>
                <day index="1" date="2024-03-01"><room name="A">
                <event id="1"><start>10:00</start><duration>01:00</duration><title>Opening</title></event>
                <event id="2"><start>23:30</start><duration>01:00</duration><title>Midnight hack</title></event>
                </room></day>
                <day index="2" date="2024-03-02"><room name="A">
                <event id="3"><start>09:15</start><duration>00:30</duration><title>Coffee talk</title></event>
                </room></day></schedule>""";
        Programme programme = ProgrammeImport.parse(xml.getBytes(StandardCharsets.UTF_8), "night.xml")
                .toResult(ZoneId.of("Europe/Brussels")).toProgramme(Instant.parse("2024-01-01T00:00:00Z"));
        assertEquals(List.of(
                "3 sessions will be added to \"Night trip\":",
                "  Fri 1 Mar 2024: 2 sessions, 10:00–00:30 (next day)",
                "  Sat 2 Mar 2024: 1 session, 09:15–09:45",
                "",
                "Nothing changes until you click Import; Edit › Undo takes the programme out again."),
                ProgrammePreview.lines(programme, "Night trip"));
    }
}
