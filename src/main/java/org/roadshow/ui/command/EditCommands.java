package org.roadshow.ui.command;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.roadshow.edit.ChecklistEdits;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.edit.ItemFactory;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.Prompts;
import org.roadshow.ui.document.ChangedNodes;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.DocumentChange;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.form.Form;

/**
 * Adding and deleting trips, people and items. Each is one undoable edit; what was added becomes the
 * selection, and its form takes the keyboard focus so that it is ready to fill in. Changes typed into
 * the form on show are settled first ({@link PendingFormChanges}).
 */
public final class EditCommands {
    private final Document document;
    private final Selection selection;
    private final Prompts prompts;
    private final ItemFactory factory;
    private Supplier<Optional<Form<?>>> form = Optional::empty;
    private PendingFormChanges pending;
    /** The row just added and the project its adding made: until it is touched, leaving it takes it back. */
    private record Fresh(NodeKey key, Project made) {
    }

    private Fresh fresh;

    public EditCommands(Document document, Selection selection, Prompts prompts, ItemFactory factory) {
        this.document = document;
        this.selection = selection;
        this.prompts = prompts;
        this.factory = factory;
    }

    /** Lets the commands see the window's form: to settle its unapplied changes and to focus a new item's form. */
    public void attachForms(Supplier<Optional<Form<?>>> shownForm, Consumer<String> status) {
        form = shownForm;
        pending = new PendingFormChanges(document, prompts, shownForm, status);
        document.lastChangeProperty().addListener((o, was, now) -> {
            if (now != null) {
                status.accept(now.describe());
                if (now.kind() == DocumentChange.Kind.UNDO || now.kind() == DocumentChange.Kind.REDO) {
                    showChanged(ChangedNodes.between(now.before(), now.after()));
                }
            }
        });
        // registered before the window's own listener, so this runs while the new item's form is still on show
        selection.keyProperty().addListener((o, was, now) -> {
            if (fresh != null && fresh.key().equals(was) && !fresh.key().equals(now)) {
                discardUntouched();
            }
        });
    }

    /** Selects what an undo or redo changed: the changed items, else the first other row, so the user sees it. */
    private void showChanged(List<NodeKey> changed) {
        if (form.get().map(Form::hasChanges).orElse(false)) {
            return; // moving would apply the typing on show, and that would end the redo
        }
        List<NodeKey> items = changed.stream().filter(k -> k.type() == NodeKey.Type.ITEM).toList();
        if (!items.isEmpty()) {
            if (!selection.items().equals(items)) {
                selection.selectItems(items);
            }
        } else if (!changed.isEmpty()) {
            selection.set(changed.get(0));
        }
    }

    /** Takes back the item just added if nothing was typed or applied to it: no "New talk" and no undo step left. */
    private void discardUntouched() {
        Fresh f = fresh;
        fresh = null;
        if (f != null && form.get().map(Form::hasChanges).orElse(false) == false) {
            document.discardLastIf(f.made());
        }
    }

    /** Escape on the new item's untouched form. */
    private void dismiss(NodeKey key) {
        if (fresh != null && fresh.key().equals(key) && key.equals(selection.get())) {
            discardUntouched();
        }
    }

    /**
     * Applies the form's unapplied changes when they are valid, else asks whether to keep editing. True when
     * the caller may go on (select something else, add, save, replace the project).
     */
    public boolean settlePendingChanges() {
        return pending == null || pending.settle();
    }

    /** Shows what was just added, ready to fill in; leaving it untouched (Escape, or elsewhere) takes it back. */
    private void startEditing(NodeKey key) {
        fresh = new Fresh(key, document.project());
        selection.reveal(key);
        form.get().ifPresent(f -> {
            f.focusFirstField();
            f.setOnDismiss(() -> dismiss(key));
        });
    }

    /** Before adding another: the previous new item, if still untouched and on show, goes. */
    private void replaceUntouched(boolean onlyAnItem) {
        if (fresh != null && fresh.key().equals(selection.get())
                && (!onlyAnItem || fresh.key().type() == NodeKey.Type.ITEM)) {
            discardUntouched();
        }
    }

    public void newTrip() {
        if (document.isReadOnly() || !settlePendingChanges()) {
            return;
        }
        replaceUntouched(false);
        int n = document.project().trips().size() + 1;
        Trip trip = Trip.create(n == 1 ? "New trip" : "New trip " + n);
        if (document.apply(Edits.addTrip(trip))) {
            startEditing(NodeKey.trip(trip.id()));
        }
    }

    public void newPerson() {
        if (document.isReadOnly() || !settlePendingChanges()) {
            return;
        }
        replaceUntouched(false);
        Person person = Person.create("New person", "", "", ZoneId.systemDefault());
        if (document.apply(Edit.of("Add person", p -> p.withPerson(person)))) {
            startEditing(NodeKey.person(person.id()));
        }
    }

