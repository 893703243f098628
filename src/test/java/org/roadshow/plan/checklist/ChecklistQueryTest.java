package org.roadshow.plan.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/** The Checklist tab's filters: mine, open, late, due this week; and progress per group. */
class ChecklistQueryTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Project SAMPLE = SampleProjectBuilder.build();
    private static final Trip FOSDEM = SAMPLE.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
    private static final LocalDate FIRST_DAY = FOSDEM.firstDay().orElseThrow();

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(BRUSSELS).toInstant();
    }

    private static List<String> texts(ChecklistFilter filter, Instant now) {
        return ChecklistQuery.rows(SAMPLE, filter.withTrip(FOSDEM.id()), now, BRUSSELS).stream()
                .map(r -> r.item().text()).toList();
    }

    @Test
    void theFiltersSelectWhatTheyName() {
        Instant now = noon(FIRST_DAY.minusDays(3));
        assertEquals(List.of("Banner and table cloth for the booth", "Backup laptop for the demo, charged and tested",
                "Stickers and booklets", "Passport"), texts(ChecklistFilter.ALL, now));
        assertEquals(List.of("Banner and table cloth for the booth", "Backup laptop for the demo, charged and tested"),
                texts(ChecklistFilter.ALL.withPerson(SampleProjectBuilder.ZOE), now), "mine");
        assertEquals(List.of("Backup laptop for the demo, charged and tested", "Stickers and booklets", "Passport"),
                texts(ChecklistFilter.ALL.withOpenOnly(true), now), "open");
        assertEquals(List.of("Stickers and booklets"), texts(ChecklistFilter.ALL.withLateOnly(true), now),
                "late: open and past its day; the banner is past its day but done, the passport has no due date");
        assertEquals(List.of("Backup laptop for the demo, charged and tested"),
                texts(ChecklistFilter.ALL.withOpenOnly(true).withPerson(SampleProjectBuilder.ZOE), now), "combined");
    }

    @Test
    void dueThisWeekIsMondayToSundayOfTodaysWeek() {
        LocalDate backupDue = FIRST_DAY.minusDays(1);
        for (int back = 0; back < 7; back++) {
            LocalDate today = backupDue.minusDays(back);
            boolean sameWeek = today.with(java.time.DayOfWeek.MONDAY).equals(backupDue.with(java.time.DayOfWeek.MONDAY));
            List<String> week = texts(ChecklistFilter.ALL.withThisWeekOnly(true), noon(today));
            assertEquals(sameWeek, week.contains("Backup laptop for the demo, charged and tested"), today + ": " + week);
            assertTrue(!week.contains("Passport"), "no due date, never due this week");
        }
    }

    @Test
    void groupsFollowWhatTheItemsBelongToWithTheirProgress() {
        List<ChecklistQuery.Group> groups = ChecklistQuery.groups(
                ChecklistQuery.rows(SAMPLE, ChecklistFilter.ALL.withTrip(FOSDEM.id()), noon(FIRST_DAY), BRUSSELS));
        assertEquals(List.of("Trip: " + FOSDEM.name(), "Booth: Xen Project", "Demo: Xen Orchestra"),
                groups.stream().map(ChecklistQuery.Group::label).toList(),
                "the trip's own list first, as the Checklist tab shows it, though its item is stored last");
        ChecklistQuery.Group booth = groups.get(1);
        assertEquals(2, booth.total());
        assertEquals(1, booth.done());
        assertEquals(groups.stream().mapToInt(ChecklistQuery.Group::total).sum(), 4);
    }
}
