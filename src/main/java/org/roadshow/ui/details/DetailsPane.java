package org.roadshow.ui.details;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.command.EditCommands;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.form.Form;
import org.roadshow.ui.form.Forms;
import org.roadshow.ui.form.PersonForm;
import org.roadshow.ui.form.ProjectForm;
import org.roadshow.ui.form.TripForm;
import org.roadshow.ui.sidebar.SidebarLabels;
import org.roadshow.ui.sidebar.TripSummary;

/**
 * The "Details" tab: the form for the selected person, trip or item, or for a group a list of what is in
 * it with a button to add more. When the project changes the same form stays and refills, unless the user
 * has typed changes into it and its value has not changed underneath.
 */
public final class DetailsPane extends ScrollPane {
    private final Document document;
    private final Selection selection;
    private final EditCommands commands;
    private final VBox page = new VBox(22);
    private VBox extrasBox = new VBox();
    private NodeKey shown;
    private Form<?> form;

    public DetailsPane(Document document, Selection selection, EditCommands commands) {
        this.document = document;
        this.selection = selection;
        this.commands = commands;
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        page.getStyleClass().add("details-page");
        setContent(page);
    }

    /** The form on show, if any; for tests and for the window's "Apply" shortcuts. */
    public Optional<Form<?>> form() {
        return Optional.ofNullable(form);
    }

    public void show(NodeKey key, Project project) {
        Object value = valueOf(key, project);
        if (key.equals(shown) && form != null && value != null) {
            refill(form, value, project);
            setExtras(extras(key, value, project));
            return;
        }
        shown = key;
        form = switch (key.type()) {
            case PROJECT -> new ProjectForm(document);
            case PERSON -> new PersonForm(document);
            case TRIP -> new TripForm(document);
            case ITEM -> Forms.forItem((Item) value, document);
            case PEOPLE, GROUP -> null;
        };
        page.getChildren().clear();
        if (form != null) {
            refill(form, value, project);
            page.getChildren().add(form);
        }
        extrasBox = new VBox();
        page.getChildren().add(extrasBox);
        setExtras(extras(key, value, project));
        setVvalue(0);
    }

    private void setExtras(Node extras) {
        extrasBox.getChildren().setAll(extras == null ? List.of() : List.of(extras));
    }

    /** What goes under the form (or alone, for People and kind groups): hints, lists and add buttons. */
    private Node extras(NodeKey key, Object value, Project project) {
        return switch (key.type()) {
            case PROJECT -> projectHint(project);
            case PEOPLE -> people(project);
            case TRIP -> tripExtras((Trip) value);
            case GROUP -> group(project.trip(key.tripId()).orElseThrow(), key.kind(), project);
            case PERSON, ITEM -> null;
        };
    }

