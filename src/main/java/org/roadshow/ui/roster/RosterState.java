package org.roadshow.ui.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.io.print.RosterSheet;
import org.roadshow.io.print.RosterText;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Conflicts;
import org.roadshow.plan.roster.RosterFill;
import org.roadshow.plan.roster.RosterHours;
import org.roadshow.plan.roster.Unfilled;

/**
 * What the Roster tab shows for one booth, worked out from one project snapshot: the sheet (days, shifts,
 * names, open places), which shifts are short or clash with someone's other plans, everyone's hours, and
 * why places are still empty (from what auto-fill could not do).
 */
public record RosterState(Project project, Trip trip, Booth booth, RosterSheet sheet,
                          Map<UUID, List<String>> conflictsByShift, Map<UUID, String> reasonByShift,
                          List<RosterHours> hours, List<LocalDate> days) {

    public static RosterState of(Project project, Trip trip, Booth booth) {
        RosterSheet sheet = RosterSheet.of(project, trip, booth);
        Map<UUID, Shift> shifts = new HashMap<>();
        trip.items(Shift.class).stream().filter(s -> booth.id().equals(s.boothId())).forEach(s -> shifts.put(s.id(), s));
        Map<UUID, List<String>> conflicts = new HashMap<>();
        for (Conflict c : Conflicts.forTrip(project, trip)) {
            for (UUID id : c.items()) {
                if (shifts.containsKey(id)) {
                    conflicts.computeIfAbsent(id, k -> new ArrayList<>()).add(c.message());
                }
            }
        }
        Map<UUID, String> reasons = new HashMap<>();
        boolean anyShort = sheet.days().stream().flatMap(d -> d.rows().stream()).anyMatch(r -> r.needed() > 0);
        if (anyShort) {
            // the reasons of the roster as it stands (who is kept away by what), without proposing a fill
            for (Unfilled u : RosterFill.check(project, trip, booth).unfilled()) {
                reasons.put(u.shiftId(), u.reason());
            }
        }
        List<RosterHours> hours = RosterHours.of(shiftsOf(trip, booth), trip.people());
        List<LocalDate> days = sheet.days().stream().map(RosterSheet.Day::date).toList();
        return new RosterState(project, trip, booth, sheet, conflicts, reasons, hours, days);
    }

    /** The booth's shifts in time order, as the CSV lists them. */
    public List<Shift> shifts() {
        return shiftsOf(trip, booth);
    }

    private static List<Shift> shiftsOf(Trip trip, Booth booth) {
        return trip.items(Shift.class).stream().filter(s -> booth.id().equals(s.boothId()))
                .sorted(Comparator.comparing((Shift s) -> s.start().instant()).thenComparing(s -> s.end().instant()))
                .toList();
    }

    public boolean isShort(RosterSheet.Row row) {
        return row.needed() > 0;
    }

    public boolean hasConflict(UUID shiftId) {
        return conflictsByShift.containsKey(shiftId);
    }

    public boolean isFull(RosterSheet.Row row) {
        return row.open() == 0;
    }

    public boolean isPinned(UUID shiftId, UUID person) {
        return trip.item(shiftId).filter(Shift.class::isInstance).map(s -> ((Shift) s).isPinned(person)).orElse(false);
    }

    /** The sentences for the "Empty places" list: each short shift, how many more it needs, and why. */
    public List<String> emptyPlaces() {
        List<String> out = new ArrayList<>();
        for (RosterSheet.Day day : sheet.days()) {
            for (RosterSheet.Row row : day.rows()) {
                if (row.needed() > 0) {
                    String reason = reasonByShift.getOrDefault(row.shiftId(), "Fill can put someone here");
                    out.add(RosterText.shortDay(day.date()) + " " + row.times() + ": " + row.needed()
                            + (row.needed() == 1 ? " more person needed: " : " more people needed: ") + reason);
                }
            }
        }
        return out;
    }

    /** Everyone's hours for the team list: "12 h" in all. */
    public String totalOf(UUID person) {
        return hours.stream().filter(h -> h.person().equals(person)).findFirst()
                .map(h -> RosterText.shortHours(h.totalMinutes())).orElse("0 h");
    }
}
