package org.roadshow.io.project.oracle;

import static org.roadshow.io.project.oracle.JsonValues.date;
import static org.roadshow.io.project.oracle.JsonValues.dateTime;
import static org.roadshow.io.project.oracle.JsonValues.id;
import static org.roadshow.io.project.oracle.JsonValues.ids;
import static org.roadshow.io.project.oracle.JsonValues.instant;
import static org.roadshow.io.project.oracle.JsonValues.text;
import static org.roadshow.io.project.oracle.JsonValues.texts;
import static org.roadshow.io.project.oracle.JsonValues.time;
import static org.roadshow.io.project.oracle.JsonValues.wholeNumber;
import static org.roadshow.io.project.oracle.JsonValues.zone;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads a project file into the DTOs with jackson-core alone: one pass over the tokens, a switch over the
 * field names of each kind of object. jackson-databind is not touched, so that reading the sample while the
 * window starts costs a few milliseconds instead of building an ObjectMapper. Errors are {@link
 * BadValueException}s (a value of the wrong kind, with its path) or jackson-core's own (broken JSON, a
 * duplicate key, a limit of StreamReadConstraints); {@link JsonErrors} words both.
 */
final class ProjectReader {
    private ProjectReader() {
    }

    static JsonProject read(byte[] content) throws IOException {
        try (JsonParser p = ProjectJsonFactory.FACTORY.createParser(content)) {
            return read(p);
        }
    }

    /** The project from a parser that has not started yet (a file's or a migrated tree's). */
    static JsonProject read(JsonParser p) throws IOException {
        p.nextToken();
        JsonProject project = PROJECT.read(p);
        expectEnd(p);
        return project;
    }

