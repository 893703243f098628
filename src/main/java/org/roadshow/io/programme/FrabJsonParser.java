package org.roadshow.io.programme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * frab and pretalx {@code schedule.json}: {@code schedule.conference.days[].rooms}, where {@code rooms} is
 * an object keyed by room name holding arrays of events. Read as a stream so that each event keeps its
 * line for warnings; each event object alone is read as a tree. Jackson's read constraints cap nesting,
 * string and number sizes.
 */
final class FrabJsonParser {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(ImportLimits.MAX_TEXT)
                    .maxNumberLength(50)
                    .maxDocumentLength(ImportLimits.MAX_BYTES)
                    .build())
            .build());

    private final String source;
    private final JsonParser p;
    private String title = "";
    private String city = "";
    private ZoneId zone;
    private LocalTime dayChange;
    private boolean sawConference;
    private final Set<String> rooms = new LinkedHashSet<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int skipped;

    /** An event read before the conference's day_change may be known. */
    private record Pending(int line, LocalDate day, String room, JsonNode event) {
    }

    private FrabJsonParser(String source, JsonParser parser) {
        this.source = source;
        this.p = parser;
    }

    static ParsedProgramme parse(byte[] data, String source) throws ProgrammeImportException {
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(data);
            return new FrabJsonParser(source, parser).read();
        } catch (StreamConstraintsException e) {
            String limit = e.getOriginalMessage().replaceAll(" ?\\(?,? ?from `[^`]*`\\)?", ")").replace("))", ")");
            throw new ProgrammeImportException(source, line(parser), "the JSON goes beyond what Roadshow reads: " + limit, e);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? line(parser) : e.getLocation().getLineNr();
            throw new ProgrammeImportException(source, line, "the JSON is broken here: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProgrammeImportException(source, line(parser), "the JSON cannot be read: " + e.getMessage(), e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // reading from memory: nothing to release
                }
            }
        }
    }

    private static int line(JsonParser parser) {
        return parser == null ? -1 : parser.currentLocation().getLineNr();
    }

    private ParsedProgramme read() throws IOException, ProgrammeImportException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw notFrab("JSON that is not an object");
        }
        boolean sawSchedule = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("schedule") && value == JsonToken.START_OBJECT) {
                sawSchedule = true;
                schedule();
            } else {
                p.skipChildren();
            }
        }
        if (!sawSchedule || !sawConference) {
            throw notFrab("JSON without a \"schedule\" object holding a \"conference\"");
        }
        return build();
    }

    private ProgrammeImportException notFrab(String what) {
        return new ProgrammeImportException(source, "this is " + what + ", not a frab/pretalx schedule.json; supported: "
                + ProgrammeFormat.SUPPORTED);
    }

    private void schedule() throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("conference") && value == JsonToken.START_OBJECT) {
                sawConference = true;
                conference();
            } else {
                p.skipChildren();
            }
        }
    }

    private void conference() throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            int line = p.currentTokenLocation().getLineNr();
            switch (name) {
                case "title" -> title = text(value);
                case "city" -> city = text(value);
                case "time_zone_name" -> zone = ProgrammeTimes.declaredZone(line, text(value), warnings);
                case "day_change" -> dayChange = ProgrammeTimes.declaredDayChange(line, text(value), warnings);
                case "rooms" -> declaredRooms(value);
                case "days" -> days(value);
                default -> p.skipChildren();
            }
        }
    }

    private String text(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING || value.isNumeric()) {
            return p.getText().strip();
        }
        p.skipChildren();
        return "";
    }

    private void declaredRooms(JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                JsonNode room = p.readValueAsTree();
                String name = room.path("name").asText("").strip();
                if (!name.isEmpty()) {
                    rooms.add(name);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void days(JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            day();
        }
    }

    private void day() throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        LocalDate date = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("date")) {
                try {
                    date = ProgrammeTimes.date(text(value));
                } catch (IllegalArgumentException e) {
                    warnings.add(new ImportWarning(line, "day " + e.getMessage()));
                }
            } else if (name.equals("rooms") && value == JsonToken.START_OBJECT) {
                dayRooms(date);
            } else {
                p.skipChildren();
            }
        }
    }

    private void dayRooms(LocalDate date) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String room = p.currentName().strip();
            if (!room.isEmpty()) {
                rooms.add(room);
            }
            if (p.nextToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                int line = p.currentTokenLocation().getLineNr();
                if (p.currentToken() == JsonToken.START_OBJECT) {
                    pending.add(new Pending(line, date, room, p.readValueAsTree()));
                } else {
                    p.skipChildren();
                    skipped++;
                    warnings.add(new ImportWarning(line, "an entry in room " + room + " is not an event: skipped"));
                }
            }
        }
    }

    private ParsedProgramme build() throws ProgrammeImportException {
        List<ParsedSession> sessions = new ArrayList<>(pending.size());
        for (Pending e : pending) {
            SessionDraft d = draft(e);
            try {
                times(e, d);
                if (sessions.size() >= ImportLimits.MAX_SESSIONS) {
                    throw new ProgrammeImportException(source, e.line(), "the programme has more than "
                            + ImportLimits.MAX_SESSIONS + " sessions, more than Roadshow imports", null);
                }
                sessions.add(d.build());
            } catch (IllegalArgumentException | DateTimeException ex) {
                warnings.add(new ImportWarning(e.line(), "session " + PentabarfXmlParser.describe(d) + " skipped: "
                        + ex.getMessage()));
                skipped++;
            }
        }
        return new ParsedProgramme(ProgrammeFormat.FRAB_JSON, source, title, city, zone, List.copyOf(rooms), sessions,
                warnings, skipped);
    }

    private static SessionDraft draft(Pending e) {
        JsonNode n = e.event();
        SessionDraft d = new SessionDraft();
        d.line = e.line();
        d.guid = str(n, "guid");
        d.sourceId = str(n, "id");
        d.slug = str(n, "slug");
        d.title = str(n, "title");
        d.subtitle = str(n, "subtitle");
        d.track = str(n, "track");
        d.type = str(n, "type");
        d.room = str(n, "room").isBlank() ? e.room() : str(n, "room");
        d.abstractText = str(n, "abstract");
        d.description = str(n, "description");
        for (JsonNode person : n.path("persons")) {
            String name = firstOf(person, "public_name", "name", "full_name");
            if (!name.isBlank()) {
                d.speakers.add(name.strip());
            }
        }
        String url = str(n, "url");
        if (!url.isBlank()) {
            d.links.add(url.strip());
        }
        for (JsonNode link : n.path("links")) {
            String href = link.isTextual() ? link.asText() : firstOf(link, "url", "href");
            if (!href.isBlank()) {
                d.links.add(href.strip());
            }
        }
        return d;
    }

    private void times(Pending e, SessionDraft d) {
        JsonNode n = e.event();
        String dateTime = str(n, "date");
        if (!dateTime.isBlank()) {
            ProgrammeTimes.dateTime(dateTime, d);
        } else if (e.day() != null && !str(n, "start").isBlank()) {
            ProgrammeTimes.onDay(e.day(), str(n, "start"), dayChange, d);
        }
        String duration = str(n, "duration");
        Duration length = duration.isBlank() ? Duration.ZERO : ProgrammeTimes.duration(duration);
        d.end = d.start == null ? null : d.start.plus(length);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText("");
    }

    private static String firstOf(JsonNode n, String... fields) {
        for (String f : fields) {
            String v = str(n, f);
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
