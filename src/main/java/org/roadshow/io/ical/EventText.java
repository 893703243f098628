package org.roadshow.io.ical;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;
import org.roadshow.plan.AgendaEntry;

/**
 * The words of an exported event: a SUMMARY short enough for a phone's agenda ("Booth duty: Xen Project
 * (K, level 1)", "Flight LAX -> MCO"), a LOCATION a map app can use, and a DESCRIPTION with the rest.
 * One instance words one export: it looks items and names up in maps it fills as it goes, since thousands
 * of events share a few booths, conferences and people.
 */
final class EventText {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            java.util.Locale.ENGLISH);
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final Project project;
    private final UUID viewer;
    private final Map<UUID, String> personNames = new HashMap<>();
    private final Map<Trip, Map<UUID, Item>> tripItems = new IdentityHashMap<>();
    private final Map<Booth, BoothText> boothTexts = new IdentityHashMap<>();

    /** What every shift at one booth says about the booth. */
    private record BoothText(String summary, String location, String wanted, String partners) {
    }

    /** {@code viewer} is the person the export is for, or null for everyone. */
    EventText(Project project, UUID viewer) {
        this.project = project;
        this.viewer = viewer;
        for (Person p : project.people()) {
            personNames.putIfAbsent(p.id(), p.name());
        }
    }

    ExportedEvent event(AgendaEntry entry, Integer alarmMinutes) {
        String uid = ExportedEvent.uid(entry.id(), entry.kind());
        if (entry.session() != null) {
            return starred(uid, entry, alarmMinutes);
        }
        Item item = entry.item();
        return switch (item.kind()) {
            case TALK -> talk(uid, entry, (Talk) item, alarmMinutes);
            case SHIFT -> shift(uid, entry, (Shift) item, alarmMinutes);
            case DEMO -> demo(uid, entry, (Demo) item, alarmMinutes);
            case TRAVEL -> travel(uid, entry, (TravelLeg) item, alarmMinutes);
            case MEETING -> meeting(uid, entry, (Meeting) item, alarmMinutes);
            case CONFERENCE, BOOTH, CHECKLIST ->
                    throw new IllegalArgumentException("not an agenda item: " + item.kind());
        };
    }

    private ExportedEvent talk(String uid, AgendaEntry entry, Talk t, Integer alarmMinutes) {
        Conference conference = conference(entry.trip(), t.conferenceId());
        return new ExportedEvent(uid, entry.kind(), "Talk: " + t.title(), join(", ", t.room(), place(conference)),
                lines(line("Speakers: ", speakers(t)), t.abstractText(), name(conference)),
                t.start(), t.end(), alarmMinutes);
    }

    private ExportedEvent demo(String uid, AgendaEntry entry, Demo d, Integer alarmMinutes) {
        return new ExportedEvent(uid, entry.kind(), "Demo: " + d.what(),
                join(", ", d.where(), place(conferenceOfLinked(entry.trip(), d.linkedItem()))),
                lines(line("Presenting: ", names(d.people())), line("Equipment: ", String.join(", ", d.equipment())),
                        line("Backup plan: ", d.backupPlan())),
                d.start(), d.end(), alarmMinutes);
    }

    private ExportedEvent travel(String uid, AgendaEntry entry, TravelLeg leg, Integer alarmMinutes) {
        // the places as typed, with the arrow the app shows ("Flight LHR London Heathrow → Brussels")
        String summary = leg.mode().label() + " " + leg.from().strip() + " \u2192 " + leg.to().strip();
        return new ExportedEvent(uid, entry.kind(), summary, leg.from(),
                lines(leg.carrier(), line("Booking reference: ", leg.bookingReference()),
                        "Departs " + at(leg.from(), leg.departure()), "Arrives " + at(leg.to(), leg.arrival()),
                        line("Travellers: ", names(leg.travellers()))),
                leg.departure(), leg.arrival(), alarmMinutes);
    }

    private ExportedEvent meeting(String uid, AgendaEntry entry, Meeting m, Integer alarmMinutes) {
        return new ExportedEvent(uid, entry.kind(), "Meeting: " + m.title(), m.where(),
                lines(line("With: ", m.withWhom()), line("Going: ", names(m.people())), m.notes()),
                m.start(), m.end(), alarmMinutes);
    }

    private ExportedEvent shift(String uid, AgendaEntry entry, Shift s, Integer alarmMinutes) {
        Booth booth = item(entry.trip(), s.boothId()) instanceof Booth b ? b : null;
        BoothText text = booth == null ? new BoothText("Booth duty: booth", "", "", "")
                : boothTexts.computeIfAbsent(booth, b -> boothText(entry.trip(), b));
        String staff;
        if (viewer != null && s.people().contains(viewer)) {
            List<UUID> others = s.people().stream().filter(p -> !p.equals(viewer)).toList();
            staff = others.isEmpty() ? "Nobody else is on this shift." : "Also on duty: " + names(others);
        } else {
            staff = s.people().isEmpty() ? "Nobody is on this shift yet." : "On duty: " + names(s.people());
        }
        return new ExportedEvent(uid, entry.kind(), text.summary(), text.location(),
                lines(staff, text.wanted(), text.partners()), s.start(), s.end(), alarmMinutes);
    }

    private BoothText boothText(Trip trip, Booth booth) {
        String shortLocation = shortLocation(booth.location());
        String summary = "Booth duty: " + booth.name() + (shortLocation.isEmpty() ? "" : " (" + shortLocation + ")");
        String location = join(", ", booth.name() + " booth", booth.location(),
                place(conference(trip, booth.conferenceId())));
        String wanted = "Staff wanted: " + (booth.minStaff() == booth.maxStaff()
                ? String.valueOf(booth.minStaff()) : booth.minStaff() + " to " + booth.maxStaff());
        String partners = line("Partners: ", String.join(", ", booth.partners()));
        return new BoothText(summary, location, wanted, partners);
    }

    private ExportedEvent starred(String uid, AgendaEntry entry, Integer alarmMinutes) {
        Session s = entry.session();
        Conference conference = conference(entry.trip(), entry.programme().conferenceId());
        String starredBy = viewer == null ? line("Starred by: ", names(List.copyOf(s.starredBy()))) : "";
        // A starred session the updated programme dropped stays in the project; say so rather than remind.
        String summary = (s.cancelled() ? "Cancelled: " : "") + "Starred talk: " + s.title();
        return new ExportedEvent(uid, entry.kind(), summary,
                join(", ", s.room(), place(conference)),
                lines(s.cancelled() ? "No longer in the published programme." : "", s.subtitle(), line("Speakers: ", String.join(", ", s.speakers())), line("Track: ", s.track()),
                        s.abstractText(), String.join("\n", s.links()), starredBy,
                        name(conference).isEmpty() ? entry.programme().name() : name(conference)),
                s.start(), s.end(), s.cancelled() ? null : alarmMinutes);
    }

    private String speakers(Talk t) {
        StringJoiner all = new StringJoiner(", ");
        for (UUID id : t.speakers()) {
            all.add(personName(id));
        }
        for (String other : t.otherSpeakers()) {
            all.add(other);
        }
        return all.toString();
    }

    private String names(List<UUID> people) {
        StringJoiner all = new StringJoiner(", ");
        for (UUID id : people) {
            all.add(personName(id));
        }
        return all.toString();
    }

    private String personName(UUID id) {
        String name = personNames.get(id);
        return name != null ? name : project.personName(id);
    }

    private static StringBuilder separate(StringBuilder out, String separator) {
        return out.isEmpty() ? out : out.append(separator);
    }

    /** "K, level 1, group C, booth 5" reads as "K, level 1" in a summary: the first two parts. */
    static String shortLocation(String location) {
        int first = location.indexOf(',');
        int second = first < 0 ? -1 : location.indexOf(',', first + 1);
        // String.split drops trailing empty parts: "K, level 1," has two parts and stays whole
        boolean third = second >= 0 && !location.substring(second + 1).replace(",", "").isEmpty();
        return third ? location.substring(0, second).strip() : location.strip();
    }

    private static String at(String place, Moment moment) {
        return join(" ", place, local(moment.time()), "(" + moment.zone().getId() + ")");
    }

    /** "Sat 4 Feb 2017 09:30": the pattern "EEE d MMM yyyy HH:mm" in English, without a formatter per call. */
    static String local(LocalDateTime t) {
        int year = t.getYear();
        if (year < 1000 || year > 9999) { // eras and signs: leave those to the formatter
            return t.format(LOCAL);
        }
        StringBuilder out = new StringBuilder(22).append(DAYS[t.getDayOfWeek().ordinal()]).append(' ')
                .append(t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ')
                .append(year).append(' ');
        return twoDigits(twoDigits(out, t.getHour()).append(':'), t.getMinute()).toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private Item item(Trip trip, UUID id) {
        if (id == null) {
            return null;
        }
        return tripItems.computeIfAbsent(trip, t -> {
            Map<UUID, Item> byId = new HashMap<>();
            for (Item i : t.items()) {
                byId.putIfAbsent(i.id(), i); // the first of a (damaged) duplicate id, as Trip.item finds it
            }
            return byId;
        }).get(id);
    }

    private Conference conference(Trip trip, UUID id) {
        return item(trip, id) instanceof Conference c ? c : null;
    }

    /** The conference of the booth or talk a demo belongs to. */
    private Conference conferenceOfLinked(Trip trip, UUID linked) {
        Item i = item(trip, linked);
        if (i == null) {
            return null;
        }
        return switch (i.kind()) {
            case BOOTH -> conference(trip, ((Booth) i).conferenceId());
            case TALK -> conference(trip, ((Talk) i).conferenceId());
            case CONFERENCE, SHIFT, DEMO, TRAVEL, MEETING, CHECKLIST -> null;
        };
    }

    private static String place(Conference c) {
        return c == null ? "" : join(", ", c.venue(), c.city());
    }

    private static String name(Conference c) {
        return c == null ? "" : c.name();
    }

    private static String line(String label, String value) {
        return value == null || value.isBlank() ? "" : label + value;
    }

    /** Non-blank parts joined by the separator. */
    private static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                separate(out, separator).append(p.strip());
            }
        }
        return out.toString();
    }

    /** Non-blank paragraphs, one per line. */
    private static String lines(String... parts) {
        return join("\n", parts);
    }
}
