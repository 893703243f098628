package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Availability;
import org.roadshow.model.Booth;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelBuffers;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;
import org.roadshow.model.UnknownFields;

/**
 * A trip, its items in one array per kind (in {@link org.roadshow.model.ItemKind} order, each in model
 * order) so that a diff shows what changed where, and its imported programmes. Travel buffers are written
 * only when they differ from the defaults.
 */
@JsonPropertyOrder({"id", "name", "people", "travelBuffers", "conferences", "talks", "booths", "shifts", "demos", "travel",
    "meetings", "checklist", "programs", "availability"})
final class JsonTrip extends JsonObject implements Convert.ModelSource<Trip> {
    UUID id;
    String name;
    List<UUID> people;
    JsonTravelBuffers travelBuffers;
    List<JsonConference> conferences = new ArrayList<>();
    List<JsonTalk> talks = new ArrayList<>();
    List<JsonBooth> booths = new ArrayList<>();
    List<JsonShift> shifts = new ArrayList<>();
    List<JsonDemo> demos = new ArrayList<>();
    List<JsonTravelLeg> travel = new ArrayList<>();
    List<JsonMeeting> meetings = new ArrayList<>();
    List<JsonChecklistItem> checklist = new ArrayList<>();
    @JsonProperty("programs") // the file key predates the name Programme
    List<JsonProgramme> programmes;
    /** Each person's stated availability; left out when nobody stated one. */
    List<JsonAvailability> availability;

    static JsonTrip from(Trip trip, UnknownFields unknown) {
        JsonTrip dto = new JsonTrip();
        dto.id = trip.id();
        dto.name = trip.name();
        dto.people = trip.people();
        dto.travelBuffers = JsonTravelBuffers.from(trip.buffers(), unknown.of(JsonTravelBuffers.owner(trip.id())));
        for (Item item : trip.items()) {
            dto.add(item, unknown);
        }
        dto.programmes = trip.programmes().stream().map(p -> JsonProgramme.from(p, unknown)).toList();
        dto.availability = trip.availability().stream().map(a -> JsonAvailability.from(a, trip.id(), unknown)).toList();
        dto.keepUnknown(unknown.of(trip.id().toString()));
        return dto;
    }

    /** Adds the item to the array of its kind: a switch expression, so that a new kind does not compile here. */
    private boolean add(Item item, UnknownFields unknown) {
        return switch (item.kind()) {
            case CONFERENCE -> conferences.add(JsonConference.from((Conference) item, unknown));
            case TALK -> talks.add(JsonTalk.from((Talk) item, unknown));
            case BOOTH -> booths.add(JsonBooth.from((Booth) item, unknown));
            case SHIFT -> shifts.add(JsonShift.from((Shift) item, unknown));
            case DEMO -> demos.add(JsonDemo.from((Demo) item, unknown));
            case TRAVEL -> travel.add(JsonTravelLeg.from((TravelLeg) item, unknown));
            case MEETING -> meetings.add(JsonMeeting.from((Meeting) item, unknown));
            case CHECKLIST -> checklist.add(JsonChecklistItem.from((ChecklistItem) item, unknown));
        };
    }

    @Override
    public Trip toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ctx.checkPeople(Convert.ids(people, this, path, "people"), this, path, "people");
        List<Item> items = new ArrayList<>();
        items.addAll(Convert.each(conferences, this, path + ".conferences", ctx));
        items.addAll(Convert.each(talks, this, path + ".talks", ctx));
        List<Booth> boothList = Convert.each(booths, this, path + ".booths", ctx);
        items.addAll(boothList);
        Set<UUID> boothIds = new HashSet<>();
        for (Booth booth : boothList) {
            boothIds.add(booth.id());
        }
        items.addAll(Convert.each(shifts, this, path + ".shifts", (s, c, at) -> s.toModel(c, at, boothIds), ctx));
        items.addAll(Convert.each(demos, this, path + ".demos", ctx));
        items.addAll(Convert.each(travel, this, path + ".travel", ctx));
        items.addAll(Convert.each(meetings, this, path + ".meetings", ctx));
        items.addAll(Convert.each(checklist, this, path + ".checklist", ctx));
        TravelBuffers buffers = travelBuffers == null ? TravelBuffers.DEFAULTS
                : travelBuffers.toModel(ctx, path + ".travelBuffers", JsonTravelBuffers.owner(id));
        Set<UUID> stated = new HashSet<>();
        List<Availability> availabilities = Convert.each(availability, this, path + ".availability",
                (a, c, at) -> a.toModel(c, at, id, stated), ctx);
        ctx.keepUnknown(id.toString(), this);
        return new Trip(id, name, people, items, Convert.each(programmes, this, path + ".programs", ctx), buffers,
                availabilities);
    }
}
