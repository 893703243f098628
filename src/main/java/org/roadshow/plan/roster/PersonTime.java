package org.roadshow.plan.roster;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.Availability;
import org.roadshow.model.Booth;
import org.roadshow.model.Shift;
import org.roadshow.model.TimeWindow;
import org.roadshow.model.TravelBuffers;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;
import org.roadshow.plan.Commitment;
import org.roadshow.plan.CommitmentKind;

/**
 * When one person can do duty at a booth: not before their first leg has landed plus the trip's buffer, not
 * after their last leg leaves less the buffer, not during any leg and its buffers, any other commitment of
 * theirs (talks, meetings, demos elsewhere, duty at other booths, sessions they starred) or a window they
 * said they are unavailable; and at most their daily maximum. Demos at this booth are no obstacle: they
 * belong with the duty there.
 */
final class PersonTime {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    /** Something that keeps the person from a shift, and how a sentence says it. */
    record Block(Instant start, Instant end, String why) {
    }

    final UUID person;
    final int maxMinutesPerDay;
    private final List<Block> blocks = new ArrayList<>();
    private Instant notBefore;
    private String notBeforeWhy;
    private Instant notAfter;
    private String notAfterWhy;

    private PersonTime(UUID person, int maxMinutesPerDay) {
        this.person = person;
        this.maxMinutesPerDay = maxMinutesPerDay;
    }

    /** The person's time around the booth, from their commitments (shifts of this booth left out). */
    static PersonTime of(UUID person, Trip trip, Booth booth, List<Commitment> own, List<Commitment> starred) {
        Availability said = trip.availabilityOf(person);
        PersonTime t = new PersonTime(person, said.maxMinutesPerDay());
        ZoneId zone = booth.zone();
        for (Commitment c : own) {
            if (c.kind() == CommitmentKind.TRAVEL || c.kind() == CommitmentKind.SHIFT && booth.id().equals(c.partOf())
                    || c.kind() == CommitmentKind.DEMO && booth.id().equals(c.partOf())) {
                continue;
            }
            t.blocks.add(new Block(c.startInstant(), c.endInstant(), what(c)));
        }
        for (Commitment c : starred) {
            t.blocks.add(new Block(c.startInstant(), c.endInstant(), "wants to see \u201c" + c.name() + "\u201d"));
        }
        for (TimeWindow w : said.unavailable()) {
            t.blocks.add(new Block(w.start().instant(), w.end().instant(),
                    "is unavailable" + (w.note().isBlank() ? "" : " (" + w.note() + ")")));
        }
        t.travel(trip, booth, zone);
        t.blocks.sort(Comparator.comparing(Block::start));
        return t;
    }

    private void travel(Trip trip, Booth booth, ZoneId zone) {
        TravelBuffers buffers = trip.buffers();
        List<TravelLeg> legs = trip.items(TravelLeg.class).stream().filter(l -> l.travellers().contains(person))
                .sorted(Comparator.comparing((TravelLeg l) -> l.departure().instant())).toList();
        for (TravelLeg l : legs) {
            Instant from = l.departure().instant().minusSeconds(60L * buffers.before(l.mode()));
            Instant to = l.arrival().instant().plusSeconds(60L * buffers.after(l.mode()));
            blocks.add(new Block(from, to, "is travelling (" + l.label() + ")"));
        }
        if (legs.isEmpty()) {
            return;
        }
        TravelLeg first = legs.get(0);
        TravelLeg last = legs.get(legs.size() - 1);
        boolean single = legs.size() == 1;
        if (single && leaves(first, booth)) {
            first = null;
        } else if (single) {
            last = null;
        }
        if (first != null) {
            notBefore = first.arrival().instant().plusSeconds(60L * buffers.after(first.mode()));
            notBeforeWhy = "is not there yet (arrives " + local(first.arrival().instant(), zone) + ")";
        }
        if (last != null) {
            notAfter = last.departure().instant().minusSeconds(60L * buffers.before(last.mode()));
            notAfterWhy = "has left (departs " + local(last.departure().instant(), zone) + ")";
        }
    }

    /** A lone leg is the way home when it departs in the second half of the booth's opening days. */
    private static boolean leaves(TravelLeg leg, Booth booth) {
        if (booth.hours().isEmpty()) {
            return false;
        }
        Instant open = booth.hours().stream().map(h -> h.day().atTime(h.open()).atZone(booth.zone()).toInstant())
                .min(Comparator.naturalOrder()).orElseThrow();
        Instant close = booth.hours().stream().map(h -> h.day().atTime(h.close()).atZone(booth.zone()).toInstant())
                .max(Comparator.naturalOrder()).orElseThrow();
        Instant middle = open.plusSeconds((close.getEpochSecond() - open.getEpochSecond()) / 2);
        return leg.departure().instant().isAfter(middle);
    }

    /** Why the person cannot do this shift (before counting hours), or null when they are free for it. */
    String blocked(Shift shift) {
        return blocked(shift.start().instant(), shift.end().instant());
    }

    /** As {@link #blocked(Shift)}, for a shift from {@code from} until {@code to}. */
    String blocked(Instant from, Instant to) {
        if (notBefore != null && from.isBefore(notBefore)) {
            return notBeforeWhy;
        }
        if (notAfter != null && to.isAfter(notAfter)) {
            return notAfterWhy;
        }
        for (Block b : blocks) {
            if (!b.start().isBefore(to)) {
                break;
            }
            if (from.isBefore(b.end())) {
                return b.why();
            }
        }
        return null;
    }

    private static String what(Commitment c) {
        String name = "\u201c" + c.name() + "\u201d";
        return switch (c.kind()) {
            case TALK -> "gives the talk " + name;
            case SHIFT -> "is on duty at " + c.name();
            case DEMO -> "runs the demo " + name;
            case MEETING -> "has the meeting " + name;
            case TRAVEL -> "is travelling";
            case STARRED_SESSION, SESSION -> "wants to see " + name;
        };
    }

    private static String local(Instant instant, ZoneId zone) {
        LocalTime t = instant.atZone(zone).toLocalTime();
        return instant.atZone(zone).toLocalDate() + " " + HM.format(t);
    }
}
