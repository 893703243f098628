package org.roadshow.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * CalendarFX 11.12.7 was built against ical4j 4.0.0-rc5, which the build replaces with 4.4.0. Expanding a
 * recurring entry calls ical4j's Recur, Recur.Builder, WeekDay, Frequency and Recur.getDates: this proves
 * at run time that those calls work with the ical4j on the class path.
 */
class RecurringEntryTest {
    @Test
    void aWeeklyRecurringEntryExpandsThroughIcal4j() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        Calendar<Object> calendar = new Calendar<>("Stand-ups");
        Entry<Object> standup = new Entry<>("Booth stand-up");
        standup.setInterval(LocalDateTime.of(2017, 2, 4, 9, 0), LocalDateTime.of(2017, 2, 4, 9, 15), brussels);
        standup.setRecurrenceRule("RRULE:FREQ=DAILY;INTERVAL=2;COUNT=3;BYDAY=SA,MO,WE");
        calendar.addEntry(standup);
        Map<LocalDate, List<Entry<?>>> found = calendar.findEntries(LocalDate.of(2017, 2, 1), LocalDate.of(2017, 2, 28), brussels);
        assertEquals(new TreeSet<>(List.of(LocalDate.of(2017, 2, 4), LocalDate.of(2017, 2, 6), LocalDate.of(2017, 2, 8))),
                new TreeSet<>(found.keySet()));
    }
}
