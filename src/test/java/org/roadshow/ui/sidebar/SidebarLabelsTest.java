package org.roadshow.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sidebar's spelled-out dates read exactly as java.time's English {@code EEE d MMM} would write them. */
class SidebarLabelsTest {
    @Test
    void everyDayOfTenYearsReadsAsTheFormatterWritesIt() {
        DateTimeFormatter english = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
        for (LocalDateTime t = LocalDateTime.of(2016, 1, 1, 9, 5); t.getYear() < 2026; t = t.plusHours(23)) {
            assertEquals(t.format(english), SidebarLabels.day(t), t.toString());
        }
    }
}
