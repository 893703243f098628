package org.roadshow.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

class TripSummaryTest {
    private final Project sample = SampleProjectBuilder.build();

    @Test
    void citiesDaysPeopleAndItems() {
        Trip fosdem = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        assertEquals("Brussels · 4–5 Feb 2017 · 4 people · " + fosdem.items().size() + " items",
                TripSummary.of(fosdem, sample));
        Trip scale = sample.trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow();
        assertEquals("Los Angeles, Orlando · 8–11 Feb 2008 · " + scale.people().size() + " people · "
                + scale.items().size() + " items", TripSummary.of(scale, sample));
        assertEquals("no conference yet · 0 people · 0 items", TripSummary.of(Trip.create("x"), sample));
    }

    @Test
    void spans() {
        assertEquals("4 Feb 2017", TripSummary.span(LocalDate.of(2017, 2, 4), LocalDate.of(2017, 2, 4)));
        assertEquals("30 Jan – 2 Feb 2017", TripSummary.span(LocalDate.of(2017, 1, 30), LocalDate.of(2017, 2, 2)));
        assertEquals("30 Dec 2016 – 2 Jan 2017", TripSummary.span(LocalDate.of(2016, 12, 30), LocalDate.of(2017, 1, 2)));
    }
}
