package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Booth;
import org.roadshow.model.Trip;

/** A booth's staffing over its opening hours, as the timeline shades it. */
class BoothCoverageTest {
    @Test
    void scaleBoothIsUnstaffedOnSundayAfternoonAndCoveredOtherwise() {
        Trip trip = SampleProjectBuilder.build().trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow();
        Booth booth = trip.items(Booth.class).get(0);
        List<BoothCoverage.Span> spans = BoothCoverage.of(booth, trip);
        // Saturday 10-14 Kirill and Dana (2), 14-18 Dana (1); Sunday 10-13 Dana (1), 13-16 nobody
        assertEquals(List.of(2, 1, 1, 0), spans.stream().map(BoothCoverage.Span::staffed).toList());
        BoothCoverage.Span gap = spans.get(3);
        assertTrue(gap.understaffed());
        assertEquals(LocalDateTime.of(2008, 2, 10, 13, 0), gap.from().atZone(booth.zone()).toLocalDateTime());
        assertEquals(LocalDateTime.of(2008, 2, 10, 16, 0), gap.until().atZone(booth.zone()).toLocalDateTime());
        assertFalse(spans.get(1).understaffed());
    }

    @Test
    void peopleNotOnTheTripDoNotCount() {
        Trip trip = SampleProjectBuilder.build().trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow();
        Trip withoutDana = trip.withPeople(List.of(SampleProjectBuilder.KIRILL));
        Booth booth = trip.items(Booth.class).get(0);
        assertEquals(List.of(1, 0), BoothCoverage.of(booth, withoutDana).stream().map(BoothCoverage.Span::staffed)
                .distinct().toList());
    }

    @Test
    void aBoothWithoutOpeningHoursHasNoSpans() {
        Trip trip = SampleProjectBuilder.build().trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow();
        Booth booth = trip.items(Booth.class).get(0).withHours(List.of());
        assertTrue(BoothCoverage.of(booth, trip).isEmpty());
    }
}
