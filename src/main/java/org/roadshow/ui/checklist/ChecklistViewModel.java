package org.roadshow.ui.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.roadshow.edit.BlankItems;
import org.roadshow.edit.ChecklistEdits;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.checklist.ChecklistFilter;
import org.roadshow.ui.document.Document;

/**
 * The Checklist tab's state: the trip shown, the filters, and the rows in {@link ChecklistLine}s. An edit that
 * only changes items in place (a tick) gives just those items' lines and their lists' headings new rows
 * ({@link ItemsChangedInPlace}), so its cost does not grow with the list. After any other change the rows are
 * built again and compared with what is shown: lines are added or removed only where rows came or went, so the
 * list keeps its layout where it can.
 */
public final class ChecklistViewModel {
    private final Document document;
    private final Clock clock;
    private final ObjectProperty<UUID> tripId = new SimpleObjectProperty<>(this, "tripId");
    private final ObjectProperty<UUID> person = new SimpleObjectProperty<>(this, "person");
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final BooleanProperty late = new SimpleBooleanProperty(this, "late");
    private final BooleanProperty thisWeek = new SimpleBooleanProperty(this, "thisWeek");
    private final ObservableList<ChecklistLine> lines = FXCollections.observableArrayList();
    private final ObservableList<UUID> trips = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChecklistRows.Result> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    /** Lists the user started for an item that has none yet: shown while empty, until another trip is shown. */
    private final Set<UUID> started = new HashSet<>();
    /** What the lines were last brought up to: the project, trip, filter and day; see {@link #refresh}. */
    private Project shownProject;
    private UUID shownTrip;
    private ChecklistFilter shownFilter;
    private LocalDate shownOn;
    /** The lines by item and list, for showing items changed in place; made when first needed after a rebuild. */
    private ItemsChangedInPlace inPlace;

    public ChecklistViewModel(Document document, Clock clock) {
        this.document = document;
        this.clock = clock;
        document.projectProperty().addListener((o, was, now) -> refresh());
        tripId.addListener((o, was, now) -> {
            started.clear();
            refresh();
        });
        for (var p : List.of(person, open, late, thisWeek)) {
            p.addListener(o -> refresh());
        }
        refresh();
    }

    void refresh() {
        Project project = document.project();
        List<UUID> ids = project.trips().stream().map(Trip::id).toList();
        if (!trips.equals(ids)) {
            trips.setAll(ids);
        }
        if (ids.isEmpty()) { // no trip to show: nothing of the last project's stays in the list or the counts
            tripId.set(null);
            lines.clear();
            counts.set(null);
            shownProject = null;
            shownTrip = null;
            return;
        }
        if (tripId.get() == null || project.trip(tripId.get()).isEmpty()) {
            tripId.set(ids.get(0)); // calls back here
            return;
        }
        if (person.get() != null && project.person(person.get()).isEmpty()) {
            person.set(null);
            return;
        }
        ChecklistFilter filter = filter();
        LocalDate today = today();
        if (project != shownProject && tripId.get().equals(shownTrip) && filter.equals(shownFilter)
                && today.equals(shownOn) && counts.get() != null) {
            // an edit of a few items (a tick): their lines and headings change, the rest of the list is left alone
            if (inPlace == null) {
                inPlace = new ItemsChangedInPlace(lines);
            }
            ChecklistRows.Result changed = inPlace.show(shownProject, project, shownTrip, filter, clock.instant(),
                    clock.getZone(), counts.get());
            if (changed != null) {
                shownProject = project;
                counts.set(changed);
                return;
            }
        }
        Trip trip = project.trip(tripId.get()).orElseThrow();
        ChecklistRows.Result result = ChecklistRows.build(project, trip, filter, clock.instant(), clock.getZone(), started);
        replaceChanged(result.rows());
        shownProject = project;
        shownTrip = trip.id();
        shownFilter = filter;
        shownOn = today;
        inPlace = null;
        counts.set(result);
    }

