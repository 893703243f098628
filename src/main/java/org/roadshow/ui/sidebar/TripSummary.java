package org.roadshow.ui.sidebar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.roadshow.model.Conference;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/** One line about a trip for the project overview: "Brussels · 4–5 Feb 2017 · 4 people · 19 items". */
public final class TripSummary {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private TripSummary() {
    }

    public static String of(Trip trip, Project project) {
        String cities = cities(trip);
        String days = days(trip).orElse("no conference yet");
        int people = trip.people().size();
        int items = trip.items().size();
        return (cities.isEmpty() ? "" : cities + " · ") + days + " · " + people + (people == 1 ? " person · " : " people · ")
                + items + (items == 1 ? " item" : " items");
    }

    /** The conferences' cities, "Los Angeles, Orlando", or "" when none is set. */
    public static String cities(Trip trip) {
        return trip.items(Conference.class).stream().map(Conference::city).filter(c -> !c.isBlank()).distinct()
                .collect(Collectors.joining(", "));
    }

    /** From the first conference day to the last, "4–5 Feb 2017"; empty without a conference. */
    public static java.util.Optional<String> days(Trip trip) {
        List<Conference> conferences = trip.items(Conference.class);
        return conferences.stream().map(Conference::firstDay).min(LocalDate::compareTo)
                .map(first -> span(first, conferences.stream().map(Conference::lastDay).max(LocalDate::compareTo)
                        .orElse(first)));
    }

    public static String span(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return first.format(DAY_MONTH_YEAR);
        }
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            return first.getDayOfMonth() + "–" + last.format(DAY_MONTH_YEAR);
        }
        if (first.getYear() == last.getYear()) {
            return first.format(DAY_MONTH) + " – " + last.format(DAY_MONTH_YEAR);
        }
        return first.format(DAY_MONTH_YEAR) + " – " + last.format(DAY_MONTH_YEAR);
    }
}
