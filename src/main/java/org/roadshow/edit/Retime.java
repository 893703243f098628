package org.roadshow.edit;

import java.util.Locale;
import java.util.UUID;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;

/** Moving a timed item to other times, as a view does when an item is dragged or resized. */
public final class Retime {
    private Retime() {
    }

    /** The item with the given start and end (a travel leg's departure and arrival); each keeps the zone given. */
    public static Item withTimes(Item item, Moment start, Moment end) {
        if (!end.instant().isAfter(start.instant())) {
            throw new IllegalArgumentException("an item must end after it starts: " + start + " .. " + end);
        }
        return switch (item.kind()) {
            case TALK -> ((Talk) item).withStart(start).withEnd(end);
            case SHIFT -> ((Shift) item).withStart(start).withEnd(end);
            case DEMO -> ((Demo) item).withStart(start).withEnd(end);
            case TRAVEL -> ((TravelLeg) item).withDeparture(start).withArrival(end);
            case MEETING -> ((Meeting) item).withStart(start).withEnd(end);
            case CONFERENCE, BOOTH, CHECKLIST -> throw new IllegalArgumentException(item.kind() + " has no times");
        };
    }

    /**
     * One undoable change of the item's times. The label says what a person did: "Move talk “X”" when
     * both ends moved by the same amount, else "Change the time of talk “X”".
     */
    public static Edit edit(UUID tripId, Item item, Moment start, Moment end) {
        Item moved = withTimes(item, start, end);
        Timed before = (Timed) item;
        boolean sameLength = before.duration().equals(((Timed) moved).duration());
        String what = item.kind().singular().toLowerCase(Locale.ROOT) + " “" + item.label() + "”";
        String label = (sameLength ? "Move " : "Change the time of ") + what;
        return Edit.of(label, p -> p.withTrip(Edits.trip(p, tripId).withItem(moved)));
    }
}
