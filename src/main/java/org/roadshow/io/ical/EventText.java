package org.roadshow.io.ical;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;
import org.roadshow.plan.AgendaEntry;

/**
 * The words of an exported event: a SUMMARY short enough for a phone's agenda ("Booth duty: Xen Project
 * (K, level 1)", "Flight LAX -> MCO"), a LOCATION a map app can use, and a DESCRIPTION with the rest.
 */
final class EventText {
    private static final Pattern AIRPORT_CODE = Pattern.compile("^[A-Z]{3}(?=\\s|$)");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            java.util.Locale.ENGLISH);

    private final Project project;
    private final UUID viewer;

    /** {@code viewer} is the person the export is for, or null for everyone. */
    EventText(Project project, UUID viewer) {
        this.project = project;
        this.viewer = viewer;
    }

    ExportedEvent event(AgendaEntry entry, Integer alarmMinutes) {
        String uid = ExportedEvent.uid(entry.id(), entry.kind());
        Trip trip = entry.trip();
        if (entry.session() != null) {
            return starred(uid, entry, alarmMinutes);
        }
        if (entry.item() instanceof Talk t) {
            Conference conference = conference(trip, t.conferenceId());
            return new ExportedEvent(uid, entry.kind(), "Talk: " + t.title(), join(", ", t.room(), place(conference)),
                    lines(line("Speakers: ", speakers(t)), t.abstractText(), name(conference)),
                    t.start(), t.end(), alarmMinutes);
        } else if (entry.item() instanceof Shift s) {
            return shift(uid, entry, s, alarmMinutes);
        } else if (entry.item() instanceof Demo d) {
            return new ExportedEvent(uid, entry.kind(), "Demo: " + d.what(),
                    join(", ", d.where(), place(conferenceOfLinked(trip, d.linkedItem()))),
                    lines(line("Presenting: ", names(d.people())), line("Equipment: ", String.join(", ", d.equipment())),
                            line("Backup plan: ", d.backupPlan())),
                    d.start(), d.end(), alarmMinutes);
        } else if (entry.item() instanceof TravelLeg leg) {
            String summary = leg.mode().label() + " " + shortPlace(leg.mode(), leg.from()) + " -> "
                    + shortPlace(leg.mode(), leg.to());
            return new ExportedEvent(uid, entry.kind(), summary, leg.from(),
                    lines(leg.carrier(), line("Booking reference: ", leg.bookingReference()),
                            "Departs " + at(leg.from(), leg.departure()), "Arrives " + at(leg.to(), leg.arrival()),
                            line("Travellers: ", names(leg.travellers()))),
                    leg.departure(), leg.arrival(), alarmMinutes);
        } else if (entry.item() instanceof Meeting m) {
            return new ExportedEvent(uid, entry.kind(), "Meeting: " + m.title(), m.where(),
                    lines(line("With: ", m.withWhom()), line("Going: ", names(m.people())), m.notes()),
                    m.start(), m.end(), alarmMinutes);
        }
        throw new IllegalArgumentException("not an agenda item: " + entry.item().kind());
    }

    private ExportedEvent shift(String uid, AgendaEntry entry, Shift s, Integer alarmMinutes) {
        Booth booth = entry.trip().item(s.boothId()).filter(Booth.class::isInstance).map(Booth.class::cast)
                .orElse(null);
        String boothName = booth == null ? "booth" : booth.name();
        String shortLocation = booth == null ? "" : shortLocation(booth.location());
        String summary = "Booth duty: " + boothName + (shortLocation.isEmpty() ? "" : " (" + shortLocation + ")");
        String location = booth == null ? ""
                : join(", ", booth.name() + " booth", booth.location(),
                place(conference(entry.trip(), booth.conferenceId())));
        List<UUID> others = s.people().stream().filter(p -> !p.equals(viewer)).toList();
        String staff;
        if (viewer != null && s.people().contains(viewer)) {
            staff = others.isEmpty() ? "Nobody else is on this shift." : "Also on duty: " + names(others);
        } else {
            staff = s.people().isEmpty() ? "Nobody is on this shift yet." : "On duty: " + names(s.people());
        }
        String wanted = booth == null ? "" : "Staff wanted: " + (booth.minStaff() == booth.maxStaff()
                ? String.valueOf(booth.minStaff()) : booth.minStaff() + " to " + booth.maxStaff());
        String partners = booth == null ? "" : line("Partners: ", String.join(", ", booth.partners()));
        return new ExportedEvent(uid, entry.kind(), summary, location, lines(staff, wanted, partners),
                s.start(), s.end(), alarmMinutes);
    }

    private ExportedEvent starred(String uid, AgendaEntry entry, Integer alarmMinutes) {
        Session s = entry.session();
        Conference conference = conference(entry.trip(), entry.program().conferenceId());
        String starredBy = viewer == null ? line("Starred by: ", names(List.copyOf(s.starredBy()))) : "";
        return new ExportedEvent(uid, entry.kind(), "Starred talk: " + s.title(),
                join(", ", s.room(), place(conference)),
                lines(s.subtitle(), line("Speakers: ", String.join(", ", s.speakers())), line("Track: ", s.track()),
                        s.abstractText(), String.join("\n", s.links()), starredBy,
                        name(conference).isEmpty() ? entry.program().name() : name(conference)),
                s.start(), s.end(), alarmMinutes);
    }

    private String speakers(Talk t) {
        List<String> all = new ArrayList<>();
        t.speakers().forEach(id -> all.add(project.personName(id)));
        all.addAll(t.otherSpeakers());
        return String.join(", ", all);
    }

    private String names(List<UUID> people) {
        return String.join(", ", people.stream().map(project::personName).toList());
    }

    /** "K, level 1, group C, booth 5" reads as "K, level 1" in a summary: the first two parts. */
    static String shortLocation(String location) {
        String[] parts = location.split(",");
        return parts.length <= 2 ? location.strip()
                : String.join(",", Arrays.copyOf(parts, 2)).strip();
    }

    /** A flight's airport as its code ("LAX Los Angeles" -> "LAX"); other places in full. */
    static String shortPlace(TravelMode mode, String place) {
        if (mode == TravelMode.FLIGHT) {
            var m = AIRPORT_CODE.matcher(place.strip());
            if (m.find()) {
                return m.group();
            }
        }
        return place.strip();
    }

    private static String at(String place, Moment moment) {
        return join(" ", place, moment.time().format(LOCAL), "(" + moment.zone().getId() + ")");
    }

    private static Conference conference(Trip trip, UUID id) {
        return id == null ? null
                : trip.item(id).filter(Conference.class::isInstance).map(Conference.class::cast).orElse(null);
    }

    /** The conference of the booth or talk a demo belongs to. */
    private static Conference conferenceOfLinked(Trip trip, UUID linked) {
        if (linked == null) {
            return null;
        }
        return trip.item(linked).map(i -> i instanceof Booth b ? conference(trip, b.conferenceId())
                : i instanceof Talk t ? conference(trip, t.conferenceId()) : null).orElse(null);
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
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return String.join(separator, kept);
    }

    /** Non-blank paragraphs, one per line. */
    private static String lines(String... parts) {
        return join("\n", parts);
    }
}