    private static Object valueOf(NodeKey key, Project project) {
        return switch (key.type()) {
            case PROJECT -> project;
            case PERSON -> project.person(key.id()).orElse(null);
            case TRIP -> project.trip(key.tripId()).orElse(null);
            case ITEM -> project.trip(key.tripId()).flatMap(t -> t.item(key.id())).orElse(null);
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> void refill(Form<T> form, Object value, Project project) {
        if (!form.hasChanges() || !value.equals(form.original())) {
            form.load((T) value, project);
        }
    }

    private Node projectHint(Project project) {
        if (!project.trips().isEmpty()) {
            VBox trips = new VBox(6);
            Label title = new Label("Trips");
            title.getStyleClass().add("section-heading");
            trips.getChildren().add(title);
            for (Trip trip : project.trips()) {
                Hyperlink link = link(trip.name().isBlank() ? "(untitled trip)" : trip.name(), NodeKey.trip(trip.id()));
                Label summary = new Label(TripSummary.of(trip, project));
                summary.getStyleClass().add("hint");
                trips.getChildren().add(new VBox(0, link, summary));
            }
            Label team = hint(project.people().size() + (project.people().size() == 1 ? " person" : " people")
                    + " on the team. Pick something in the sidebar to edit it.");
            team.setPadding(new Insets(10, 0, 0, 0));
            trips.getChildren().add(team);
            return trips;
        }
        Node empty = emptyState("Nothing planned yet",
                "Add a trip with Trip › New Trip, then add conferences, talks, booths and travel to it. "
                        + "Add the team with Trip › New Person.");
        Button trip = new Button("New Trip");
        trip.setOnAction(e -> commands.newTrip());
        Button person = new Button("New Person");
        person.setOnAction(e -> commands.newPerson());
        for (Button b : List.of(trip, person)) {
            b.disableProperty().bind(document.readOnlyProperty());
        }
        return new VBox(14, empty, new HBox(8, trip, person));
    }

    private Node tripExtras(Trip trip) {
        FlowPane buttons = new FlowPane(8, 8);
        for (ItemKind kind : ItemKind.values()) {
            Button add = new Button("Add " + SidebarLabels.titleCase(kind.singular()));
            add.setOnAction(e -> commands.addItem(kind));
            add.disableProperty().bind(document.readOnlyProperty());
            buttons.getChildren().add(add);
        }
        Label title = new Label("Add to this trip");
        title.getStyleClass().add("section-heading");
        VBox add = new VBox(8, title, buttons);
        if (trip.items().isEmpty()) {
            add.getChildren().add(hint("This trip is empty. Start with the conference it goes to."));
        }
        return new VBox(22, TripOverview.of(trip, key -> link("", key)), add);
    }

    private Node people(Project project) {
        Label heading = heading("People");
        VBox box = new VBox(10, heading);
        box.getStyleClass().add("form");
        if (project.people().isEmpty()) {
            box.getChildren().add(hint("No one on the team yet. Add the people who travel, speak and staff the booth."));
        }
        VBox list = new VBox(2);
        for (Person p : project.people()) {
            Hyperlink name = link(p.name().isBlank() ? "(no name)" : p.name(), NodeKey.person(p.id()));
            HBox row = new HBox(8, name);
            row.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
            if (!p.role().isBlank()) {
                Label role = new Label(p.role());
                role.getStyleClass().add("hint");
                row.getChildren().add(role);
            }
            list.getChildren().add(row);
        }
        if (!list.getChildren().isEmpty()) {
            box.getChildren().add(list);
        }
        Button add = new Button("New Person");
        add.setOnAction(e -> commands.newPerson());
        add.disableProperty().bind(document.readOnlyProperty());
        box.getChildren().add(add);
        return box;
    }

    private Node group(Trip trip, ItemKind kind, Project project) {
        VBox box = new VBox(10, heading(kind.plural() + " · " + trip.name()));
        box.getStyleClass().add("form");
        List<Item> items = SidebarLabels.sorted(trip.items().stream().filter(i -> i.kind() == kind).toList());
        if (items.isEmpty()) {
            box.getChildren().add(hint("No " + kind.plural().toLowerCase(java.util.Locale.ROOT) + " in this trip yet."));
        }
        VBox list = new VBox(2);
        for (Item item : items) {
            NodeKey key = NodeKey.item(trip.id(), kind, item.id());
            Hyperlink link = link(SidebarLabels.label(item, project), key);
            if (item instanceof ChecklistItem c) { // a real check box that ticks, beside the link to its form
                CheckBox tick = new CheckBox();
                tick.setSelected(c.done());
                tick.setDisable(document.isReadOnly());
                tick.setOnAction(e -> commands.tick(key, !c.done()));
                HBox row = new HBox(2, tick, link);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                list.getChildren().add(row);
            } else {
                list.getChildren().add(link);
            }
        }
        if (!items.isEmpty()) {
            box.getChildren().add(list);
        }
        Button add = new Button("Add " + SidebarLabels.titleCase(kind.singular()));
        add.setOnAction(e -> commands.addItem(kind));
        add.disableProperty().bind(document.readOnlyProperty());
        box.getChildren().add(add);
        return box;
    }

    private Hyperlink link(String text, NodeKey key) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(e -> selection.reveal(key));
        return link;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-heading");
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    static Node emptyState(String title, String text) {
        Label t = new Label(title);
        t.getStyleClass().add("empty-title");
        Label body = new Label(text);
        body.getStyleClass().add("empty-text");
        body.setWrapText(true);
        VBox box = new VBox(8, t, body);
        box.getStyleClass().add("empty-state");
        box.setPadding(new Insets(24, 0, 0, 0));
        return box;
    }
}
