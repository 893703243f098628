package org.roadshow.plan;

import java.time.LocalDateTime;
import java.time.ZoneId;
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
        Moment start = c.start();
        Moment end = c.end();
        if (c.crossesZones()) {
            return at(start) + " " + city(start.zone()) + " → " + at(end) + " " + city(end.zone());
        }
        String range = start.time().toLocalDate().equals(end.time().toLocalDate())
                ? at(start) + "–" + clock(end.time())
                : at(start) + " – " + at(end);
        return withZone ? range + " " + city(start.zone()) : range;
    }

    /** "Sat 4 Feb 09:30". */
    private static String at(Moment m) {
        LocalDateTime t = m.time();
        return DAYS[t.getDayOfWeek().ordinal()] + " " + t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " "
                + clock(t);
    }

    private static String clock(LocalDateTime t) {
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
