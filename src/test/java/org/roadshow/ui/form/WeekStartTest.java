package org.roadshow.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weeks start on the day the user's LC_TIME (or LC_ALL, LANG) region says, which the JVM alone ignores. */
class WeekStartTest {
    private static DayOfWeek firstDay(Map<String, String> env, Locale jvm) {
        return WeekFields.of(WeekStart.locale(env, jvm)).getFirstDayOfWeek();
    }

    @Test
    void theTimeLocalesRegionDecides() {
        assertEquals(DayOfWeek.MONDAY, firstDay(Map.of("LANG", "en_US.UTF-8", "LC_TIME", "en_GB.UTF-8"), Locale.US));
        assertEquals(DayOfWeek.SUNDAY, firstDay(Map.of("LC_ALL", "en_US.UTF-8", "LC_TIME", "de_DE.UTF-8"),
                Locale.GERMANY), "LC_ALL wins");
        assertEquals(DayOfWeek.MONDAY, firstDay(Map.of("LANG", "de_DE.UTF-8"), Locale.US));
        assertEquals("US", WeekStart.locale(Map.of("LC_TIME", "en_GB.UTF-8"), Locale.US).getCountry(),
                "only the week changes");
    }

    @Test
    void noRegionLeavesTheJvmsLocale() {
        assertSame(Locale.US, WeekStart.locale(Map.of("LANG", "C.UTF-8"), Locale.US));
        assertSame(Locale.UK, WeekStart.locale(Map.of(), Locale.UK));
        assertSame(Locale.UK, WeekStart.locale(Map.of("LANG", "en_GB.UTF-8"), Locale.UK));
    }
}
