package org.roadshow.io.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Booth;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.plan.roster.RosterFill;

class RosterCsvTest {
    @Test
    void theFileReadsBackToTheSameAssignmentsWithAwkwardNames(@TempDir Path dir) throws Exception {
        Project sample = SampleProjectBuilder.build();
        Person lena = sample.person(SampleProjectBuilder.LENA).orElseThrow().withName("Lee, Lena \"the booth\" Müller");
        Person zoe = sample.person(SampleProjectBuilder.ZOE).orElseThrow().withName("Zoë\nZweite Zeile");
        Project project = sample.withPerson(lena).withPerson(zoe);
        Trip trip = project.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        Booth booth = trip.items(Booth.class).get(0).withName("Xen, \"K\" level");
        List<Shift> shifts = RosterFill.fill(project, trip, booth).shifts();

        Path file = dir.resolve("roster.csv");
        RosterCsv.write(file, project, booth, shifts);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("date,start,end,zone,booth,person\r\n"), text);
        assertTrue(text.contains("\"Lee, Lena \"\"the booth\"\" Müller\""), text);

        List<String> expected = new ArrayList<>();
        for (Shift s : shifts) {
            for (var p : s.people()) {
                expected.add(s.start().time().toLocalDate() + " " + s.start().time().toLocalTime() + "-"
                        + s.end().time().toLocalTime() + " " + s.start().zone() + " " + booth.name() + " / "
                        + project.personName(p));
            }
        }
        List<String> read = RosterCsv.read(text).stream().filter(r -> !r.person().isEmpty())
                .map(r -> r.date() + " " + r.start() + "-" + r.end() + " " + r.zone() + " " + r.booth() + " / "
                        + r.person()).toList();
        assertEquals(expected, read);
        assertTrue(read.stream().anyMatch(r -> r.endsWith("/ Zoë\nZweite Zeile")), read.toString());
    }

    @Test
    void aBrokenFileSaysWhere() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RosterCsv.read("date,start,end,zone,booth,person\r\n2017-02-04,09:30,\"12:00"));
        assertEquals("line 2: a quoted field is not closed", e.getMessage());
    }
}
