package org.roadshow.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * A frab schedule the size of 36C3's (the 36th Chaos Communication Congress, Leipzig, 27–30 December 2019: about
 * 1,350 sessions in about 2.3 MB), made from FOSDEM 2021's real events: FOSDEM's two days become the congress's
 * first two, and again its last two with the titles marked as encores; every event gets a fresh id and guid and
 * the new-flavour frab fields (date with offset, url, recording, language). The recording links of FOSDEM's
 * events are left out, as a programme published before a congress has none, and the longest descriptions are cut,
 * to come to 36C3's size. No 36C3 file is shipped here.
 */
final class CongressSizedProgramme {
    static final int SESSIONS = 1350;
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 12, 27);
    private static final int DAYS = 4;
    private static final int LONGEST_DESCRIPTION = 900;

    private CongressSizedProgramme() {
    }

    /** One FOSDEM event, as read: its fields in file order, its speakers, its FOSDEM day (0 or 1). */
    private record Event(int day, Map<String, String> fields, List<String> persons) {
    }

    static byte[] make() throws Exception {
        byte[] fosdem;
        try (InputStream in = CongressSizedProgramme.class.getResourceAsStream("/schedules/fosdem_2021.xml")) {
            fosdem = in.readAllBytes();
        }
        List<Event> events = read(fosdem);
        List<List<Event>> byDay = List.of(events.stream().filter(e -> e.day() == 0).toList(),
                events.stream().filter(e -> e.day() == 1).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream(3 << 20);
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("schedule");
        line(w, 1);
        simple(w, "version", "Ruby Rinse 1.0", 1);
        w.writeStartElement("conference");
        line(w, 2);
        simple(w, "acronym", "36c3", 2);
        simple(w, "title", "36th Chaos Communication Congress", 2);
        simple(w, "start", FIRST_DAY.toString(), 2);
        simple(w, "end", FIRST_DAY.plusDays(DAYS - 1).toString(), 2);
        simple(w, "days", Integer.toString(DAYS), 2);
        simple(w, "timeslot_duration", "00:10", 2);
        simple(w, "base_url", "https://fahrplan.events.ccc.de/congress/2019/Fahrplan/", 2);
        simple(w, "time_zone_name", "Europe/Berlin", 2);
        simple(w, "city", "Leipzig", 2);
        simple(w, "venue", "Congress Center Leipzig", 1);
        w.writeEndElement();
        line(w, 1);
        int id = 10_000;
        int perDay = SESSIONS / DAYS;
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = FIRST_DAY.plusDays(d);
            List<Event> source = byDay.get(d % 2);
            int take = Math.min(source.size(), d == DAYS - 1 ? SESSIONS - perDay * (DAYS - 1) : perDay);
            Map<String, List<Event>> rooms = new LinkedHashMap<>();
            for (Event e : source.subList(0, take)) {
                rooms.computeIfAbsent(e.fields().getOrDefault("room", ""), r -> new ArrayList<>()).add(e);
            }
            w.writeStartElement("day");
            w.writeAttribute("index", Integer.toString(d + 1));
            w.writeAttribute("date", date.toString());
            w.writeAttribute("start", date + "T10:00:00+01:00");
            w.writeAttribute("end", date.plusDays(1) + "T04:00:00+01:00");
            for (Map.Entry<String, List<Event>> room : rooms.entrySet()) {
                line(w, 2);
                w.writeStartElement("room");
                w.writeAttribute("name", room.getKey());
                for (Event e : room.getValue()) {
                    event(w, e, ++id, date, d >= 2);
                }
                line(w, 2);
                w.writeEndElement();
            }
            line(w, 1);
            w.writeEndElement();
        }
        line(w, 0);
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.close();
        return out.toByteArray();
    }

    private static void event(XMLStreamWriter w, Event e, int id, LocalDate date, boolean encore) throws Exception {
        Map<String, String> f = e.fields();
        String slug = "36c3-" + id + "-" + f.getOrDefault("slug", "talk");
        line(w, 3);
        w.writeStartElement("event");
        w.writeAttribute("guid", UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)).toString());
        w.writeAttribute("id", Integer.toString(id));
        line(w, 4);
        LocalTime start = LocalTime.parse(f.getOrDefault("start", "10:00"));
        simple(w, "date", date.atTime(start) + ":00+01:00", 4);
        simple(w, "start", f.getOrDefault("start", "10:00"), 4);
        simple(w, "duration", f.getOrDefault("duration", "00:30"), 4);
        simple(w, "room", f.getOrDefault("room", ""), 4);
        simple(w, "slug", slug, 4);
        simple(w, "url", "https://fahrplan.events.ccc.de/congress/2019/Fahrplan/events/" + id + ".html", 4);
        w.writeStartElement("recording");
        simple(w, "license", "", 5);
        simple(w, "optout", "false", 4);
        w.writeEndElement();
        line(w, 4);
        simple(w, "title", (encore ? "Encore: " : "") + f.getOrDefault("title", ""), 4);
        simple(w, "subtitle", f.getOrDefault("subtitle", ""), 4);
        simple(w, "track", f.getOrDefault("track", ""), 4);
        simple(w, "type", f.getOrDefault("type", "lecture"), 4);
        simple(w, "language", "en", 4);
        simple(w, "abstract", f.getOrDefault("abstract", ""), 4);
        simple(w, "description", shortened(f.getOrDefault("description", "")), 4);
        simple(w, "logo", "", 4);
        w.writeStartElement("persons");
        int n = 0;
        for (String person : e.persons()) {
            line(w, 5);
            w.writeStartElement("person");
            w.writeAttribute("id", Integer.toString(20_000 + id * 4 + n++));
            w.writeCharacters(person);
            w.writeEndElement();
        }
        line(w, 4);
        w.writeEndElement();
        line(w, 4);
        w.writeEmptyElement("links");
        line(w, 4);
        w.writeEmptyElement("attachments");
        line(w, 3);
        w.writeEndElement();
    }

    /** FOSDEM's longest descriptions cut at a word, to come to 36C3's bytes per session. */
    private static String shortened(String text) {
        if (text.length() <= LONGEST_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LONGEST_DESCRIPTION);
        return text.substring(0, cut > 0 ? cut : LONGEST_DESCRIPTION) + " …";
    }

    private static void simple(XMLStreamWriter w, String name, String text, int nextIndent) throws Exception {
        if (text.isEmpty()) {
            w.writeEmptyElement(name);
        } else {
            w.writeStartElement(name);
            w.writeCharacters(text);
            w.writeEndElement();
        }
        line(w, nextIndent);
    }

    private static void line(XMLStreamWriter w, int indent) throws Exception {
        w.writeCharacters("\n" + "  ".repeat(indent));
    }

    /** FOSDEM's events with their text fields and speakers, in file order. */
    private static List<Event> read(byte[] xml) throws Exception {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        List<Event> events = new ArrayList<>();
        int day = -1;
        Map<String, String> fields = null;
        List<String> persons = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("day")) {
                    day++;
                } else if (name.equals("event")) {
                    fields = new LinkedHashMap<>();
                    persons = new ArrayList<>();
                } else if (fields != null && name.equals("person")) {
                    persons.add(r.getElementText());
                } else if (fields != null && name.equals("link")) {
                    r.getElementText();
                } else if (fields != null && !name.equals("persons") && !name.equals("links")
                        && !name.equals("attachments")) {
                    fields.put(name, r.getElementText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("event")) {
                events.add(new Event(day, fields, persons));
                fields = null;
            }
        }
        r.close();
        return events;
    }
}
