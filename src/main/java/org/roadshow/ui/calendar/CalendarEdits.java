package org.roadshow.ui.calendar;

import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.value.ObservableValue;
import org.roadshow.edit.Edits;
import org.roadshow.edit.ItemFactory;
import org.roadshow.edit.Retime;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.document.SessionKey;

/**
 * What the calendar does to the project: a dragged or resized entry becomes one undoable Edit of its item's
 * times, a drawn one a new item, a double-click opens the item's form. Each reads the item from the
 * Document's project as it is now, never from the entry.
 */
final class CalendarEdits {
    private final Document document;
    private final Selection selection;
    private final ItemFactory items;
    private final EntrySync sync;
    private final ObservableValue<DisplayClock> clock;

    CalendarEdits(Document document, Selection selection, ItemFactory items, EntrySync sync,
                  ObservableValue<DisplayClock> clock) {
        this.document = document;
        this.selection = selection;
        this.items = items;
        this.sync = sync;
        this.clock = clock;
    }

    /** An entry CalendarFX moved or stretched (it sets the interval once, when the mouse is let go). */
    void onCalendarEvent(CalendarEvent e) {
        if (sync.isSyncing() || e.getEventType() != CalendarEvent.ENTRY_INTERVAL_CHANGED
                || !(e.getEntry().getUserObject() instanceof EntrySpec spec) || spec.itemKind() == null) {
            return;
        }
        Entry<?> entry = e.getEntry();
        if (!retime(spec, entry.getInterval())) {
            sync.reset(entry);
        }
    }

    /** Applies the entry's new interval to its item; false when the project does not take it. */
    boolean retime(EntrySpec spec, Interval now) {
        Optional<Item> found = document.project().trip(spec.tripId()).flatMap(t -> t.item(spec.id()));
        if (document.isReadOnly() || found.isEmpty() || !(found.get() instanceof Timed timed)) {
            return false;
        }
        DisplayClock c = clock.getValue();
        Moment start = c.shift(timed.start(), spec.start(), now.getStartDateTime());
        Moment end = c.shift(timed.end(), spec.end(), now.getEndDateTime());
        if (!end.instant().isAfter(start.instant())) {
            return false;
        }
        return document.apply(Retime.edit(spec.tripId(), found.get(), start, end));
    }

    /** Adds an item of {@code kind} over the drawn span ({from, to} on the view's clock) and opens its form. */
    void create(ItemKind kind, LocalDateTime[] span) {
        Project project = document.project();
        Optional<Trip> trip = tripFor(project, span[0].toLocalDate());
        if (document.isReadOnly() || trip.isEmpty()) {
            return;
        }
        Item blank = items.create(kind, trip.get(), project);
        Timed t = (Timed) blank;
        DisplayClock c = clock.getValue();
        Moment start = c.fromDisplay(span[0], t.start().zone());
        Moment end = c.fromDisplay(span[1], t.end().zone());
        if (!end.instant().isAfter(start.instant())) {
            end = start.plusMinutes(30);
        }
        Item item = withPerson(Retime.withTimes(blank, start, end), filterPerson());
        document.apply(Edits.addItem(trip.get().id(), item));
        selection.reveal(NodeKey.item(trip.get().id(), item.kind(), item.id()));
    }

    private UUID person;

    /** The person whose plans are shown (null: everyone): a drawn item is theirs, so that it stays in view. */
    void showingPerson(UUID who) {
        person = who;
    }

    private UUID filterPerson() {
        return person;
    }

    /** Opens the entry's item in the Details tab, or selects its programme session. */
    void open(Entry<?> entry) {
        if (!(entry.getUserObject() instanceof EntrySpec spec)) {
            return;
        }
        if (spec.itemKind() != null) {
            selection.reveal(NodeKey.item(spec.tripId(), spec.itemKind(), spec.id()));
        } else {
            selection.selectSession(new SessionKey(spec.tripId(), spec.programmeId(), spec.id()));
        }
    }

    /** The trip a new item on {@code day} goes in: one whose conferences or items cover that day, else the selected one, else the first. */
    private Optional<Trip> tripFor(Project project, LocalDate day) {
        for (Trip trip : project.trips()) {
            boolean atConference = trip.items(Conference.class).stream()
                    .anyMatch(c -> !day.isBefore(c.firstDay()) && !day.isAfter(c.lastDay()));
            boolean hasItem = trip.timed().anyMatch(t -> t.start().time().toLocalDate().equals(day));
            if (atConference || hasItem) {
                return Optional.of(trip);
            }
        }
        return selection.trip().flatMap(project::trip).or(() -> project.trips().stream().findFirst());
    }

    private static Item withPerson(Item item, UUID person) {
        if (person == null || ((Timed) item).people().contains(person)) {
            return item;
        }
        return switch (item.kind()) {
            case TALK -> ((Talk) item).withSpeakers(plus(((Talk) item).speakers(), person));
            case SHIFT -> ((Shift) item).withPeople(plus(((Shift) item).people(), person));
            case DEMO -> ((Demo) item).withPeople(plus(((Demo) item).people(), person));
            case TRAVEL -> ((TravelLeg) item).withTravellers(plus(((TravelLeg) item).travellers(), person));
            case MEETING -> ((Meeting) item).withPeople(plus(((Meeting) item).people(), person));
            case CONFERENCE, BOOTH, CHECKLIST -> item;
        };
    }

    private static List<UUID> plus(List<UUID> people, UUID person) {
        return java.util.stream.Stream.concat(people.stream(), java.util.stream.Stream.of(person)).toList();
    }
}
