package org.roadshow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Moment;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;

/**
 * The checks of a trip's booths: each shift's staff against the booth's minimum and maximum (people not on
 * the trip do not count), shifts outside the opening hours, opening hours with nobody on duty, and
 * opening-hours days outside the booth's conference. Each booth's opening hours and staffed shifts are
 * sorted once and walked together, so the work is a sort per booth, not shift times days.
 */
final class BoothChecks {
    /** A stretch of time, in instants, with the moments a sentence shows. */
    private record Span(Instant from, Instant until, Moment start, Moment end) {
    }

    private BoothChecks() {
    }

    static void check(Project project, TripFacts facts, List<Conflict> out) {
        Set<UUID> team = facts.team;
        for (Booth booth : facts.booths) {
            List<TripFacts.Entry> shifts = facts.shiftsByBooth.getOrDefault(booth.id(), List.of());
            List<Span> open = openSpans(booth);
            List<Span> staffed = new ArrayList<>();
            for (TripFacts.Entry e : shifts) {
                Shift shift = (Shift) e.item();
                Instant from = e.commitment().startInstant(); // worked out once for the whole check
                Instant until = e.commitment().endInstant();
                List<UUID> counted = counted(shift.people(), team);
                staffing(project, booth, shift, from, until, counted, out);
                if (!open.isEmpty()) {
                    outsideHours(project, booth, shift, from, until, open, out);
                    if (!counted.isEmpty()) { // only open hours can be unstaffed
                        staffed.add(new Span(from, until, shift.start(), shift.end()));
                    }
                }
            }
            unstaffed(booth, open, staffed, out);
            Conference conference = booth.conferenceId() == null ? null : facts.conferences.get(booth.conferenceId());
            if (conference != null) {
                daysOutside(booth, conference, out);
            }
        }
    }

    /** The shift's people who are on the trip, the ones who count for staffing. */
    private static List<UUID> counted(List<UUID> people, Set<UUID> team) {
        for (UUID p : people) {
            if (!team.contains(p)) {
                List<UUID> counted = new ArrayList<>(people.size());
                for (UUID q : people) {
                    if (team.contains(q)) {
                        counted.add(q);
                    }
                }
                return counted;
            }
        }
        return people;
    }

    private static String boothName(Booth booth) {
        return booth.name().isBlank() ? "the booth" : booth.name();
    }

    private static void staffing(Project project, Booth booth, Shift shift, Instant from, Instant until,
                                 List<UUID> counted, List<Conflict> out) {
        int n = counted.size();
        boolean under = n < booth.minStaff();
        boolean over = n > booth.maxStaff() && booth.maxStaff() >= booth.minStaff() && booth.maxStaff() > 0;
        if (!under && !over) {
            return;
        }
        List<String> names = names(project, counted);
        String who = ConflictText.names(names);
        int min = booth.minStaff();
        int max = booth.maxStaff();
        Sentence text = Sentence.later(() -> "Booth duty at " + boothName(booth) + " ("
                + ConflictText.range(shift.start(), shift.end(), false) + ") has "
                + (n == 0 ? "nobody on it" : ConflictText.count(n) + " on it (" + who + ")")
                + (under ? "; the booth needs at least " + ConflictText.count(min)
                : "; the booth takes at most " + ConflictText.count(max))
                + offTrip(project, shift, counted) + ".");
        out.add(new Conflict(under ? ConflictKind.UNDERSTAFFED : ConflictKind.OVERSTAFFED, counted, who, null, null,
                from, until, List.of(shift.id(), booth.id()), text));
    }

    private static List<String> names(Project project, List<UUID> people) {
        List<String> names = new ArrayList<>(people.size());
        for (UUID p : people) {
            names.add(project.personName(p));
        }
        return names;
    }

    /** "; Kirill Orlov is not on the trip" when people on the shift do not count. */
    private static String offTrip(Project project, Shift shift, List<UUID> counted) {
        List<String> off = new ArrayList<>();
        for (UUID p : shift.people()) {
            if (!counted.contains(p)) {
                off.add(project.personName(p));
            }
        }
        if (off.isEmpty()) {
            return "";
        }
        return " (" + ConflictText.names(off) + (off.size() == 1 ? " is" : " are") + " not on the trip)";
    }

