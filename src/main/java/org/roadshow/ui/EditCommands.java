package org.roadshow.ui;

import java.time.ZoneId;
import java.util.Optional;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/**
 * Adding and deleting trips, people and items. Each is one undoable edit; what was added becomes the
 * selection so that its form is ready to fill in.
 */
public final class EditCommands {
    private final Document document;
    private final Selection selection;
    private final Prompts prompts;
    private final ItemFactory factory;

    public EditCommands(Document document, Selection selection, Prompts prompts, ItemFactory factory) {
        this.document = document;
        this.selection = selection;
        this.prompts = prompts;
        this.factory = factory;
    }

    public void newTrip() {
        if (document.isReadOnly()) {
            return;
        }
        int n = document.project().trips().size() + 1;
        Trip trip = Trip.create(n == 1 ? "New trip" : "New trip " + n);
        if (document.apply(Edits.addTrip(trip))) {
            selection.reveal(NodeKey.trip(trip.id()));
        }
    }

    public void newPerson() {
        if (document.isReadOnly()) {
            return;
        }
        Person person = Person.create("New person", "", "", ZoneId.systemDefault());
        if (document.apply(Edit.of("Add person", p -> p.withPerson(person)))) {
            selection.reveal(NodeKey.person(person.id()));
        }
    }

    /** Adds a new item of the kind to the selected trip; does nothing when no trip is selected. */
    public void addItem(ItemKind kind) {
        Optional<Trip> trip = selection.trip().flatMap(document.project()::trip);
        if (trip.isEmpty() || document.isReadOnly()) {
            return;
        }
        Item item = factory.create(kind, trip.get(), document.project());
        if (document.apply(Edits.addItem(trip.get().id(), item))) {
            selection.reveal(NodeKey.item(trip.get().id(), kind, item.id()));
        }
    }

    /** Deletes the selected person, trip or item after asking. Returns whether something was deleted. */
    public boolean deleteSelected() {
        NodeKey key = selection.get();
        Project project = document.project();
        if (!key.deletable() || !key.existsIn(project) || document.isReadOnly()) {
            return false;
        }
        String what = describe(key, project);
        if (!prompts.confirm("Delete " + what + "?", "You can bring it back with Edit › Undo.", "Delete")) {
            return false;
        }
        Edit edit = switch (key.type()) {
            case PERSON -> Edits.removePerson(key.id());
            case TRIP -> Edits.removeTrip(key.tripId());
            default -> Edits.removeItem(key.tripId(), key.id());
        };
        boolean changed = document.apply(Edit.of("Delete " + what, edit::apply));
        if (changed) {
            selection.set(key.parent());
        }
        return changed;
    }

    static String describe(NodeKey key, Project project) {
        return switch (key.type()) {
            case PERSON -> "person “" + project.personName(key.id()) + "”";
            case TRIP -> "trip “" + project.trip(key.tripId()).map(Trip::name).orElse("") + "” and everything in it";
            default -> project.item(key.id())
                    .map(i -> i.kind().singular().toLowerCase() + " “" + i.label() + "”").orElse("item");
        };
    }
}
