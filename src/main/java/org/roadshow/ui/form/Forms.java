package org.roadshow.ui.form;

import org.roadshow.model.Booth;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.ui.Document;

/** The form for each kind of item. */
public final class Forms {
    private Forms() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends Item> ItemForm<T> forItem(T item, Document document) {
        ItemForm<?> form;
        if (item instanceof Conference) {
            form = new ConferenceForm(document);
        } else if (item instanceof Talk) {
            form = new TalkForm(document);
        } else if (item instanceof Booth) {
            form = new BoothForm(document);
        } else if (item instanceof Shift) {
            form = new ShiftForm(document);
        } else if (item instanceof Demo) {
            form = new DemoForm(document);
        } else if (item instanceof TravelLeg) {
            form = new TravelForm(document);
        } else if (item instanceof Meeting) {
            form = new MeetingForm(document);
        } else if (item instanceof ChecklistItem) {
            form = new ChecklistForm(document);
        } else {
            throw new IllegalArgumentException("no form for " + item.kind());
        }
        return (ItemForm<T>) form;
    }
}
