package org.roadshow.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.roadshow.io.ical.AlarmDefaults;
import org.roadshow.io.ical.Alarms;
import org.roadshow.io.ical.ExportedEvent;
import org.roadshow.io.ical.IcsExport;
import org.roadshow.io.ical.IcsWriter;
import org.roadshow.model.Project;
import org.roadshow.plan.AgendaSelection;

/**
 * Calendar export of a 2,000-item project, warm, against bare ical4j writing the same events in the same
 * run: the bare side builds the VEVENTs straight from pre-computed fields (summary, location, times...)
 * with ical4j's bundled VTIMEZONEs and writes them with CalendarOutputter. Roadshow's side does all of
 * its work: selecting the agenda, wording, hashing, its own VTIMEZONEs, RFC 5545 validation (of each
 * shape of event, as the export does) and writing.
 * Goal: under 500 ms and at most 1.3 times bare ical4j.
 */
public final class IcsExportBench {
    private IcsExportBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 31);
    }

    public static void run(int rounds) throws Exception {
        Project project = BigProject.build(20);
        AgendaSelection everything = AgendaSelection.everything();
        Alarms alarms = AlarmDefaults.alarms();
        List<ExportedEvent> fields = IcsExport.events(project, everything, alarms); // the bare side's input
        Instant now = Instant.now();
        long[] roadshow = new long[rounds];
        long[] bare = new long[rounds];
        int bytes = 0;
        int bareBytes = 0;
        for (int warm = 0; warm < 30; warm++) {
            roadshowExport(project, everything, alarms, now);
            bareExport(fields, now);
        }
        for (int i = 0; i < rounds; i++) { // alternate, so drift on a shared machine hits both
            long t0 = System.nanoTime();
            bytes = roadshowExport(project, everything, alarms, now);
            long t1 = System.nanoTime();
            bareBytes = bareExport(fields, now);
            long t2 = System.nanoTime();
            roadshow[i] = t1 - t0;
            bare[i] = t2 - t1;
        }
        double r = median(roadshow) / 1e6;
        double b = median(bare) / 1e6;
        System.out.printf("ics export: %.0f ms (bare ical4j: %.0f ms, ratio %.2f) for %d events, %d KB "
                        + "(bare %d KB); goal < 500 ms and ratio <= 1.30%n",
                r, b, r / b, fields.size(), bytes / 1024, bareBytes / 1024);
    }

    static int roadshowExport(Project project, AgendaSelection selection, Alarms alarms, Instant now)
            throws Exception {
        List<ExportedEvent> events = IcsExport.events(project, selection, alarms);
        Calendar calendar = IcsExport.calendar(IcsExport.calendarName(project, selection), events, Map.of(), now);
        IcsExport.validate(calendar, events);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        IcsWriter.write(calendar, out);
        return out.size();
    }

    /** The same events built directly with ical4j, as a program without Roadshow's model would. */
    static int bareExport(List<ExportedEvent> events, Instant now) throws Exception {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        DtStamp stamp = new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        List<CalendarComponent> components = new ArrayList<>();
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (ExportedEvent e : events) {
            zones.add(e.start().zone());
            zones.add(e.end().zone());
            List<Property> props = new ArrayList<>(Arrays.asList(new Uid(e.uid()), stamp, new Sequence(0),
                    new DtStart<>(new ParameterList(List.of(new TzId(e.start().zone().getId()))), e.start().time()),
                    new DtEnd<>(new ParameterList(List.of(new TzId(e.end().zone().getId()))), e.end().time()),
                    new Summary(e.summary()), new Location(e.location()), new Description(e.description()),
                    new Categories(e.category())));
            VAlarm alarm = new VAlarm(new PropertyList(List.of(new Trigger(java.time.Duration.ofMinutes(
                    -e.alarmMinutes())), new Action(Action.VALUE_DISPLAY), new Description(e.summary()))));
            components.add(new VEvent(new PropertyList(props), new ComponentList<>(List.of(alarm))));
        }
        for (ZoneId zone : zones) {
            components.add(0, registry.getTimeZone(zone.getId()).getVTimeZone());
        }
        Calendar calendar = new Calendar(new PropertyList(List.of(new ProdId("-//bench//EN"),
                new Version(new ParameterList(), Version.VALUE_2_0))), new ComponentList<>(components));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.size();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