    /** The shift against the booth's merged opening spans: the first stretch of it that is not covered. */
    private static void outsideHours(Project project, Booth booth, Shift shift, Instant from, Instant until,
                                     List<Span> open, List<Conflict> out) {
        Instant uncoveredFrom = null;
        Instant uncoveredUntil = null;
        Instant at = from;
        int i = firstEndingAfter(open, from);
        while (at.isBefore(until)) {
            Span next = i < open.size() ? open.get(i) : null;
            Instant gapEnd = next == null || next.from().isAfter(until) ? until : next.from();
            if (gapEnd.isAfter(at)) {
                uncoveredFrom = uncoveredFrom == null ? at : uncoveredFrom;
                uncoveredUntil = gapEnd;
                break; // the first uncovered stretch is the one the sentence names
            }
            at = next.until();
            i++;
        }
        if (uncoveredFrom == null) {
            return;
        }
        Instant gapFrom = uncoveredFrom;
        Instant gapUntil = uncoveredUntil;
        Sentence text = Sentence.later(() -> "Booth duty at " + boothName(booth) + " ("
                + ConflictText.range(shift.start(), shift.end(), false) + ") is outside the booth's opening hours ("
                + (gapFrom.equals(from) && gapUntil.equals(until) ? "the booth is closed then"
                : "closed " + ConflictText.range(moment(gapFrom, shift.start()), moment(gapUntil, shift.start()), false))
                + ").");
        out.add(new Conflict(ConflictKind.OUTSIDE_OPENING_HOURS, shift.people(),
                ConflictText.names(names(project, shift.people())), null, null, uncoveredFrom, uncoveredUntil,
                List.of(shift.id(), booth.id()), text));
    }

    /** The index of the first span that ends after {@code t} (binary search; spans are sorted and disjoint). */
    private static int firstEndingAfter(List<Span> spans, Instant t) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).until().isAfter(t)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Opening hours not covered by any staffed shift: a warning for each stretch. */
    private static void unstaffed(Booth booth, List<Span> open, List<Span> staffed, List<Conflict> out) {
        if (open.isEmpty()) {
            return;
        }
        List<Span> covered = merge(staffed);
        int j = 0;
        for (Span day : open) {
            Instant at = day.from();
            while (j < covered.size() && !covered.get(j).until().isAfter(at)) {
                j++;
            }
            int k = j;
            while (at.isBefore(day.until())) {
                Span c = k < covered.size() ? covered.get(k) : null;
                Instant gapEnd = c == null || c.from().isAfter(day.until()) ? day.until() : c.from();
                if (gapEnd.isAfter(at)) {
                    Instant gapFrom = at;
                    Moment zoneOf = day.start();
                    out.add(new Conflict(ConflictKind.UNSTAFFED_HOURS, List.of(), "", null, null, at, gapEnd,
                            List.of(booth.id()), Sentence.later(() -> "Nobody is on duty at " + boothName(booth) + " ("
                            + ConflictText.range(moment(gapFrom, zoneOf), moment(gapEnd, zoneOf), false)
                            + ") while the booth is open.")));
                }
                if (c == null || !c.from().isBefore(day.until())) {
                    break;
                }
                at = c.until().isAfter(at) ? c.until() : at;
                k++;
            }
        }
    }

    private static void daysOutside(Booth booth, Conference conference, List<Conflict> out) {
        for (OpeningHours h : booth.hours()) {
            LocalDate day = h.day();
            if (day.isBefore(conference.firstDay()) || day.isAfter(conference.lastDay())) {
                Instant from = ZonedDateTime.of(day, h.open(), booth.zone()).toInstant();
                Instant until = ZonedDateTime.of(day, h.close(), booth.zone()).toInstant();
                out.add(new Conflict(ConflictKind.HOURS_OUTSIDE_CONFERENCE, List.of(), "", null, null, from, until,
                        List.of(booth.id(), conference.id()), Sentence.later(() -> "The booth " + boothName(booth)
                        + " opens on " + ConflictText.day(day) + ", which is not a day of "
                        + (conference.name().isBlank() ? "its conference" : conference.name()) + " ("
                        + (conference.firstDay().equals(conference.lastDay()) ? ConflictText.day(conference.firstDay())
                        : ConflictText.day(conference.firstDay()) + " – " + ConflictText.day(conference.lastDay()))
                        + ").")));
            }
        }
    }

    /** The booth's opening hours as instants, sorted and merged. */
    private static List<Span> openSpans(Booth booth) {
        List<Span> spans = new ArrayList<>();
        for (OpeningHours h : booth.hours()) {
            Moment start = new Moment(h.day().atTime(h.open()), booth.zone());
            Moment end = new Moment(h.day().atTime(h.close()), booth.zone());
            if (end.instant().isAfter(start.instant())) {
                spans.add(new Span(start.instant(), end.instant(), start, end));
            }
        }
        return merge(spans);
    }

    /** Sorted by start, touching or overlapping spans joined. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::from));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !s.from().isAfter(last.until())) {
                if (s.until().isAfter(last.until())) {
                    merged.set(merged.size() - 1, new Span(last.from(), s.until(), last.start(), s.end()));
                }
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** The instant as a wall-clock time in the zone of {@code like}. */
    private static Moment moment(Instant t, Moment like) {
        return new Moment(t.atZone(like.zone()).toLocalDateTime(), like.zone());
    }
}
