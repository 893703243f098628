package org.roadshow.io.print;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words and dates of a printed roster, the same on paper, in the PDF and on screen. */
public final class RosterText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private RosterText() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String title(RosterSheet sheet) {
        return "Booth duty roster · " + sheet.boothName();
    }

    /** "FOSDEM 2017, Brussels · Saturday 4 February 2017 to Sunday 5 February 2017" and the like. */
    public static List<String> headerLines(RosterSheet sheet) {
        List<String> lines = new ArrayList<>();
        List<String> event = new ArrayList<>();
        if (!sheet.conference().isBlank()) {
            event.add(sheet.conference() + (sheet.city().isBlank() ? "" : ", " + sheet.city()));
        }
        sheet.firstDay().ifPresent(first -> {
            LocalDate last = sheet.lastDay().orElse(first);
            event.add(first.equals(last) ? day(first) : day(first) + " to " + day(last));
        });
        if (!event.isEmpty()) {
            lines.add(String.join(" · ", event));
        }
        if (!sheet.location().isBlank()) {
            lines.add("Location: " + sheet.location());
        }
        if (!sheet.partners().isEmpty()) {
            lines.add("Shared with: " + String.join(", ", sheet.partners()));
        }
        lines.add("Times in " + zone(sheet.zone(), sheet.firstDay().orElse(LocalDate.now())));
        return lines;
    }

    /** "Europe/Brussels (CET)": the zone's abbreviation on that day, where it has one. */
    public static String zone(ZoneId zone, LocalDate on) {
        String abbreviation = ZONE_NAME.format(on.atTime(12, 0).atZone(zone));
        return abbreviation.equals(zone.getId()) ? zone.getId() : zone.getId() + " (" + abbreviation + ")";
    }

    /** "2.5 h", "12 h": short enough for a column of totals. */
    public static String shortHours(long minutes) {
        if (minutes % 60 == 0) {
            return minutes / 60 + " h";
        }
        return String.format(Locale.ROOT, "%.1f h", minutes / 60.0).replace(".0 h", " h");
    }

    public static String hours(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
