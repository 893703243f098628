package org.roadshow.io.print;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;

/**
 * A booth's roster as it is printed: the header facts, then each day's shifts in time order with the names
 * on them and the places still open. What the PDF, the printed pages and the duty slips share.
 */
public record RosterSheet(String boothName, String location, List<String> partners, String conference,
                          String city, ZoneId zone, String trip, List<Day> days) {

    /** One shift's row. {@code open} places can still be signed up for; the first {@code needed} of them are below the minimum. */
    public record Row(UUID shiftId, LocalTime start, LocalTime end, LocalDate endDay, List<UUID> people,
                      List<String> names, int open, int needed) {
        public String times() {
            return RosterText.time(start) + "–" + RosterText.time(end);
        }
    }

    public record Day(LocalDate date, List<Row> rows) {
    }

    public static RosterSheet of(Project project, Trip trip, Booth booth) {
        Optional<Conference> conference = booth.conferenceId() == null ? Optional.empty()
                : trip.items(Conference.class).stream().filter(c -> c.id().equals(booth.conferenceId())).findFirst();
        TreeMap<LocalDate, List<Row>> byDay = new TreeMap<>();
        for (OpeningHours hours : booth.hours()) {
            byDay.computeIfAbsent(hours.day(), d -> new ArrayList<>());
        }
        int max = Math.max(booth.maxStaff(), booth.minStaff());
        trip.items(Shift.class).stream().filter(s -> booth.id().equals(s.boothId()))
                .sorted(Comparator.comparing(Shift::start).thenComparing(Shift::end))
                .forEach(s -> {
                    List<String> names = s.people().stream().map(project::personName).toList();
                    int open = Math.max(0, max - names.size());
                    int needed = Math.min(open, Math.max(0, booth.minStaff() - names.size()));
                    byDay.computeIfAbsent(s.start().time().toLocalDate(), d -> new ArrayList<>())
                            .add(new Row(s.id(), s.start().time().toLocalTime(), s.end().time().toLocalTime(),
                                    s.end().time().toLocalDate(), s.people(), names, open, needed));
                });
        List<Day> days = byDay.entrySet().stream().map(e -> new Day(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new RosterSheet(booth.name(), booth.location(), booth.partners(),
                conference.map(Conference::name).orElse(""), conference.map(Conference::city).orElse(""),
                booth.zone(), trip.name(), days);
    }

    /** The most places any shift has (people and open places), at least one: the columns of the table. */
    public int places() {
        return days.stream().flatMap(d -> d.rows().stream()).mapToInt(r -> r.names().size() + r.open())
                .max().orElse(1);
    }

    public Optional<LocalDate> firstDay() {
        return days.stream().map(Day::date).findFirst();
    }

    public Optional<LocalDate> lastDay() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1).date());
    }

    /** Each person's shifts, in time order, for the duty slips. */
    public List<Duty> dutiesOf(UUID person) {
        List<Duty> out = new ArrayList<>();
        for (Day day : days) {
            for (Row row : day.rows()) {
                int at = row.people().indexOf(person);
                if (at >= 0) {
                    List<String> others = new ArrayList<>(row.names());
                    others.remove(at);
                    out.add(new Duty(day.date(), row, others));
                }
            }
        }
        return out;
    }

    public record Duty(LocalDate date, Row row, List<String> with) {
        public long minutes() {
            return java.time.Duration.between(date.atTime(row.start()), row.endDay().atTime(row.end())).toMinutes();
        }
    }
}
