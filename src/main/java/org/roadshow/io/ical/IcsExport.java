package org.roadshow.io.ical;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.plan.Agenda;
import org.roadshow.plan.AgendaEntry;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;

/**
 * Turns a selection of a project into an iCalendar calendar. Times are written in the zone where they
 * happen (a travel leg starts in the departure zone and ends in the arrival zone) with one VTIMEZONE per
 * zone; a local time that a clock change repeats or skips is written in UTC so that it means the
 * model's instant. No METHOD is written: a plain calendar file to import, not a scheduling message.
 */
public final class IcsExport {
    /** Names the product and its version (pom.xml's) in every calendar written. */
    public static final String PRODID = "-//Roadshow//" + org.roadshow.Version.text() + "//EN";
    /** Fingerprint of an event's content; a re-export compares it to raise SEQUENCE only on change. */
    public static final String HASH_PROPERTY = "X-ROADSHOW-HASH";

    private IcsExport() {
    }

    /** The events a selection exports, in agenda order. */
    public static List<ExportedEvent> events(Project project, AgendaSelection selection, Alarms alarms) {
        List<AgendaEntry> entries = Agenda.select(project, selection);
        EventText text = new EventText(project, selection.person());
        List<ExportedEvent> events = new ArrayList<>(entries.size());
        for (AgendaEntry entry : entries) {
            events.add(text.event(entry, alarms.minutes(entry.kind()).orElse(null)));
        }
        return events;
    }

    /** The calendar's display name, as calendar apps show it on import. */
    public static String calendarName(Project project, AgendaSelection selection) {
        String who = selection.person() == null ? "everyone" : project.personName(selection.person());
        if (selection.booth() != null) {
            who = project.item(selection.booth()).map(i -> i.label() + " booth roster").orElse("booth roster");
        }
        return "Roadshow: " + who;
    }

    /**
     * The calendar for these events. {@code previous} holds what the last export to the same place said
     * (UID to sequence and hash): an event whose content changed gets the next SEQUENCE, others keep theirs.
     */
    public static Calendar calendar(String name, List<ExportedEvent> events, Map<String, PreviousExport.Event> previous,
                                    Instant stamp) {
        return calendar(name, events, List.of(), previous, stamp);
    }

