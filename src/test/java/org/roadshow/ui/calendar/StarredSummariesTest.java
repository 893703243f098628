package org.roadshow.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.plan.Severity;

/** Starred sessions folded for the week and month views, and the weeks a trip is shown in. */
class StarredSummariesTest {
    private static final DateTimeFormatter HOURS = ClockFormat.hours(Locale.UK);
    private static final UUID TRIP = UUID.randomUUID();

    private static EntrySpec session(String title, String from, String to, Severity conflict) {
        return new EntrySpec(UUID.randomUUID(), TRIP, EntryKind.STARRED, null, UUID.randomUUID(), "★ " + title,
                "Janson · starred by Lena Hartmann", LocalDateTime.parse("2021-02-06T" + from),
                LocalDateTime.parse("2021-02-06T" + to), false, conflict,
                conflict == null ? List.of() : List.of(title + " clashes with booth duty"));
    }

    @Test
    void overlappingSessionsBecomeOneSummaryAndOthersStayAsTheyAre() {
        EntrySpec a = session("Keynote", "09:00", "10:00", null);
        EntrySpec b = session("Rust", "09:30", "11:00", Severity.WARNING);
        EntrySpec c = session("Go", "10:30", "12:00", null); // overlaps b only: same cluster
        EntrySpec alone = session("Closing", "17:00", "17:50", null);
        EntrySpec backToBack = session("Lunch talk", "12:00", "12:30", null); // starts as the cluster ends

        List<EntrySpec> out = StarredSummaries.fold(List.of(alone, c, a, backToBack, b), HOURS);

        assertEquals(3, out.size(), out.toString());
        EntrySpec summary = out.get(0);
        assertTrue(summary.summary());
        assertEquals("★ 3 starred · 09:00–12:00", summary.title());
        assertEquals(List.of("09:00–10:00  Keynote", "09:30–11:00  Rust", "10:30–12:00  Go"), summary.members());
        assertEquals(Severity.WARNING, summary.conflict(), "a member's conflict stays marked");
        assertEquals(List.of("Rust clashes with booth duty"), summary.conflicts());
        assertEquals("starred by Lena Hartmann", summary.location());
        assertEquals(backToBack, out.get(1));
        assertEquals(alone, out.get(2));
        assertFalse(out.get(2).summary());
    }

    @Test
    void aSummaryIsTheSameEntryWhileItsSessionsAreAndListsAtMostFortyLines() {
        List<EntrySpec> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            many.add(session("Track " + i, "09:00", "09:50", i == 7 ? Severity.ERROR : null));
        }
        EntrySpec once = StarredSummaries.fold(many, HOURS).get(0);
        EntrySpec again = StarredSummaries.fold(List.copyOf(many), HOURS).get(0);
        assertEquals(once.id(), again.id(), "a rebuild keeps the entry");
        assertEquals(Severity.ERROR, once.conflict());
        assertEquals(StarredSummaries.MAX_LINES + 1, once.members().size());
        assertEquals("… and 5 more", once.members().get(StarredSummaries.MAX_LINES));
    }

    @Test
    void timesAreTwentyFourHourWhereTheLocaleSaysSo() {
        assertEquals("14:30", ClockFormat.hours(Locale.GERMANY).format(LocalDateTime.of(2021, 2, 6, 14, 30)));
        assertEquals("2:30 PM", ClockFormat.hours(Locale.US).format(LocalDateTime.of(2021, 2, 6, 14, 30)));
    }

    @Test
    void aTripIsShownInWeeksThatHoldAllItsDays() {
        LocalDate sat = LocalDate.of(2021, 2, 6);
        WeekFields sunday = WeekFields.of(Locale.US);
        assertEquals(DayOfWeek.MONDAY, CalendarSpan.weeksShowing(sat, sat.plusDays(1), sunday).getFirstDayOfWeek(),
                "FOSDEM's Saturday and Sunday together");
        assertEquals(DayOfWeek.SUNDAY, CalendarSpan.weeksShowing(sat.plusDays(1), sat.plusDays(3), sunday)
                .getFirstDayOfWeek(), "a trip that fits the locale's week keeps it");
        assertEquals(DayOfWeek.SATURDAY, CalendarSpan.weeksShowing(sat, sat.plusDays(2), sunday).getFirstDayOfWeek(),
                "Saturday to Monday fits neither: weeks from its first day");
        assertEquals(DayOfWeek.MONDAY, CalendarSpan.weeksShowing(sat, sat.plusDays(1), WeekFields.of(Locale.GERMANY))
                .getFirstDayOfWeek());
        assertEquals(sunday, CalendarSpan.weeksShowing(sat, sat.plusDays(12), sunday), "longer than a week");
    }
}
