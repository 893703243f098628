package org.roadshow.edit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;

/**
 * Items with only the fields they cannot do without; every other field is empty (no text, no people, no
 * links) and is set with the record's {@code withX} methods. Apart from the records themselves and the
 * project file's conversion, this is the one place that calls the items' constructors, so a new field
 * needs a value here once rather than at every place that makes an item.
 */
public final class BlankItems {
    private BlankItems() {
    }

    public static Conference conference(UUID id, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {
        return new Conference(id, "", "", "", zone, firstDay, lastDay);
    }

    public static Talk talk(UUID id, Moment start, Moment end) {
        return new Talk(id, null, "", List.of(), List.of(), "", start, end, "", null);
    }

    /** A booth with no opening hours, staffed by one or two people at a time in two-hour shifts. */
    public static Booth booth(UUID id, ZoneId zone) {
        return new Booth(id, null, "", "", List.of(), zone, List.of(), 1, 2, Booth.DEFAULT_SHIFT_MINUTES, 0);
    }

    public static Shift shift(UUID id, UUID boothId, Moment start, Moment end) {
        return new Shift(id, boothId, start, end, List.of(), List.of());
    }

    public static Demo demo(UUID id, Moment start, Moment end) {
        return new Demo(id, "", "", start, end, List.of(), "", null, List.of());
    }

    public static TravelLeg travel(UUID id, TravelMode mode, Moment departure, Moment arrival) {
        return new TravelLeg(id, mode, "", "", departure, arrival, "", "", List.of());
    }

    public static Meeting meeting(UUID id, Moment start, Moment end) {
        return new Meeting(id, "", "", start, end, List.of(), "", "");
    }

    /** A checklist item that is not done, with no due date, assignee or link. */
    public static ChecklistItem checklistItem(UUID id, String text) {
        return new ChecklistItem(id, text, null, null, false, null);
    }
}
