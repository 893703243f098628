package org.roadshow.plan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.roadshow.model.Moment;
import org.roadshow.model.Session;

/**
 * What an updated programme did to one session someone cares about (starred or linked to a team talk).
 * {@code after} is the session as kept in the new programme (marked cancelled when the update dropped it).
 */
public record SessionChange(Session before, Session after, Set<Kind> kinds, boolean starred, boolean linked) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public enum Kind { MOVED, ROOM_CHANGED, RENAMED, CANCELLED, REINSTATED }

    public SessionChange {
        kinds = Set.copyOf(kinds);
    }

    public boolean is(Kind kind) {
        return kinds.contains(kind);
    }

    /** One line for the report, e.g. "moved: Sat 6 Feb 11:30-11:55 → Sun 7 Feb 10:00-10:25". */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        if (is(Kind.CANCELLED)) {
            out.add("cancelled (kept in the plan, marked cancelled)");
        }
        if (is(Kind.REINSTATED)) {
            out.add("back in the programme");
        }
        if (is(Kind.RENAMED)) {
            out.add("renamed to \"" + after.title() + "\"");
        }
        if (is(Kind.MOVED)) {
            out.add("moved: " + span(before.start(), before.end()) + " → " + span(after.start(), after.end()));
        }
        if (is(Kind.ROOM_CHANGED)) {
            out.add("room changed: " + orNone(before.room()) + " → " + orNone(after.room()));
        }
        return out;
    }

    /** "★ "Title" (starred, linked): moved: ...; room changed: ..." */
    @Override
    public String toString() {
        String why = starred && linked ? "starred, linked" : starred ? "starred" : "linked";
        return "\"" + before.title() + "\" (" + why + "): " + String.join("; ", describe());
    }

    static String span(Moment start, Moment end) {
        return WHEN.format(start.time()) + "-" + CLOCK.format(end.time());
    }

    private static String orNone(String room) {
        return room.isBlank() ? "(no room)" : room;
    }
}