    /** Nothing but white space may follow the project's closing '}'. */
    static void expectEnd(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw new BadValueException(p, "there is more content after the project's closing '}'");
        }
    }

    static final DtoReader<JsonProject> PROJECT = new DtoReader<>() {
        JsonProject create() {
            return new JsonProject();
        }

        boolean readField(JsonProject d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "formatVersion" -> d.formatVersion = wholeNumber(p);
                case "name" -> d.name = text(p);
                case "people" -> d.people = PERSON.readList(p);
                case "trips" -> d.trips = TRIP.readList(p);
                case "templates" -> d.templates = TEMPLATE.readList(p);
                default -> {
                    return false; // kept as an unknown field
                }
            }
            return true;
        }
    };

    static final DtoReader<JsonPerson> PERSON = new DtoReader<>() {
        JsonPerson create() {
            return new JsonPerson();
        }

        boolean readField(JsonPerson d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "name" -> d.name = text(p);
                case "role" -> d.role = text(p);
                case "email" -> d.email = text(p);
                case "homeZone" -> d.homeZone = zone(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonTrip> TRIP = new DtoReader<>() {
        JsonTrip create() {
            return new JsonTrip();
        }

        boolean readField(JsonTrip d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "name" -> d.name = text(p);
                case "people" -> d.people = ids(p);
                case "travelBuffers" -> d.travelBuffers = TRAVEL_BUFFERS.read(p);
                case "conferences" -> d.conferences = CONFERENCE.readList(p);
                case "talks" -> d.talks = TALK.readList(p);
                case "booths" -> d.booths = BOOTH.readList(p);
                case "shifts" -> d.shifts = SHIFT.readList(p);
                case "demos" -> d.demos = DEMO.readList(p);
                case "travel" -> d.travel = TRAVEL_LEG.readList(p);
                case "meetings" -> d.meetings = MEETING.readList(p);
                case "checklist" -> d.checklist = CHECKLIST_ITEM.readList(p);
                case "programs" -> d.programmes = PROGRAMME.readList(p);
                case "availability" -> d.availability = AVAILABILITY.readList(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonTravelBuffers> TRAVEL_BUFFERS = new DtoReader<>() {
        JsonTravelBuffers create() {
            return new JsonTravelBuffers();
        }

        boolean readField(JsonTravelBuffers d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "afterLanding" -> d.afterLanding = wholeNumber(p);
                case "beforeFlight" -> d.beforeFlight = wholeNumber(p);
                case "aroundTrain" -> d.aroundTrain = wholeNumber(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonConference> CONFERENCE = new DtoReader<>() {
        JsonConference create() {
            return new JsonConference();
        }

        boolean readField(JsonConference d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "name" -> d.name = text(p);
                case "city" -> d.city = text(p);
                case "venue" -> d.venue = text(p);
                case "zone" -> d.zone = zone(p);
                case "firstDay" -> d.firstDay = date(p);
                case "lastDay" -> d.lastDay = date(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonTalk> TALK = new DtoReader<>() {
        JsonTalk create() {
            return new JsonTalk();
        }

        boolean readField(JsonTalk d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "conferenceId" -> d.conferenceId = id(p);
                case "title" -> d.title = text(p);
                case "speakers" -> d.speakers = ids(p);
                case "otherSpeakers" -> d.otherSpeakers = texts(p);
                case "room" -> d.room = text(p);
                case "start" -> d.start = MOMENT.read(p);
                case "end" -> d.end = MOMENT.read(p);
                case "abstract" -> d.abstractText = text(p);
                case "sessionId" -> d.sessionId = id(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonBooth> BOOTH = new DtoReader<>() {
        JsonBooth create() {
            return new JsonBooth();
        }

        boolean readField(JsonBooth d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "conferenceId" -> d.conferenceId = id(p);
                case "name" -> d.name = text(p);
                case "location" -> d.location = text(p); // the booth's place; JsonObject.location is hidden here
                case "partners" -> d.partners = texts(p);
                case "zone" -> d.zone = zone(p);
                case "hours" -> d.hours = OPENING_HOURS.readList(p);
                case "minStaff" -> d.minStaff = wholeNumber(p);
                case "maxStaff" -> d.maxStaff = wholeNumber(p);
                case "shiftMinutes" -> d.shiftMinutes = wholeNumber(p);
                case "overlapMinutes" -> d.overlapMinutes = wholeNumber(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonOpeningHours> OPENING_HOURS = new DtoReader<>() {
        JsonOpeningHours create() {
            return new JsonOpeningHours();
        }

        boolean readField(JsonOpeningHours d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "day" -> d.day = date(p);
                case "open" -> d.open = time(p);
                case "close" -> d.close = time(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonShift> SHIFT = new DtoReader<>() {
        JsonShift create() {
            return new JsonShift();
        }

        boolean readField(JsonShift d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "boothId" -> d.boothId = id(p);
                case "start" -> d.start = MOMENT.read(p);
                case "end" -> d.end = MOMENT.read(p);
                case "people" -> d.people = ids(p);
                case "pinned" -> d.pinned = ids(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonAvailability> AVAILABILITY = new DtoReader<>() {
        JsonAvailability create() {
            return new JsonAvailability();
        }

        boolean readField(JsonAvailability d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "person" -> d.person = id(p);
                case "maxMinutesPerDay" -> d.maxMinutesPerDay = wholeNumber(p);
                case "unavailable" -> d.unavailable = TIME_WINDOW.readList(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonTimeWindow> TIME_WINDOW = new DtoReader<>() {
        JsonTimeWindow create() {
            return new JsonTimeWindow();
        }

        boolean readField(JsonTimeWindow d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "start" -> d.start = MOMENT.read(p);
                case "end" -> d.end = MOMENT.read(p);
                case "note" -> d.note = text(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonDemo> DEMO = new DtoReader<>() {
        JsonDemo create() {
            return new JsonDemo();
        }

        boolean readField(JsonDemo d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "what" -> d.what = text(p);
                case "where" -> d.where = text(p);
                case "start" -> d.start = MOMENT.read(p);
                case "end" -> d.end = MOMENT.read(p);
                case "equipment" -> d.equipment = texts(p);
                case "backupPlan" -> d.backupPlan = text(p);
                case "linkedItem" -> d.linkedItem = id(p);
                case "people" -> d.people = ids(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonTravelLeg> TRAVEL_LEG = new DtoReader<>() {
        JsonTravelLeg create() {
            return new JsonTravelLeg();
        }

        boolean readField(JsonTravelLeg d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "mode" -> d.mode = text(p);
                case "from" -> d.from = text(p);
                case "to" -> d.to = text(p);
                case "departure" -> d.departure = MOMENT.read(p);
                case "arrival" -> d.arrival = MOMENT.read(p);
                case "carrier" -> d.carrier = text(p);
                case "bookingReference" -> d.bookingReference = text(p);
                case "travellers" -> d.travellers = ids(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonMeeting> MEETING = new DtoReader<>() {
        JsonMeeting create() {
            return new JsonMeeting();
        }

        boolean readField(JsonMeeting d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "title" -> d.title = text(p);
                case "where" -> d.where = text(p);
                case "start" -> d.start = MOMENT.read(p);
                case "end" -> d.end = MOMENT.read(p);
                case "people" -> d.people = ids(p);
                case "withWhom" -> d.withWhom = text(p);
                case "notes" -> d.notes = text(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonChecklistItem> CHECKLIST_ITEM = new DtoReader<>() {
        JsonChecklistItem create() {
            return new JsonChecklistItem();
        }

        boolean readField(JsonChecklistItem d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "text" -> d.text = text(p);
                case "due" -> d.due = DUE.read(p);
                case "assignee" -> d.assignee = id(p);
                case "done" -> d.done = JsonValues.requiredTrueOrFalse(p);
                case "linkedItem" -> d.linkedItem = id(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonDue> DUE = new DtoReader<>() {
        JsonDue create() {
            return new JsonDue();
        }

        boolean readField(JsonDue d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "date" -> d.date = date(p);
                case "daysBeforeTrip" -> d.daysBeforeTrip = wholeNumber(p);
                case "daysBeforeItem" -> d.daysBeforeItem = wholeNumber(p);
                case "item" -> d.item = id(p);
                case "at" -> d.at = time(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonTemplate> TEMPLATE = new DtoReader<>() {
        JsonTemplate create() {
            return new JsonTemplate();
        }

        boolean readField(JsonTemplate d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "name" -> d.name = text(p);
                case "entries" -> d.entries = TEMPLATE_ENTRY.readList(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonTemplateEntry> TEMPLATE_ENTRY = new DtoReader<>() {
        JsonTemplateEntry create() {
            return new JsonTemplateEntry();
        }

        boolean readField(JsonTemplateEntry d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "text" -> d.text = text(p);
                case "due" -> d.due = DUE.read(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonMoment> MOMENT = new DtoReader<>() {
        JsonMoment create() {
            return new JsonMoment();
        }

        boolean readField(JsonMoment d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "time" -> d.time = dateTime(p);
                case "zone" -> d.zone = zone(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonProgramme> PROGRAMME = new DtoReader<>() {
        JsonProgramme create() {
            return new JsonProgramme();
        }

        boolean readField(JsonProgramme d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "conferenceId" -> d.conferenceId = id(p);
                case "name" -> d.name = text(p);
                case "source" -> d.source = text(p);
                case "url" -> d.url = text(p);
                case "etag" -> d.etag = text(p);
                case "lastModified" -> d.lastModified = text(p);
                case "zone" -> d.zone = zone(p);
                case "importedAt" -> d.importedAt = instant(p);
                case "sessions" -> d.sessions = SESSION.readList(p);
                default -> { return false; }
            }
            return true;
        }
    };

    static final DtoReader<JsonSession> SESSION = new DtoReader<>() {
        JsonSession create() {
            return new JsonSession();
        }

        boolean readField(JsonSession d, String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> d.id = id(p);
                case "guid" -> d.guid = text(p);
                case "sourceId" -> d.sourceId = text(p);
                case "slug" -> d.slug = text(p);
                case "title" -> d.title = text(p);
                case "subtitle" -> d.subtitle = text(p);
                case "track" -> d.track = text(p);
                case "type" -> d.type = text(p);
                case "room" -> d.room = text(p);
                case "start" -> d.start = MOMENT.read(p);
                case "end" -> d.end = MOMENT.read(p);
                case "speakers" -> d.speakers = texts(p);
                case "abstract" -> d.abstractText = text(p);
                case "links" -> d.links = texts(p);
                case "starredBy" -> d.starredBy = ids(p);
                case "cancelled" -> d.cancelled = JsonValues.trueOrFalse(p);
                default -> { return false; }
            }
            return true;
        }
    };
}
