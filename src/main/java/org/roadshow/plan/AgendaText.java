package org.roadshow.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.roadshow.model.Booth;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;

/**
 * A person's agenda as plain text, one block per day, to paste into an e-mail. Times are where things happen
 * (a leg across zones shows both clocks), or all in one zone when one is given; an entry that ends on a later
 * day says so ("+1 day").
 */
public final class AgendaText {
    private AgendaText() {
    }

    /** The entries (in time order) under a heading, in {@code zone}'s clock, or each in its own when null. */
    public static String of(String heading, List<AgendaEntry> entries, ZoneId zone) {
        StringBuilder out = new StringBuilder(heading).append('\n');
        if (entries.isEmpty()) {
            return out.append("\nNothing planned.\n").toString();
        }
        LocalDate day = null;
        for (AgendaEntry e : entries) {
            Moment start = in(e.start(), zone);
            Moment end = in(e.end(), zone);
            if (!start.time().toLocalDate().equals(day)) {
                day = start.time().toLocalDate();
                out.append('\n').append(ConflictText.day(day)).append(' ').append(day.getYear()).append('\n');
            }
            out.append("  ").append(times(start, end, zone == null)).append("  ").append(what(e)).append('\n');
        }
        return out.toString();
    }

    private static Moment in(Moment m, ZoneId zone) {
        return zone == null ? m : new Moment(m.zoned().withZoneSameInstant(zone).toLocalDateTime(), zone);
    }

    /** "09:30–12:00", "22:35 Los Angeles time – 06:20 New York time (+1 day)". */
    private static String times(Moment start, Moment end, boolean local) {
        LocalDateTime s = start.time();
        LocalDateTime e = end.time();
        long days = e.toLocalDate().toEpochDay() - s.toLocalDate().toEpochDay();
        String later = days == 0 ? "" : " (+" + days + (days == 1 ? " day)" : " days)");
        if (local && !start.zone().equals(end.zone())) {
            return ConflictText.clock(s) + " " + ConflictText.city(start.zone()) + " – " + ConflictText.clock(e) + " "
                    + ConflictText.city(end.zone()) + later;
        }
        return ConflictText.clock(s) + "–" + ConflictText.clock(e) + later;
    }

    private static String what(AgendaEntry e) {
        if (e.session() != null) {
            return "Starred: " + e.session().title() + place(e.session().room());
        }
        Item item = e.item();
        return switch (item.kind()) {
            case TALK -> "Talk: " + ((Talk) item).title() + place(((Talk) item).room());
            case SHIFT -> "Booth duty: " + booth(e, (Shift) item);
            case DEMO -> "Demo: " + ((Demo) item).what() + place(((Demo) item).where());
            case TRAVEL -> {
                TravelLeg l = (TravelLeg) item;
                yield l.mode().label() + " " + l.from() + " → " + l.to() + place(l.carrier());
            }
            case MEETING -> "Meeting: " + ((Meeting) item).title() + place(((Meeting) item).where());
            case CONFERENCE, BOOTH, CHECKLIST -> item.label();
        };
    }

    private static String booth(AgendaEntry e, Shift s) {
        return e.trip().item(s.boothId()).filter(Booth.class::isInstance).map(b -> {
            Booth booth = (Booth) b;
            return (booth.name().isBlank() ? "booth" : booth.name()) + place(booth.location());
        }).orElse("booth");
    }

    private static String place(String where) {
        return where == null || where.isBlank() ? "" : " (" + where + ")";
    }
}
