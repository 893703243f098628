package org.roadshow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.programme.ProgrammeImportResult;
import org.roadshow.model.Session;

/** The benchmark's 36C3-sized schedule is what it claims: a clean frab file of 1,350 sessions, about 2.3 MB. */
class CongressSizedProgrammeTest {
    @Test
    void importsAsACongressOfFourDaysWithEverySessionAndNoWarning() throws Exception {
        byte[] xml = CongressSizedProgramme.make();
        double megabytes = xml.length / (1024.0 * 1024.0);
        assertTrue(megabytes > 2.2 && megabytes < 2.45, "size " + megabytes + " MB");

        ParsedProgramme parsed = ProgrammeImport.parse(xml, "36c3.xml");
        assertEquals(ZoneId.of("Europe/Berlin"), parsed.statedZone());
        ProgrammeImportResult result = parsed.toResult(ZoneId.of("Europe/Berlin"));
        assertEquals(CongressSizedProgramme.SESSIONS, result.sessions().size());
        assertEquals(0, result.warnings().size(), () -> result.warnings().toString());
        assertEquals(CongressSizedProgramme.SESSIONS,
                result.sessions().stream().map(Session::guid).distinct().count(), "fresh ids");
        assertTrue(result.sessions().stream().filter(s -> s.start().time().getDayOfMonth() >= 29)
                .allMatch(s -> s.title().startsWith("Encore: ")), "the last two days' titles are marked as copies");
        assertEquals(LocalDate.of(2019, 12, 30), result.sessions().stream().map(s -> s.start().time().toLocalDate())
                .max(LocalDate::compareTo).orElseThrow());
    }
}
