package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Project;
import org.roadshow.model.TravelBuffers;
import org.roadshow.model.Trip;

/** A trip's travel buffers in the file: absent means the defaults, and only other values are written. */
class TravelBuffersFileTest {
    private static final Path NAME = Path.of("kinds.roadshow");
    private static final String TRIP_PEOPLE = "\"people\": [\"00000000-0000-4000-8000-000000000001\"],\n      \"talks\"";

    private static Project parse(String text) throws Exception {
        return ProjectFile.parse(text.getBytes(StandardCharsets.UTF_8), NAME).project();
    }

    private static String withBuffers(String json) {
        String kinds = ProjectFileReadingTest.KINDS;
        assertTrue(kinds.contains(TRIP_PEOPLE));
        return kinds.replace(TRIP_PEOPLE, TRIP_PEOPLE.replace("\"talks\"", "\"travelBuffers\": " + json
                + ",\n      \"talks\""));
    }

    @Test
    void aFileWithoutBuffersReadsTheDefaultsAndSavesToTheSameBytes() throws Exception {
        byte[] sample = Files.readAllBytes(SampleProjectFileTest.ASSET);
        Project project = ProjectFile.parse(sample, SampleProjectFileTest.ASSET).project();
        for (Trip trip : project.trips()) {
            assertEquals(new TravelBuffers(60, 90, 15), trip.buffers(), trip.name());
        }
        assertArrayEquals(sample, ProjectFile.toBytes(project));
        assertFalse(new String(sample, StandardCharsets.UTF_8).contains("travelBuffers"));
    }

    @Test
    void otherBuffersAreWrittenAfterThePeopleAndReadBack() throws Exception {
        Project project = parse(ProjectFileReadingTest.KINDS);
        Trip trip = project.trips().get(0).withBuffers(new TravelBuffers(30, 120, 0));
        String saved = new String(ProjectFile.toBytes(project.withTrip(trip)), StandardCharsets.UTF_8);
        assertTrue(saved.contains("      ],\n"
                + "      \"travelBuffers\": {\n"
                + "        \"afterLanding\": 30,\n"
                + "        \"beforeFlight\": 120,\n"
                + "        \"aroundTrain\": 0\n"
                + "      },\n"), saved);
        assertEquals(new TravelBuffers(30, 120, 0), parse(saved).trips().get(0).buffers());
    }

    @Test
    void buffersSetBackToTheDefaultsLeaveTheFile() throws Exception {
        Project read = parse(withBuffers("{\"afterLanding\": 60, \"beforeFlight\": 90, \"aroundTrain\": 15}"));
        assertEquals(TravelBuffers.DEFAULTS, read.trips().get(0).buffers());
        assertFalse(new String(ProjectFile.toBytes(read), StandardCharsets.UTF_8).contains("travelBuffers"));
    }

    @Test
    void aMissingOrNegativeBufferIsNamedWithItsPlace() {
        ProjectFileException missing = assertThrows(ProjectFileException.class,
                () -> parse(withBuffers("{\"afterLanding\": 60, \"beforeFlight\": 90}")));
        assertTrue(missing.getMessage().startsWith("kinds.roadshow, line 16, column 24: "), missing.getMessage());
        assertTrue(missing.getMessage().endsWith("trips[0].travelBuffers: \"aroundTrain\" is missing"),
                missing.getMessage());
        ProjectFileException negative = assertThrows(ProjectFileException.class,
                () -> parse(withBuffers("{\"afterLanding\": -5, \"beforeFlight\": 90, \"aroundTrain\": 15}")));
        assertTrue(negative.getMessage().endsWith("trips[0].travelBuffers: afterLanding is negative (-5 minutes)"),
                negative.getMessage());
    }
}
