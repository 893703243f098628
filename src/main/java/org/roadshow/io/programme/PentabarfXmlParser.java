package org.roadshow.io.programme;

import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pentabarf and frab XML ({@code <schedule><conference/><day><room><event>}), in both flavours: the old
 * FOSDEM one (clock times on the day's date, no zone) and the newer frab/pretalx one ({@code guid},
 * {@code event/date} with an offset, {@code time_zone_name}). StAX with DTDs and external entities off:
 * a DOCTYPE is refused before anything it declares could be read or expanded.
 */
final class PentabarfXmlParser {
    private final String source;
    private final XMLStreamReader r;
    private String title = "";
    private String city = "";
    private String venue = "";
    private ZoneId zone;
    private LocalTime dayChange;
    private final Set<String> rooms = new LinkedHashSet<>();
    private final List<ParsedSession> sessions = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int skipped;

    private PentabarfXmlParser(String source, XMLStreamReader reader) {
        this.source = source;
        this.r = reader;
    }

    /** A factory per thread, set up once: StAX factories are not promised to be safe to share. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(PentabarfXmlParser::factory);

    /** Where {@link #text} gathers an element's character events, so they become one string, once. */
    private char[] chars = new char[4096];

    static ParsedProgramme parse(byte[] data, String source) throws ProgrammeImportException {
        XMLStreamReader reader;
        try {
            reader = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(data));
        } catch (XMLStreamException e) {
            throw new ProgrammeImportException(source, line(e), "this is not readable XML: " + message(e), e);
        }
        try {
            return new PentabarfXmlParser(source, reader).read();
        } catch (XMLStreamException e) {
            throw new ProgrammeImportException(source, line(e), "the XML is broken here: " + message(e), e);
        } catch (RuntimeException e) {
            // The JDK parser reports some malformed input (bad encodings) as runtime exceptions.
            throw new ProgrammeImportException(source, -1, "the XML cannot be read: " + e.getMessage(), e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing is held open: the input is a byte array
            }
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private ParsedProgramme read() throws XMLStreamException, ProgrammeImportException {
        if (!toRoot()) {
            throw new ProgrammeImportException(source, "the XML has no elements; supported: " + ProgrammeFormat.SUPPORTED);
        }
        String root = r.getLocalName();
        if (!root.equals("schedule")) {
            throw new ProgrammeImportException(source, r.getLocation().getLineNumber(), "this is XML with the root element <"
                    + root + ">, not a Pentabarf/frab <schedule>; supported: " + ProgrammeFormat.SUPPORTED, null);
        }
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "conference" -> conference();
                case "day" -> day();
                default -> skip();
            }
        }
        return new ParsedProgramme(ProgrammeFormat.PENTABARF_XML, source, title, city, zone, List.copyOf(rooms),
                sessions, warnings, skipped, venue);
    }

    /** Moves to the root element; refuses a DOCTYPE. */
    private boolean toRoot() throws XMLStreamException, ProgrammeImportException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ProgrammeImportException(source, r.getLocation().getLineNumber(),
                        "the file declares a DOCTYPE; programme files never need one, and it is refused because "
                                + "it could read other files or expand without end", null);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /** Moves to the next child element of the current one; false at its end tag. */
    private boolean nextChild() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The element's text, ignoring any child elements (getElementText fails on those). The parser splits
     * text at every entity ({@code &lt;p&gt;} in each abstract), so the pieces are copied into one array
     * and become a string at the end.
     */
    private String text() throws XMLStreamException {
        int length = 0;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (depth == 1) {
                    int n = r.getTextLength();
                    if (length + n > chars.length) {
                        chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
                    }
                    System.arraycopy(r.getTextCharacters(), r.getTextStart(), chars, length, n);
                    length += n;
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return length == 0 ? "" : new String(chars, 0, length);
    }

    private void conference() throws XMLStreamException {
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "title" -> title = text().strip();
                case "city" -> city = text().strip();
                case "venue" -> venue = text().strip();
                case "time_zone_name" -> zone = ProgrammeTimes.declaredZone(r.getLocation().getLineNumber(), text().strip(), warnings);
                case "day_change" -> dayChange = ProgrammeTimes.declaredDayChange(r.getLocation().getLineNumber(), text(), warnings);
                default -> skip();
            }
        }
    }

    private void day() throws XMLStreamException, ProgrammeImportException {
        int line = r.getLocation().getLineNumber();
        String dateText = r.getAttributeValue(null, "date");
        LocalDate date = null;
        try {
            date = dateText == null ? null : ProgrammeTimes.date(dateText);
        } catch (IllegalArgumentException e) {
            warnings.add(new ImportWarning(line, "day " + e.getMessage()));
        }
        while (nextChild()) {
            if (r.getLocalName().equals("room")) {
                String name = r.getAttributeValue(null, "name");
                if (name != null && !name.isBlank()) {
                    rooms.add(name.strip());
                }
                room(date, name == null ? "" : name);
            } else {
                skip();
            }
        }
    }

    private void room(LocalDate date, String roomName) throws XMLStreamException, ProgrammeImportException {
        while (nextChild()) {
            if (r.getLocalName().equals("event")) {
                event(date, roomName);
            } else {
                skip();
            }
        }
    }

    private void event(LocalDate date, String roomName) throws XMLStreamException, ProgrammeImportException {
        SessionDraft d = new SessionDraft();
        d.line = r.getLocation().getLineNumber();
        d.sourceId = attribute("id");
        d.guid = attribute("guid");
        String dateTime = "";
        String start = "";
        String duration = "";
        String url = "";
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "date" -> dateTime = text();
                case "start" -> start = text();
                case "duration" -> duration = text();
                case "room" -> d.room = text();
                case "slug" -> d.slug = text();
                case "title" -> d.title = text();
                case "subtitle" -> d.subtitle = text();
                case "track" -> d.track = text();
                case "type" -> d.type = text();
                case "abstract" -> d.abstractText = text();
                case "description" -> d.description = text();
                case "url" -> url = text().strip();
                case "persons" -> persons(d);
                case "links" -> links(d);
                default -> skip();
            }
        }
        try {
            if (!dateTime.isBlank()) {
                ProgrammeTimes.dateTime(dateTime, d);
            } else if (date != null && !start.isBlank()) {
                ProgrammeTimes.onDay(date, start, dayChange, d);
            }
            Duration length = duration.isBlank() ? Duration.ZERO : ProgrammeTimes.duration(duration);
            d.end = d.start == null ? null : d.start.plus(length);
            if (d.room.isBlank()) {
                d.room = roomName;
            }
            if (!url.isEmpty()) {
                d.links.add(0, url);
            }
            add(d.build());
        } catch (IllegalArgumentException | DateTimeException e) {
            warnings.add(new ImportWarning(d.line, "session " + describe(d) + " skipped: " + e.getMessage()));
            skipped++;
        }
    }

    private void add(ParsedSession session) throws ProgrammeImportException {
        if (sessions.size() >= ImportLimits.MAX_SESSIONS) {
            throw new ProgrammeImportException(source, session.line(), "the programme has more than "
                    + ImportLimits.MAX_SESSIONS + " sessions, more than Roadshow imports", null);
        }
        sessions.add(session);
    }

    static String describe(SessionDraft d) {
        if (!d.title.isBlank()) {
            return "\"" + d.title.strip() + "\"";
        }
        return d.sourceId.isBlank() ? "without a title" : "with id " + d.sourceId;
    }

    private String attribute(String name) {
        String value = r.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private void persons(SessionDraft d) throws XMLStreamException {
        while (nextChild()) {
            if (r.getLocalName().equals("person")) {
                String name = text().strip();
                if (!name.isEmpty()) {
                    d.speakers.add(name);
                }
            } else {
                skip();
            }
        }
    }

    private void links(SessionDraft d) throws XMLStreamException {
        while (nextChild()) {
            if (r.getLocalName().equals("link")) {
                String href = attribute("href").strip();
                skip();
                if (!href.isEmpty()) {
                    d.links.add(href);
                }
            } else {
                skip();
            }
        }
    }

    private static int line(XMLStreamException e) {
        return e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
    }

    /** The JDK's message without its "ParseError at [row,col]" preamble. */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return at >= 0 ? m.substring(at + "Message: ".length()).strip() : m.strip();
    }
}
