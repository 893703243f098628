package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.pdf.Poppler;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;

/** {@code roadshow roster}: shows, fills and saves a booth's roster; JSON and CSV; exit codes. */
class RosterCommandTest {
    @TempDir
    Path dir;
    Path projectFile;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void saveSample() throws Exception {
        projectFile = dir.resolve("trips.roadshow");
        ProjectFile.save(SampleProjectBuilder.build(), projectFile);
    }

    private int run(String... args) {
        String[] all = Stream.concat(Stream.of("roster"), Stream.of(args)).toArray(String[]::new);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void fillSavesTheProjectAndPrintsJsonOfTheShapeScriptsRead() throws Exception {
        byte[] before = Files.readAllBytes(projectFile);
        assertEquals(0, run(projectFile.toString(), "--booth", "xen project", "--json"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(projectFile), "without --fill nothing is saved");

        out.getBuffer().setLength(0);
        Path csv = dir.resolve("roster.csv");
        assertEquals(0, run(projectFile.toString(), "--booth", "Xen", "--fill", "--json", "--csv", csv.toString()),
                err.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString());
        Project saved = ProjectFile.load(projectFile).project();
        Trip trip = saved.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        Booth booth = trip.items(Booth.class).get(0);
        List<Shift> shifts = trip.items(Shift.class).stream().filter(s -> booth.id().equals(s.boothId())).toList();
        assertEquals(shifts.size(), root.get("shifts").size());
        for (JsonNode s : root.get("shifts")) {
            Shift shift = shifts.stream().filter(x -> x.id().toString().equals(s.get("id").asText())).findFirst()
                    .orElseThrow();
            assertEquals(shift.people().size(), s.get("people").size(), "saved as printed");
            assertEquals(booth.minStaff(), s.get("min").asInt());
            assertEquals(booth.maxStaff(), s.get("max").asInt());
            assertEquals(shift.start().zoned().toOffsetDateTime().toString(), s.get("start").asText());
            assertTrue(shift.people().size() >= booth.minStaff() || root.get("unfilled").toString()
                    .contains(shift.id().toString()), "a short shift is listed with its reason");
        }
        assertTrue(root.has("unfilled"));
        assertTrue(Files.readString(csv).startsWith("date,start,end,zone,booth,person\r\n"));
    }

    @Test
    void textNamesThePeopleAndWhyPlacesAreEmpty() {
        assertEquals(0, run(projectFile.toString(), "--booth", "OpenVZ"), err.toString());
        assertTrue(out.toString().startsWith("OpenVZ (America/Los_Angeles), "), out.toString());
        assertTrue(out.toString().contains("2008-02-09\n  10:00-"), out.toString());
    }

    @Test
    void anUnknownBoothIsBadUsageAndAnUnreadableProjectFails() throws Exception {
        assertEquals(2, run(projectFile.toString(), "--booth", "Nope"));
        assertTrue(err.toString().contains("there is no booth called \"Nope\""), err.toString());
        Files.writeString(projectFile, "{ not json");
        assertEquals(1, run(projectFile.toString(), "--booth", "Xen", "--fill"));
        assertEquals(2, run(projectFile.toString()), "--booth is required");
    }

    @Test
    void pdfHoldsTheHeaderAndEveryoneOnDutyAndAnUnwritablePdfFails() throws Exception {
        Poppler.assumeInstalled();
        Path pdf = dir.resolve("roster.pdf");
        assertEquals(0, run(projectFile.toString(), "--booth", "Xen", "--fill", "--pdf", pdf.toString()), err.toString());
        String text = Poppler.text(pdf);
        assertTrue(text.contains("Booth duty roster · Xen Project"), text);
        assertTrue(text.contains("Page 1 of"), text);
        Project saved = ProjectFile.load(projectFile).project();
        Trip trip = saved.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        Booth booth = trip.items(Booth.class).get(0);
        List<Shift> shifts = trip.items(Shift.class).stream().filter(s -> booth.id().equals(s.boothId())).toList();
        assertTrue(shifts.stream().anyMatch(s -> !s.people().isEmpty()), "the fill put people on");
        for (Shift s : shifts) {
            for (var person : s.people()) {
                assertTrue(text.contains(saved.personName(person)), saved.personName(person) + " in\n" + text);
            }
        }

        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        err.getBuffer().setLength(0);
        assertEquals(1, run(projectFile.toString(), "--booth", "Xen", "--pdf", notAFolder.resolve("r.pdf").toString()));
        assertTrue(err.toString().contains(notAFolder.resolve("r.pdf").toString()), err.toString());
    }
}
