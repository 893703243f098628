package org.roadshow.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.WeekFields;
import java.util.List;

/** How much the calendar shows at once, and how far Previous and Next go. */
public enum CalendarSpan {
    DAY("Day"), WEEK("Week"), MONTH("Month"), AGENDA("Agenda");

    /** How many days the agenda lists from its date on. */
    static final int AGENDA_DAYS = 14;

    private final String label;

    CalendarSpan(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether {@code day} is in view when the calendar shows {@code date} (weeks start as {@code weeks} say). */
    boolean shows(LocalDate date, LocalDate day, WeekFields weeks) {
        return switch (this) {
            case DAY -> day.equals(date);
            case WEEK -> {
                LocalDate first = date.with(weeks.dayOfWeek(), 1);
                yield !day.isBefore(first) && day.isBefore(first.plusDays(7));
            }
            case MONTH -> YearMonth.from(day).equals(YearMonth.from(date));
            case AGENDA -> !day.isBefore(date) && day.isBefore(date.plusDays(AGENDA_DAYS));
        };
    }

    /**
     * The weeks to show a trip from {@code first} to {@code last} in: the locale's ({@code weeks}) when the trip
     * fits in one of them, else weeks from Monday, else weeks from the trip's first weekday; the locale's when
     * the trip is longer than a week. A Sunday start splits a Saturday–Sunday conference such as FOSDEM.
     */
    static WeekFields weeksShowing(LocalDate first, LocalDate last, WeekFields weeks) {
        for (DayOfWeek start : List.of(weeks.getFirstDayOfWeek(), DayOfWeek.MONDAY, first.getDayOfWeek())) {
            WeekFields candidate = WeekFields.of(start, weeks.getMinimalDaysInFirstWeek());
            if (WEEK.shows(first, last, candidate)) {
                return candidate;
            }
        }
        return weeks;
    }

    /** The date one step on ({@code steps} 1) or back (-1). */
    LocalDate step(LocalDate date, int steps) {
        return switch (this) {
            case DAY -> date.plusDays(steps);
            case WEEK -> date.plusWeeks(steps);
            case MONTH -> date.plusMonths(steps);
            case AGENDA -> date.plusWeeks(steps);
        };
    }
}
