package org.roadshow.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import org.roadshow.io.ical.AlarmDefaults;
import org.roadshow.io.ical.Alarms;
import org.roadshow.io.ical.ExportedEvent;
import org.roadshow.io.ical.IcsExport;
import org.roadshow.io.ical.IcsWriter;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.plan.AgendaSelection;

/**
 * Calendar export of a 2,000-item project, warm, against bare ical4j writing the same calendar in the same
 * run. The bare side gets every field pre-computed (texts, hashes, which times are written in UTC) and
 * builds the same properties with ical4j: the same VEVENTs with the same VALARMs and X-ROADSHOW-HASH, one
 * VTIMEZONE per zone (ical4j's bundled ones), CALSCALE and X-WR-CALNAME; it writes them with
 * CalendarOutputter through the same buffered writer Roadshow uses. Roadshow's side does all of its work:
 * selecting the agenda, wording, hashing, its own VTIMEZONEs, RFC 5545 validation (of each shape of event,
 * as the export does) and writing. Goal: under 500 ms and at most 1.3 times bare ical4j.
 */
public final class IcsExportBench {
    /**
     * One VEVENT's values, computed before the clock starts. {@code utcStart}/{@code utcEnd} are null where
     * the local time is written with its TZID; {@code hasEnd} is false where no DTEND is written.
     */
    private record Fields(String uid, String hash, String summary, String location, String description,
                          String category, Moment start, Instant utcStart, Moment end, Instant utcEnd,
                          boolean hasEnd, Integer alarmMinutes) {
    }