    /**
     * Brings the lines up to {@code next}. The lines at the head and the tail that show the same things as
     * before are kept and given their new rows where those differ (a tick: the item's line and its heading's);
     * only the lines between, if any, are removed and added, which makes the list lay out again.
     */
    private void replaceChanged(List<ChecklistRow> next) {
        int max = Math.min(lines.size(), next.size());
        int head = 0;
        while (head < max && ChecklistLine.sameThing(lines.get(head).row(), next.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < max - head
                && ChecklistLine.sameThing(lines.get(lines.size() - 1 - tail).row(), next.get(next.size() - 1 - tail))) {
            tail++;
        }
        int oldEnd = lines.size() - tail;
        int newEnd = next.size() - tail;
        for (int i = 0; i < head; i++) {
            updateLine(lines.get(i), next.get(i));
        }
        for (int i = 0; i < tail; i++) {
            updateLine(lines.get(oldEnd + i), next.get(newEnd + i));
        }
        if (oldEnd > head || newEnd > head) {
            List<ChecklistLine> middle = new ArrayList<>(newEnd - head);
            for (ChecklistRow r : next.subList(head, newEnd)) {
                middle.add(new ChecklistLine(r));
            }
            if (oldEnd == head) {
                lines.addAll(head, middle);
            } else if (newEnd == head) {
                lines.remove(head, oldEnd);
            } else {
                lines.remove(head, oldEnd);
                lines.addAll(head, middle);
            }
        }
    }

    private static void updateLine(ChecklistLine line, ChecklistRow next) {
        if (!line.row().equals(next)) {
            line.update(next);
        }
    }

    ChecklistFilter filter() {
        return new ChecklistFilter(tripId.get(), person.get(), open.get(), late.get(), thisWeek.get());
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Ticks the items, or unticks them when all are done: one edit. */
    public void toggle(List<ChecklistItem> items) {
        UUID trip = tripId.get();
        if (items.isEmpty() || trip == null || document.isReadOnly()) {
            return;
        }
        boolean done = !items.stream().allMatch(ChecklistItem::done);
        if (items.size() == 1) {
            document.apply(ChecklistEdits.tick(trip, items.get(0).id(), done));
            return;
        }
        document.apply(Edit.of((done ? "Tick " : "Untick ") + items.size() + " checklist items", p -> {
            Project next = p;
            for (ChecklistItem c : items) {
                next = ChecklistEdits.tick(trip, c.id(), done).apply(next);
            }
            return next;
        }));
    }

    /** Adds an item with this text to the list: one edit. Returns it, or nothing when the text is blank. */
    public Optional<ChecklistItem> add(ChecklistRow.Group group, String text) {
        if (text == null || text.isBlank() || document.isReadOnly()) {
            return Optional.empty();
        }
        ChecklistItem item = BlankItems.checklistItem(UUID.randomUUID(), text.strip()).withAssignee(person.get())
                .withLinkedItem(group.owner());
        document.apply(Edits.addItem(group.tripId(), item));
        return Optional.of(item);
    }

    /** Moves the item before {@code before} (null: to the end) in {@code group}'s list: one edit. */
    public void move(UUID item, UUID before, ChecklistRow.Group group) {
        if (!document.isReadOnly() && !item.equals(before)) {
            document.apply(Edit.of("Move checklist item", p -> {
                Project moved = ChecklistEdits.move(group.tripId(), item, before).apply(p);
                Trip trip = moved.trip(group.tripId()).orElseThrow();
                return trip.item(item).filter(ChecklistItem.class::isInstance).map(ChecklistItem.class::cast)
                        .filter(c -> !java.util.Objects.equals(c.linkedItem(), group.owner()))
                        .map(c -> moved.withTrip(trip.withItem(c.withLinkedItem(group.owner())))) // dropped on another list
                        .orElse(moved);
            }));
        }
    }

    /** Starts a list for an item of the trip that has none, so that it shows and can be added to. */
    public void startList(UUID owner) {
        started.add(owner);
        refresh();
    }

    public Optional<Trip> trip() {
        return tripId.get() == null ? Optional.empty() : document.project().trip(tripId.get());
    }

    public List<Person> people() {
        return document.project().people();
    }

    public Document document() {
        return document;
    }

    /** The rows shown, in order. */
    public List<ChecklistRow> rows() {
        List<ChecklistRow> out = new ArrayList<>(lines.size());
        for (ChecklistLine line : lines) {
            out.add(line.row());
        }
        return out;
    }

    /** The lines of the list: they change only when rows come or go; a changed row is shown in its line. */
    ObservableList<ChecklistLine> lines() {
        return lines;
    }

    public ObservableList<UUID> trips() {
        return trips;
    }

    public ReadOnlyObjectProperty<ChecklistRows.Result> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ObjectProperty<UUID> tripIdProperty() {
        return tripId;
    }

    public ObjectProperty<UUID> personProperty() {
        return person;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public BooleanProperty lateProperty() {
        return late;
    }

    public BooleanProperty thisWeekProperty() {
        return thisWeek;
    }

    /** The entries shown, in order; for tests and for selecting by id. */
    List<ChecklistRow.Entry> entries() {
        List<ChecklistRow.Entry> out = new ArrayList<>();
        for (ChecklistLine line : lines) {
            if (line.row() instanceof ChecklistRow.Entry e) {
                out.add(e);
            }
        }
        return out;
    }
}