    /** Adds a new item of the kind to the selected trip; does nothing when no trip is selected. */
    public void addItem(ItemKind kind) {
        if (selection.trip().isEmpty() || document.isReadOnly() || !settlePendingChanges()) {
            return;
        }
        replaceUntouched(true); // a new trip gets its first item: that touches it
        Optional<Trip> trip = selection.trip().flatMap(document.project()::trip); // after settling: it may have changed
        if (trip.isEmpty()) {
            return;
        }
        Item item = factory.create(kind, trip.get(), document.project());
        if (document.apply(Edits.addItem(trip.get().id(), item))) {
            startEditing(NodeKey.item(trip.get().id(), kind, item.id()));
        }
    }

    /** Whether the selected row is an item that {@link #duplicateSelected} can copy. */
    public boolean canDuplicate(NodeKey key) {
        return key.type() == NodeKey.Type.ITEM && key.existsIn(document.project()) && !document.isReadOnly();
    }

    /** Adds a copy of the selected item to its trip (one undoable edit) and opens the copy's form. */
    public void duplicateSelected() {
        NodeKey key = selection.get();
        if (!canDuplicate(key) || !settlePendingChanges()) {
            return;
        }
        Optional<Item> item = document.project().trip(key.tripId()).flatMap(t -> t.item(key.id()));
        if (item.isEmpty()) {
            return;
        }
        java.util.UUID id = java.util.UUID.randomUUID();
        if (document.apply(org.roadshow.edit.Duplicates.duplicate(key.tripId(), item.get(), id))) {
            startEditing(NodeKey.item(key.tripId(), key.kind(), id));
        }
    }

    /** Ticks ({@code done}) or unticks the checklist item the sidebar row names: one edit. */
    public void tick(NodeKey key, boolean done) {
        if (key.type() != NodeKey.Type.ITEM || key.kind() != ItemKind.CHECKLIST || !key.existsIn(document.project())
                || document.isReadOnly() || !settlePendingChanges()) {
            return;
        }
        document.apply(ChecklistEdits.tick(key.tripId(), key.id(), done));
    }

    /** Deletes the selected person, trip or item after asking. Returns whether something was deleted. */
    public boolean deleteSelected() {
        NodeKey key = selection.get();
        Project project = document.project();
        if (!key.deletable() || !key.existsIn(project) || document.isReadOnly()) {
            return false;
        }
        String what = describe(key, project);
        if (!prompts.confirm("Delete " + what + alsoDeleted(key, project) + "?", consequences(key),
                "Delete")) {
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
            case TRIP -> "trip “" + project.trip(key.tripId()).map(Trip::name).orElse("") + "”";
            default -> project.item(key.id())
                    .map(i -> i.kind().singular().toLowerCase(java.util.Locale.ROOT) + " “" + i.label() + "”").orElse("item");
        };
    }

    /** What goes with it, counted, so that the question says what will disappear: " and its 4 booth duty shifts". */
    static String alsoDeleted(NodeKey key, Project project) {
        if (key.type() == NodeKey.Type.TRIP) {
            Trip trip = project.trip(key.tripId()).orElse(null);
            if (trip == null) {
                return "";
            }
            int items = trip.items().size();
            int sessions = trip.programmes().stream().mapToInt(p -> p.sessions().size()).sum();
            List<String> parts = new ArrayList<>();
            if (items > 0) {
                parts.add(count(items, "item", "items"));
            }
            if (!trip.programmes().isEmpty()) {
                parts.add("its imported programme" + (trip.programmes().size() == 1 ? "" : "s") + " ("
                        + count(sessions, "session", "sessions") + ")");
            }
            return parts.isEmpty() ? "" : " and " + (items > 0 ? "its " : "") + String.join(" and ", parts);
        }
        if (key.type() == NodeKey.Type.ITEM) {
            long shifts = project.trip(key.tripId()).map(t -> Edits.dependentsOf(t, key.id())).orElse(0L);
            if (shifts > 0) {
                return " and its " + count(shifts, "booth duty shift", "booth duty shifts");
            }
        }
        return "";
    }

    private static String consequences(NodeKey key) {
        String undo = "You can undo this with Edit › Undo.";
        if (key.type() == NodeKey.Type.PERSON) {
            return "They are also taken off every trip, talk, shift, demo, meeting and checklist item that names them. "
                    + undo;
        }
        if (key.type() == NodeKey.Type.ITEM && key.kind() == ItemKind.CONFERENCE) {
            return "Talks and booths at this conference stay, no longer linked to it. " + undo;
        }
        return undo;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
