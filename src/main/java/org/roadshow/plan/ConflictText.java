package org.roadshow.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.roadshow.model.Moment;

/**
 * The words of conflicts: what a commitment is called and when it happens, in the local time of the
 * place where it happens. A zone is named where the reader could otherwise not tell the clocks apart:
 * when two things in one sentence happen in different zones, and at both ends of travel across zones.
 */
public final class ConflictText {
    // English names by hand: a DateTimeFormatter costs more than the sweep when a big project has many conflicts.
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private ConflictText() {
    }

    /** "Ravi Iyer gives the talk “X” (Sat 4 Feb 11:30–11:55) during booth duty at Xen Project (Sat 4 Feb 09:30–12:00)." */
    public static String sentence(String person, Commitment subject, Commitment during) {
        boolean zones = !subject.start().zone().equals(during.start().zone());
        return person + " " + verb(subject) + " (" + when(subject, zones) + ") during " + noun(during)
                + " (" + when(during, zones) + ").";
    }

    /** "booth duty at Xen Project (Sat 4 Feb 09:30–12:00)", naming its zone when it is not {@code reader}'s. */
    public static String describe(Commitment c, ZoneId reader) {
        return noun(c) + " (" + when(c, !c.start().zone().equals(reader)) + ")";
    }

    /** What the person does, after their name: "gives the talk “X”". */
    static String verb(Commitment c) {
        return switch (c.kind()) {
            case TALK -> "gives the talk " + quoted(c.name());
            case SHIFT -> "has booth duty at " + c.name();
            case DEMO -> "runs the demo " + quoted(c.name());
            case TRAVEL -> "is on the " + c.name();
            case MEETING -> "is at the meeting " + quoted(c.name());
            case STARRED_SESSION -> "starred " + quoted(c.name());
            case SESSION -> "could go to " + quoted(c.name());
        };
    }

    /** What the thing is called after "during": "booth duty at Xen Project". */
    static String noun(Commitment c) {
        return switch (c.kind()) {
            case TALK -> "the talk " + quoted(c.name());
            case SHIFT -> "booth duty at " + c.name();
            case DEMO -> "the demo " + quoted(c.name());
            case TRAVEL -> "the " + c.name();
            case MEETING -> "the meeting " + quoted(c.name());
            case STARRED_SESSION -> "the starred session " + quoted(c.name());
            case SESSION -> "the session " + quoted(c.name());
        };
    }

    /**
     * "Sat 4 Feb 09:30–12:00"; "Sun 10 Feb 22:35 – Mon 11 Feb 06:20" across midnight; with the zone at both
     * ends for travel across zones, and at the end when {@code withZone}.
     */
    static String when(Commitment c, boolean withZone) {
        return range(c.start(), c.end(), withZone);
    }

    /** As {@link #when} for any two moments. */
    static String range(Moment start, Moment end, boolean withZone) {
        if (!start.zone().equals(end.zone())) {
            return at(start) + " " + city(start.zone()) + " → " + at(end) + " " + city(end.zone());
        }
        String range = start.time().toLocalDate().equals(end.time().toLocalDate())
                ? at(start) + "–" + clock(end.time())
                : at(start) + " – " + at(end);
        return withZone ? range + " " + city(start.zone()) : range;
    }

    /** "Sat 4 Feb 09:30". */
    static String at(Moment m) {
        LocalDateTime t = m.time();
        return DAYS[t.getDayOfWeek().ordinal()] + " " + t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " "
                + clock(t);
    }

    /** "Sat 4 Feb". */
    static String day(LocalDate d) {
        return DAYS[d.getDayOfWeek().ordinal()] + " " + d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
    }

    /** "Ann", "Ann and Bob", "Ann, Bob and Cy". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "1 person", "3 people". */
    static String count(int people) {
        return people + (people == 1 ? " person" : " people");
    }

    /** "15 minutes", "1 h 30 min". */
    static String minutes(long minutes) {
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    static String clock(LocalDateTime t) {
        int h = t.getHour();
        int m = t.getMinute();
        return (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m;
    }

    /** "Los Angeles time" for America/Los_Angeles; the id itself for zones without a city ("UTC time"). */
    static String city(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') + " time";
    }

    private static String quoted(String title) {
        return "“" + title + "”";
    }
}
