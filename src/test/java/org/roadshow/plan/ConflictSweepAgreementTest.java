package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Booth;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Person;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Shift;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelBuffers;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;
import org.roadshow.model.UnknownFields;

/**
 * The sweeps against a brute-force check of every pair, on thousands of random trips (seeded, so a failure
 * repeats): overlaps, starred clashes, travel buffers, and — sampled every 15 minutes — shifts outside the
 * opening hours and open hours with nobody on duty. Times are on a 15-minute grid over four days that include
 * the night the United States move their clocks forward, in three zones.
 */
class ConflictSweepAgreementTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("America/New_York"),
            ZoneId.of("Europe/Berlin"));
    private static final LocalDateTime FIRST = LocalDateTime.of(2025, 3, 8, 0, 0);
    private static final Duration SLOT = Duration.ofMinutes(15);

    @Test
    void theSweepsFindWhatCheckingEveryPairFinds() {
        Random random = new Random(20260901L);
        int projects = 2000;
        int conflicts = 0;
        Set<ConflictKind> seen = new HashSet<>();
        for (int n = 0; n < projects; n++) {
            Project project = randomProject(random, n);
            Trip trip = project.trips().get(0);
            List<Conflict> found = Conflicts.forTrip(project, trip);
            conflicts += found.size();
            found.forEach(c -> seen.add(c.kind()));
            assertEquals(bruteForcePairs(project, trip), keys(found, PAIR_KINDS), "project " + n);
            assertEquals(slotsOutsideHours(trip), firstOutside(found), "outside hours, project " + n);
            assertEquals(unstaffedSlots(trip), slotsOf(found, ConflictKind.UNSTAFFED_HOURS), "unstaffed, project " + n);
        }
        assertTrue(conflicts > projects, "the generator makes conflicts: " + conflicts);
        assertTrue(seen.containsAll(PAIR_KINDS) && seen.contains(ConflictKind.UNSTAFFED_HOURS)
                && seen.contains(ConflictKind.OUTSIDE_OPENING_HOURS), "every compared kind occurs: " + seen);
    }

    private static final Set<ConflictKind> PAIR_KINDS = Set.of(ConflictKind.OVERLAP, ConflictKind.STARRED_CLASH,
            ConflictKind.TOO_SOON_AFTER_TRAVEL, ConflictKind.TOO_CLOSE_BEFORE_TRAVEL);

    private static Set<String> keys(List<Conflict> conflicts, Set<ConflictKind> kinds) {
        Set<String> out = new TreeSet<>();
        for (Conflict c : conflicts) {
            if (kinds.contains(c.kind())) {
                out.add(key(c.kind(), c.people().get(0), new TreeSet<>(c.items()).toString(), c.from(), c.until()));
            }
        }
        return out;
    }

    private static String key(ConflictKind kind, UUID person, String items, Instant from, Instant until) {
        return kind + " " + person + " " + items + " " + from + " " + until;
    }

    /** Every pair of each person's commitments, and every leg against every other own item. */
    private static Set<String> bruteForcePairs(Project project, Trip trip) {
        Set<String> out = new TreeSet<>();
        Map<UUID, List<Commitment>> own = Commitments.ownByPerson(trip);
        Map<UUID, List<Commitment>> starred = Commitments.starredByPerson(trip);
        Map<UUID, TravelMode> modes = TravelBufferCheck.modes(trip.items(TravelLeg.class));
        TravelBuffers buffers = trip.buffers();
        for (Map.Entry<UUID, List<Commitment>> e : own.entrySet()) {
            UUID person = e.getKey();
            List<Commitment> mine = e.getValue();
            for (int i = 0; i < mine.size(); i++) {
                for (int j = i + 1; j < mine.size(); j++) {
                    Commitment a = mine.get(i);
                    Commitment b = mine.get(j);
                    if (a.overlaps(b) && !a.belongsWith(b)) {
                        out.add(pair(ConflictKind.OVERLAP, person, a, b, a.startInstant(), a.endInstant()));
                    }
                }
                for (Commitment s : starred.getOrDefault(person, List.of())) {
                    Commitment a = mine.get(i);
                    if (a.overlaps(s) && !a.belongsWith(s)) {
                        out.add(pair(ConflictKind.STARRED_CLASH, person, a, s, a.startInstant(), a.endInstant()));
                    }
                }
            }
            for (Commitment leg : mine) {
                if (leg.kind() != CommitmentKind.TRAVEL) {
                    continue;
                }
                TravelMode mode = modes.get(leg.id());
                Instant beforeFrom = leg.startInstant().minus(Duration.ofMinutes(buffers.before(mode)));
                Instant afterUntil = leg.endInstant().plus(Duration.ofMinutes(buffers.after(mode)));
                for (Commitment item : mine) {
                    if (item.kind() == CommitmentKind.TRAVEL) {
                        continue;
                    }
                    if (!item.endInstant().isAfter(leg.startInstant()) && item.endInstant().isAfter(beforeFrom)) {
                        out.add(pair(ConflictKind.TOO_CLOSE_BEFORE_TRAVEL, person, leg, item, beforeFrom,
                                leg.startInstant()));
                    }
                    if (!item.startInstant().isBefore(leg.endInstant()) && item.startInstant().isBefore(afterUntil)) {
                        out.add(pair(ConflictKind.TOO_SOON_AFTER_TRAVEL, person, leg, item, leg.endInstant(),
                                afterUntil));
                    }
                }
            }
        }
        return out;
    }

    /** The key of a pair conflict: the part of {@code b} inside [from, until) of {@code a}. */
    private static String pair(ConflictKind kind, UUID person, Commitment a, Commitment b, Instant from, Instant until) {
        Instant f = b.startInstant().isAfter(from) ? b.startInstant() : from;
        Instant u = b.endInstant().isBefore(until) ? b.endInstant() : until;
        return key(kind, person, new TreeSet<>(List.of(a.id(), b.id())).toString(), f, u);
    }

    /** For each shift that has a slot outside its booth's hours, the first such slot. */
    private static Set<String> slotsOutsideHours(Trip trip) {
        Set<String> out = new TreeSet<>();
        for (Shift shift : trip.items(Shift.class)) {
            Booth booth = (Booth) trip.item(shift.boothId()).orElseThrow();
            if (booth.hours().isEmpty()) {
                continue;
            }
            for (Instant t = shift.start().instant(); t.isBefore(shift.end().instant()); t = t.plus(SLOT)) {
                if (!open(booth, t)) {
                    out.add(shift.id() + " " + t);
                    break;
                }
            }
        }
        return out;
    }

    private static Set<String> firstOutside(List<Conflict> found) {
        Set<String> out = new TreeSet<>();
        for (Conflict c : found) {
            if (c.kind() == ConflictKind.OUTSIDE_OPENING_HOURS) {
                out.add(c.items().get(0) + " " + c.from());
            }
        }
        return out;
    }

    /** Each open slot of each booth with no shift that has someone from the trip on it. */
    private static Set<String> unstaffedSlots(Trip trip) {
        Set<String> out = new TreeSet<>();
        for (Booth booth : trip.items(Booth.class)) {
            for (OpeningHours h : booth.hours()) {
                Instant from = new Moment(h.day().atTime(h.open()), booth.zone()).instant();
                Instant until = new Moment(h.day().atTime(h.close()), booth.zone()).instant();
                for (Instant t = from; t.isBefore(until); t = t.plus(SLOT)) {
                    Instant slot = t;
                    boolean staffed = trip.items(Shift.class).stream().anyMatch(s -> s.boothId().equals(booth.id())
                            && s.people().stream().anyMatch(trip.people()::contains)
                            && !s.start().instant().isAfter(slot) && s.end().instant().isAfter(slot));
                    if (!staffed) {
                        out.add(booth.id() + " " + slot);
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> slotsOf(List<Conflict> found, ConflictKind kind) {
        Set<String> out = new TreeSet<>();
        for (Conflict c : found) {
            if (c.kind() == kind) {
                for (Instant t = c.from(); t.isBefore(c.until()); t = t.plus(SLOT)) {
                    assertTrue(out.add(c.items().get(0) + " " + t), "gaps do not overlap: " + c.message());
                }
            }
        }
        return out;
    }

    private static boolean open(Booth booth, Instant t) {
        for (OpeningHours h : booth.hours()) {
            Instant from = new Moment(h.day().atTime(h.open()), booth.zone()).instant();
            Instant until = new Moment(h.day().atTime(h.close()), booth.zone()).instant();
            if (!from.isAfter(t) && until.isAfter(t)) {
                return true;
            }
        }
        return false;
    }

    // --- the generator ---

    private static Project randomProject(Random r, int n) {
        List<UUID> people = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID id = new UUID(n, i);
            people.add(id);
            persons.add(new Person(id, "P" + i, "", "", ZONES.get(i % ZONES.size())));
        }
        List<UUID> team = people.subList(0, 3); // the fourth is not on the trip
        List<Item> items = new ArrayList<>();
        int next = 100;
        List<UUID> booths = new ArrayList<>();
        for (int b = 0; b < 1 + r.nextInt(2); b++) {
            ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
            List<OpeningHours> hours = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                if (r.nextInt(3) > 0) {
                    int open = 6 + r.nextInt(8);
                    hours.add(new OpeningHours(FIRST.toLocalDate().plusDays(d), LocalTime.of(open, 15 * r.nextInt(4)),
                            LocalTime.of(Math.min(23, open + 1 + r.nextInt(9)), 0)));
                }
            }
            UUID booth = new UUID(n, next++);
            booths.add(booth);
            items.add(BlankItems.booth(booth, zone).withName("B" + b).withHours(hours).withMinStaff(r.nextInt(3))
                    .withMaxStaff(1 + r.nextInt(3)));
        }
        int count = 3 + r.nextInt(25);
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(n, next++);
            ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
            Moment start = new Moment(FIRST.plusMinutes(15L * r.nextInt(4 * 24 * 4)), zone);
            Moment end = start.plusMinutes(15L * (1 + r.nextInt(24)));
            List<UUID> who = someOf(r, people);
            items.add(switch (r.nextInt(5)) {
                case 0 -> BlankItems.shift(id, booths.get(r.nextInt(booths.size())),
                        new Moment(start.time(), ((Booth) items.get(0)).zone()),
                        new Moment(end.time(), ((Booth) items.get(0)).zone())).withPeople(who);
                case 1 -> BlankItems.talk(id, start, end).withTitle("T" + i).withSpeakers(who);
                case 2 -> BlankItems.demo(id, start, end).withWhat("D" + i).withPeople(who)
                        .withLinkedItem(r.nextBoolean() ? booths.get(0) : null);
                case 3 -> BlankItems.travel(id, TravelMode.values()[r.nextInt(TravelMode.values().length)], start,
                        new Moment(end.time().plusHours(r.nextInt(4)), ZONES.get(r.nextInt(ZONES.size()))))
                        .withTravellers(who);
                default -> BlankItems.meeting(id, start, end).withTitle("M" + i).withPeople(who);
            });
        }
        // As the file reader would refuse them: items that end before they start (local times in the spring-forward
        // gap) and items that take no time, which overlap nothing.
        items.removeIf(i -> i instanceof Timed t && !t.end().instant().isAfter(t.start().instant()));
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < r.nextInt(8); i++) {
            ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
            Moment start = new Moment(FIRST.plusMinutes(15L * r.nextInt(4 * 24 * 4)), zone);
            sessions.add(new Session(new UUID(n, next++), "", "", "", "S" + i, "", "", "", "", start,
                    start.plusMinutes(15L * (1 + r.nextInt(8))), List.of(), "", List.of(),
                    new LinkedHashSet<>(someOf(r, people)), r.nextInt(10) == 0));
        }
        Programme programme = new Programme(new UUID(n, next), null, "P", "", ZONES.get(0), null, sessions);
        TravelBuffers buffers = r.nextBoolean() ? TravelBuffers.DEFAULTS
                : new TravelBuffers(15 * r.nextInt(6), 15 * r.nextInt(8), 15 * r.nextInt(3));
        Trip trip = new Trip(new UUID(n, 0xFFFF), "Trip " + n, team, items, List.of(programme), buffers);
        return new Project("Random " + n, persons, List.of(trip), UnknownFields.NONE);
    }

    private static List<UUID> someOf(Random r, List<UUID> people) {
        List<UUID> out = new ArrayList<>();
        for (UUID p : people) {
            if (r.nextInt(3) == 0) {
                out.add(p);
            }
        }
        return out;
    }
}