    private IcsExportBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 31);
    }

    public static void run(int rounds) throws Exception {
        Project project = BigProject.build(20);
        AgendaSelection everything = AgendaSelection.everything();
        Alarms alarms = AlarmDefaults.alarms();
        List<Fields> fields = fields(IcsExport.events(project, everything, alarms));
        Instant now = Instant.now();
        checkSameContent(roadshowExport(project, everything, alarms, now), bareExport(fields, now));
        int[] bytes = new int[2];
        Benchmarks.Medians m = Benchmarks.interleaved(30, rounds,
                () -> bytes[0] = roadshowExport(project, everything, alarms, now).size(),
                () -> bytes[1] = bareExport(fields, now).size());
        System.out.printf("ics export: %.0f ms (bare ical4j: %.0f ms), ratio %.2f (of medians %.2f) for %d events, %d KB "
                        + "(bare %d KB), %d alternated runs; goal < 500 ms and ratio <= 1.30%n",
                m.figure(), m.baseline(), m.pairedRatio(), m.ratio(), fields.size(), bytes[0] / 1024,
                bytes[1] / 1024, m.runs());
    }

    /** Both sides must write the same events with the same properties, or the ratio means nothing. */
    private static void checkSameContent(ByteArrayOutputStream roadshow, ByteArrayOutputStream bare) {
        String ours = roadshow.toString(StandardCharsets.UTF_8);
        String theirs = bare.toString(StandardCharsets.UTF_8);
        for (String line : List.of("BEGIN:VEVENT", "BEGIN:VALARM", "BEGIN:VTIMEZONE", "UID:", "DTSTART;TZID", "DTEND",
                "SUMMARY:", "LOCATION:", "DESCRIPTION:", "CATEGORIES:", IcsExport.HASH_PROPERTY + ":", "TRIGGER:")) {
            long a = count(ours, "\n" + line);
            long b = count(theirs, "\n" + line);
            if (a != b) {
                throw new IllegalStateException("the bare calendar has " + b + " lines " + line + ", Roadshow's " + a);
            }
        }
    }

    private static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static ByteArrayOutputStream roadshowExport(Project project, AgendaSelection selection, Alarms alarms, Instant now)
            throws Exception {
        List<ExportedEvent> events = IcsExport.events(project, selection, alarms);
        Calendar calendar = IcsExport.calendar(IcsExport.calendarName(project, selection), events, Map.of(), now);
        IcsExport.validate(calendar, events);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        IcsWriter.write(calendar, out);
        return out;
    }

    /** Everything the bare side writes, worked out in advance with the same rules as the export. */
    private static List<Fields> fields(List<ExportedEvent> events) {
        List<Fields> out = new ArrayList<>(events.size());
        for (ExportedEvent e : events) {
            Instant start = e.start().instant();
            Instant end = e.end().instant();
            boolean hasEnd = end.isAfter(start);
            out.add(new Fields(e.uid(), e.hash(), e.summary(), e.location(), e.description(), e.category(),
                    e.start(), local(e.start()) ? null : start, e.end(), !hasEnd || local(e.end()) ? null : end,
                    hasEnd, e.alarmMinutes()));
        }
        return out;
    }

    /** The export writes a local time with its TZID where that time names one instant, else in UTC. */
    private static boolean local(Moment m) {
        ZoneId zone = m.zone();
        boolean utcZone = zone instanceof ZoneOffset || zone.getRules().isFixedOffset()
                && zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() == 0;
        return !utcZone && zone.getRules().getValidOffsets(m.time()).size() == 1;
    }

    /** The same calendar built directly with ical4j, as a programme without Roadshow's model would. */
    static ByteArrayOutputStream bareExport(List<Fields> events, Instant now) throws Exception {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        DtStamp stamp = new DtStamp(now.truncatedTo(ChronoUnit.SECONDS));
        List<CalendarComponent> components = new ArrayList<>(events.size() + 8);
        Set<String> zones = new LinkedHashSet<>();
        for (Fields e : events) {
            List<Property> props = new ArrayList<>(12);
            props.add(new Uid(e.uid()));
            props.add(stamp);
            props.add(new Sequence(0));
            props.add(e.utcStart() != null ? new DtStart<>(e.utcStart()) : new DtStart<>(tzid(e.start(), zones),
                    e.start().time()));
            if (e.utcEnd() != null) {
                props.add(new DtEnd<>(e.utcEnd()));
            } else if (e.hasEnd()) {
                props.add(new DtEnd<Temporal>(tzid(e.end(), zones), e.end().time()));
            }
            props.add(new Summary(e.summary()));
            if (!e.location().isEmpty()) {
                props.add(new Location(e.location()));
            }
            if (!e.description().isEmpty()) {
                props.add(new Description(e.description()));
            }
            props.add(new Categories(e.category()));
            props.add(new XProperty(IcsExport.HASH_PROPERTY, e.hash()));
            List<VAlarm> alarms = new ArrayList<>(1);
            if (e.alarmMinutes() != null) {
                alarms.add(new VAlarm(new PropertyList(List.of(new Trigger(Duration.ofMinutes(-e.alarmMinutes())),
                        new Action(Action.VALUE_DISPLAY), new Description(e.summary())))));
            }
            components.add(new VEvent(new PropertyList(props), new ComponentList<>(alarms)));
        }
        List<CalendarComponent> definitions = new ArrayList<>();
        for (String zone : zones) {
            definitions.add(registry.getTimeZone(zone).getVTimeZone());
        }
        components.addAll(0, definitions);
        Calendar calendar = new Calendar(new PropertyList(List.of(new ProdId("-//bench//EN"),
                new Version(new ParameterList(), Version.VALUE_2_0), new CalScale(CalScale.VALUE_GREGORIAN),
                new XProperty("X-WR-CALNAME", "Roadshow: everyone"))), new ComponentList<>(components));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        new CalendarOutputter(false).output(calendar, new BufferedWriter(new OutputStreamWriter(out,
                StandardCharsets.UTF_8), 1 << 16));
        return out;
    }

    private static ParameterList tzid(Moment m, Set<String> zones) {
        zones.add(m.zone().getId());
        return new ParameterList(List.of(new TzId(m.zone().getId())));
    }
}
