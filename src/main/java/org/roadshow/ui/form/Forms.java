package org.roadshow.ui.form;

import org.roadshow.model.Item;
import org.roadshow.ui.document.Document;

/** The form for each kind of item. */
public final class Forms {
    private Forms() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends Item> ItemForm<T> forItem(T item, Document document) {
        ItemForm<?> form = switch (item.kind()) {
            case CONFERENCE -> new ConferenceForm(document);
            case TALK -> new TalkForm(document);
            case BOOTH -> new BoothForm(document);
            case SHIFT -> new ShiftForm(document);
            case DEMO -> new DemoForm(document);
            case TRAVEL -> new TravelForm(document);
            case MEETING -> new MeetingForm(document);
            case CHECKLIST -> new ChecklistForm(document);
        };
        return (ItemForm<T>) form;
    }
}