    /** As above, with to-dos; they come after the time zones and before the events. */
    public static Calendar calendar(String name, List<ExportedEvent> events, List<ExportedTodo> todos,
                                    Map<String, PreviousExport.Event> previous, Instant stamp) {
        DtStamp dtStamp = new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS));
        Map<ZoneId, Instant[]> ranges = new TreeMap<>((a, b) -> a.getId().compareTo(b.getId()));
        List<CalendarComponent> components = new ArrayList<>(events.size() + todos.size() + 8);
        for (ExportedTodo todo : todos) {
            Placed due = todo.due() == null ? null : Placed.of(todo.due());
            if (due != null && due.inZone()) {
                extend(ranges, todo.due().zone(), due.instant());
            }
            components.add(TodoComponent.vtodo(todo, previous.get(todo.uid()), dtStamp,
                    due == null ? TodoComponent.dueDate(todo.dueDate())
                            : due.inZone() ? new Due<>(tzid(todo.due()), todo.due().time()) : new Due<>(due.instant())));
        }
        for (ExportedEvent event : events) {
            Placed start = Placed.of(event.start());
            Placed end = Placed.of(event.end());
            if (start.inZone()) {
                extend(ranges, event.start().zone(), start.instant());
            }
            boolean hasEnd = end.instant().isAfter(start.instant());
            if (hasEnd && end.inZone()) {
                extend(ranges, event.end().zone(), end.instant());
            }
            components.add(vevent(event, previous.get(event.uid()), dtStamp,
                    start.inZone() ? new DtStart<>(tzid(event.start()), event.start().time())
                            : new DtStart<>(start.instant()),
                    !hasEnd ? null : end.inZone() ? new DtEnd<>(tzid(event.end()), event.end().time())
                            : new DtEnd<>(end.instant())));
        }
        List<CalendarComponent> zones = new ArrayList<>(ranges.size());
        ranges.forEach((zone, range) -> zones.add(ZoneDefinitions.definition(zone, range[0], range[1])));
        components.addAll(0, zones);
        List<Property> props = List.of(new ProdId(PRODID), new Version(new ParameterList(), Version.VALUE_2_0),
                new CalScale(CalScale.VALUE_GREGORIAN), new XProperty("X-WR-CALNAME", name));
        return new Calendar(new PropertyList(props), new ComponentList<>(components));
    }

    /** The to-dos a selection exports (none unless its kinds hold {@link AgendaKind#TODO}), in checklist order. */
    public static List<ExportedTodo> todos(Project project, AgendaSelection selection,
                                           Map<String, PreviousExport.Event> previous) {
        return Todos.of(project, selection, previous.keySet());
    }

    /** Convenience: select, word and build in one step, with no previous export. */
    public static Calendar calendar(Project project, AgendaSelection selection, Alarms alarms, Instant stamp) {
        return calendar(calendarName(project, selection), events(project, selection, alarms),
                todos(project, selection, Map.of()), Map.of(), stamp);
    }

    /**
     * Validates {@code calendar} (built by {@link #calendar} from {@code events}) against RFC 5545: its own
     * properties, every VTIMEZONE, and one VEVENT of each shape (kind, which optional properties it has,
     * whether its times carry a TZID, whether it has an alarm); every to-do is validated. Events of one shape are built by the same
     * code, so they pass or fail together; ical4j takes about 0.14 ms per event (270 ms for 2,000, twice
     * the time to write them). Tests validate whole calendars with {@link IcsWriter#validate}.
     */
    public static void validate(Calendar calendar, List<ExportedEvent> events) throws IcsExportException {
        List<CalendarComponent> all = calendar.getComponentList().getAll();
        int firstEvent = all.size() - events.size();
        List<CalendarComponent> sample = new ArrayList<>(all.subList(0, firstEvent));
        BitSet shapes = new BitSet();
        for (int i = 0; i < events.size(); i++) {
            int shape = shape(events.get(i));
            if (!shapes.get(shape)) {
                shapes.set(shape);
                sample.add(all.get(firstEvent + i));
            }
        }
        IcsWriter.validate(new Calendar(calendar.getPropertyList(), new ComponentList<>(sample)));
    }

    /** The kind and one bit for each choice {@link #calendar} and {@link #vevent} make about an event. */
    private static int shape(ExportedEvent e) {
        Placed start = Placed.of(e.start());
        Placed end = Placed.of(e.end());
        int bits = e.kind().ordinal();
        bits = bits << 1 | (start.inZone() ? 1 : 0);
        bits = bits << 1 | (end.inZone() ? 1 : 0);
        bits = bits << 1 | (end.instant().isAfter(start.instant()) ? 1 : 0);
        bits = bits << 1 | (e.location().isEmpty() ? 1 : 0);
        bits = bits << 1 | (e.description().isEmpty() ? 1 : 0);
        return bits << 1 | (e.alarmMinutes() == null ? 1 : 0);
    }

    private static VEvent vevent(ExportedEvent event, PreviousExport.Event before, DtStamp stamp, DtStart<?> start,
                                 DtEnd<?> end) {
        String hash = event.hash();
        int sequence = before == null ? 0 : before.hash().equals(hash) ? before.sequence() : before.sequence() + 1;
        List<Property> props = new ArrayList<>(12);
        props.add(new Uid(event.uid()));
        props.add(stamp);
        props.add(new Sequence(sequence));
        props.add(start);
        if (end != null) {
            props.add(end);
        }
        props.add(new Summary(event.summary()));
        if (!event.location().isEmpty()) {
            props.add(new Location(event.location()));
        }
        if (!event.description().isEmpty()) {
            props.add(new Description(event.description()));
        }
        props.add(new Categories(new TextList(List.of(event.category())))); // one value: nothing to split or unescape
        props.add(new XProperty(HASH_PROPERTY, hash));
        List<VAlarm> alarms = new ArrayList<>(1);
        if (event.alarmMinutes() != null) {
            alarms.add(new VAlarm(new PropertyList(List.of(
                    new Trigger(java.time.Duration.ofMinutes(-event.alarmMinutes())),
                    new Action(Action.VALUE_DISPLAY), new Description(event.summary())))));
        }
        return new VEvent(new PropertyList(props), new ComponentList<>(alarms));
    }

    /**
     * Whether to write the local time with its zone: where that local time names exactly one instant.
     * A time a clock change repeats or skips, or in a zone without a definition, is written in UTC.
     */
    static boolean inZone(Moment moment) {
        return Placed.of(moment).inZone();
    }

    /**
     * A moment's instant (the one {@link Moment#instant()} names) and {@link #inZone}, from one look at the
     * zone's rules instead of three.
     */
    record Placed(Instant instant, boolean inZone) {
        static Placed of(Moment moment) {
            ZoneRules rules = moment.zone().getRules();
            List<ZoneOffset> offsets = rules.getValidOffsets(moment.time());
            if (offsets.size() == 1) {
                return new Placed(moment.time().toInstant(offsets.get(0)), ZoneDefinitions.hasDefinition(moment.zone()));
            }
            // a repeated time means the earlier offset, a skipped one is read with the offset before the gap:
            // both are the offset ZoneRules.getOffset gives, as in ZonedDateTime.of
            return new Placed(moment.time().toInstant(rules.getOffset(moment.time())), false);
        }
    }

    /**
     * The TZID parameter for a local time. The value is given to ical4j as a LocalDateTime: handed a
     * ZonedDateTime, ical4j re-zones it through its own bundled zone data, which puts some times in the
     * wrong hour (Cairo's and Casablanca's changes in 2026 and 2027, found by DstExhaustiveTest).
     */
    static ParameterList tzid(Moment moment) {
        return new ParameterList(List.of(new TzId(moment.zone().getId())));
    }

    private static void extend(Map<ZoneId, Instant[]> ranges, ZoneId zone, Instant at) {
        Instant[] range = ranges.computeIfAbsent(zone, z -> new Instant[] {at, at});
        if (at.isBefore(range[0])) {
            range[0] = at;
        } else if (at.isAfter(range[1])) {
            range[1] = at;
        }
    }
}
