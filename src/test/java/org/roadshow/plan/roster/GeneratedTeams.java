package org.roadshow.plan.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Availability;
import org.roadshow.model.Booth;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.TimeWindow;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflicts;

/**
 * Seeded random teams at booths: opening hours over some days, the shifts made from them, and people with
 * talks, meetings, flights that land during the first day or leave during the last, unavailable windows,
 * daily maximums and pinned places. {@code busy} scales how much of that there is (0: everyone is free).
 */
public final class GeneratedTeams {
    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 6);

    private GeneratedTeams() {
    }

    public static Project project(long seed, int booths, int days, int people, double busy) {
        Random r = new Random(seed);
        List<Person> team = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            team.add(new Person(new UUID(seed, i), "Person " + i, "", "", ZONE));
        }
        List<UUID> ids = team.stream().map(Person::id).toList();
        List<Item> items = new ArrayList<>();
        List<Booth> boothList = new ArrayList<>();
        for (int b = 0; b < booths; b++) {
            List<OpeningHours> hours = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                hours.add(new OpeningHours(FIRST_DAY.plusDays(d), LocalTime.of(9 + r.nextInt(2), 0),
                        LocalTime.of(17 + r.nextInt(2), 0)));
            }
            Booth booth = BlankItems.booth(new UUID(seed + 1000, b), ZONE).withName("Booth " + b).withHours(hours)
                    .withMinStaff(1 + r.nextInt(2)).withMaxStaff(3).withShiftMinutes(r.nextBoolean() ? 120 : 180)
                    .withOverlapMinutes(r.nextInt(3) == 0 ? 15 : 0);
            boothList.add(booth);
            items.add(booth);
            for (Shift s : ShiftPlan.generate(booth, List.of())) {
                items.add(BlankItems.shift(new UUID(seed + 2000 + b, items.size()), booth.id(), s.start(), s.end()));
            }
        }
        List<Availability> stated = new ArrayList<>();
        int n = 0;
        for (UUID p : ids) {
            n++;
            if (r.nextDouble() < busy) {
                LocalDate day = FIRST_DAY.plusDays(r.nextInt(days));
                Moment start = at(day, 9 + r.nextInt(8), 30 * r.nextInt(2));
                items.add(BlankItems.talk(new UUID(seed + 3000, n), start, start.plusMinutes(30 + 30L * r.nextInt(2)))
                        .withTitle("Talk " + n).withSpeakers(List.of(p)));
            }
            if (r.nextDouble() < busy / 2) {
                LocalDate day = FIRST_DAY.plusDays(r.nextInt(days));
                Moment start = at(day, 12 + r.nextInt(5), 0);
                items.add(BlankItems.meeting(new UUID(seed + 4000, n), start, start.plusMinutes(90))
                        .withTitle("Meeting " + n).withPeople(List.of(p)));
            }
            if (r.nextDouble() < busy / 2) {
                Moment land = at(FIRST_DAY, 10 + r.nextInt(5), 0);
                items.add(BlankItems.travel(new UUID(seed + 5000, n), TravelMode.FLIGHT, land.plusMinutes(-120), land)
                        .withFrom("SFO").withTo("LAX").withTravellers(List.of(p)));
                Moment leave = at(FIRST_DAY.plusDays(days - 1), 13 + r.nextInt(5), 0);
                items.add(BlankItems.travel(new UUID(seed + 6000, n), TravelMode.FLIGHT, leave, leave.plusMinutes(90))
                        .withFrom("LAX").withTo("SFO").withTravellers(List.of(p)));
            }
            int max = r.nextDouble() < busy / 2 ? 60 * (3 + r.nextInt(3)) : 0;
            List<TimeWindow> away = new ArrayList<>();
            if (r.nextDouble() < busy / 2) {
                Moment start = at(FIRST_DAY.plusDays(r.nextInt(days)), 9 + r.nextInt(8), 0);
                away.add(new TimeWindow(start, start.plusMinutes(60 + 60L * r.nextInt(3)), "Away " + n));
            }
            if (max > 0 || !away.isEmpty()) {
                stated.add(new Availability(p, max, away));
            }
        }
        Trip trip = new Trip(new UUID(seed, 9999), "Generated " + seed, ids, items, List.of()).withAvailability(stated);
        List<Shift> shifts = trip.items(Shift.class);
        for (int i = 0; i < shifts.size() && busy > 0; i++) { // a few hand assignments of free people
            if (r.nextDouble() < 0.08) {
                UUID p = ids.get(r.nextInt(ids.size()));
                Shift s = shifts.get(i);
                Trip pinned = trip.withItem(s.withPeople(List.of(p)).withPinned(List.of(p)));
                Project check = new Project("Generated", team, List.of(pinned), null);
                if (Conflicts.forPerson(check, pinned, p).isEmpty()) {
                    trip = pinned;
                }
            }
        }
        return new Project("Generated", team, List.of(trip), null);
    }

    static Moment at(LocalDate day, int hour, int minute) {
        return new Moment(day.atTime(hour, minute), ZONE);
    }
}
