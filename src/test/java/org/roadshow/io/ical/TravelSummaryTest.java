package org.roadshow.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Project;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;
import org.roadshow.plan.AgendaSelection;

/** A journey's summary keeps the places as typed, with the app's arrow, and the file stays valid UTF-8 when folded. */
class TravelSummaryTest {
    @TempDir
    Path dir;

    @Test
    void theArrowAndFullNamesSurviveFoldingAsValidUtf8() throws Exception {
        Project sample = SampleProjectBuilder.build();
        Trip fosdem = sample.tripNamed("FOSDEM 2017").orElseThrow();
        TravelLeg leg = (TravelLeg) fosdem.item(SampleProjectBuilder.id("fosdem:leg:zoe-out")).orElseThrow();
        // long names make the summary longer than one line: folding must not split a character
        String from = "LHR London Heathrow Terminal 5, Zoë's favourite";
        TravelLeg typed = leg.withFrom(from).withTo("Brüssel Zaventem");
        Project project = sample.withTrip(fosdem.withItem(typed));
        Path file = dir.resolve("zoe.ics");
        IcsExportFile.export(project, AgendaSelection.everything(), Alarms.none(), file, Instant.parse("2026-12-01T12:00:00Z"));

        byte[] bytes = Files.readAllBytes(file);
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        assertTrue(text.lines().anyMatch(l -> l.startsWith(" ")), "the summary is long enough to be folded");
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nSUMMARY:Flight " + from.replace(",", "\\,") + " \u2192 Brüssel Zaventem\r\n"),
                unfolded);
        assertEquals(1, ParsedCalendar.parse(text).events().stream()
                .filter(e -> e.summary().equals("Flight " + from + " \u2192 Brüssel Zaventem")).count(), "ical4j reads it back");
    }
}
