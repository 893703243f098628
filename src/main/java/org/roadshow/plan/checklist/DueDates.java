package org.roadshow.plan.checklist;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.roadshow.model.Booth;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Conference;
import org.roadshow.model.Due;
import org.roadshow.model.Item;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Timed;
import org.roadshow.model.Trip;

/**
 * Works out checklist due dates in one trip. "N days before the trip" counts from {@link Trip#firstDay()};
 * "N days before an item" counts calendar days back from the day the item starts in its own zone, so "the
 * evening before the talk" stays at 18:00 local time across a clock change, and follows the talk when it
 * moves. Made once per trip snapshot (the anchors are looked up by id), then asked for each item.
 */
public final class DueDates {
    /** How a due day is written: "Sun 17 Jan 2027". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private final Optional<LocalDate> tripStart;
    private final Map<java.util.UUID, Item> items = new HashMap<>();

    private DueDates(Trip trip) {
        tripStart = trip.firstDay();
        for (Item item : trip.items()) {
            items.put(item.id(), item);
        }
    }

    public static DueDates of(Trip trip) {
        return new DueDates(trip);
    }

    /** The item's due date in its trip; empty when it has none or it cannot be worked out yet. */
    public static Optional<ResolvedDue> resolve(Trip trip, ChecklistItem item) {
        return of(trip).resolve(item.due());
    }

    /** An item of the trip by id. */
    public Optional<Item> item(java.util.UUID id) {
        return Optional.ofNullable(items.get(id));
    }

    public Optional<ResolvedDue> resolve(Due due) {
        if (due instanceof Due.On on) {
            return Optional.of(new ResolvedDue(on.date(), null, null, DAY.format(on.date())));
        } else if (due instanceof Due.BeforeTrip before) {
            return tripStart.map(start -> {
                LocalDate day = start.minusDays(before.days());
                return new ResolvedDue(day, null, null, beforeTrip(before.days()) + ": " + DAY.format(day));
            });
        } else if (due instanceof Due.BeforeItem before) {
            Item anchor = items.get(before.item());
            return anchor == null ? Optional.empty() : start(anchor).map(start -> {
                LocalDate day = start.day().minusDays(before.days());
                LocalTime time = before.at();
                String when = time == null ? DAY.format(day)
                        : DAY.format(day) + " " + time + " (" + start.zone().getId() + ")";
                return new ResolvedDue(day, time, time == null ? null : start.zone(),
                        beforeItem(before, anchor) + ": " + when);
            });
        }
        return Optional.empty();
    }

    /** The due date in words, also when it cannot be worked out ("the trip has no dates yet"); "" for none. */
    public String describe(Due due) {
        if (due == null) {
            return "";
        }
        Optional<ResolvedDue> resolved = resolve(due);
        if (resolved.isPresent()) {
            return resolved.get().sentence();
        } else if (due instanceof Due.BeforeTrip before) {
            return beforeTrip(before.days()) + ": the trip has no dates yet";
        } else if (due instanceof Due.BeforeItem before) {
            Item anchor = items.get(before.item());
            return anchor == null ? "before an item that is no longer in this trip"
                    : beforeItem(before, anchor) + ": " + quoted(anchor) + " has no date yet";
        }
        return "";
    }

    private static String beforeTrip(int days) {
        if (days == 0) {
            return "the trip's first day";
        }
        return count(days) + (days > 0 ? " before the trip" : " after the trip starts");
    }

    private static String beforeItem(Due.BeforeItem due, Item anchor) {
        String at = due.at() == null ? "" : ", at " + due.at();
        if (due.days() == 0) {
            return "the day of " + quoted(anchor) + at;
        }
        return count(due.days()) + (due.days() > 0 ? " before " : " after ") + quoted(anchor) + at;
    }

    private static String count(int days) {
        int n = Math.abs(days);
        return n + (n == 1 ? " day" : " days");
    }

    private static String quoted(Item item) {
        String label = item.label().isBlank() ? item.kind().singular().toLowerCase(Locale.ROOT) : item.label();
        return "\u201c" + label + "\u201d";
    }

    /** The day an anchor starts and its zone: a timed item's start, a conference's first day, a booth's first opening. */
    record Start(LocalDate day, ZoneId zone) {
    }

    static Optional<Start> start(Item item) {
        if (item instanceof Timed timed) {
            return Optional.of(new Start(timed.start().time().toLocalDate(), timed.start().zone()));
        } else if (item instanceof Conference c) {
            return Optional.of(new Start(c.firstDay(), c.zone()));
        } else if (item instanceof Booth b) {
            return b.hours().stream().map(OpeningHours::day).min(Comparator.naturalOrder())
                    .map(day -> new Start(day, b.zone()));
        }
        return Optional.empty();
    }
}
