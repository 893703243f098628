package org.roadshow.ui.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.roadshow.model.Item;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Severity;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;

/**
 * Every conflict of the project, errors and warnings, each as its sentence; filtered by trip and person.
 * Clicking one selects its items (through the shared {@link Selection}), so the sidebar, the details and the
 * views follow. It sits docked under the views, so that a conflict and the calendar or timeline that shows
 * it are seen together.
 */
public final class ConflictsPanel extends BorderPane {
    /** A choice in a filter: null id for "all". */
    public record Choice(UUID id, String name) {
    }

    private final Document document;
    private final Selection selection;
    private final ComboBox<Choice> trip = new ComboBox<>();
    private final ComboBox<Choice> person = new ComboBox<>();
    private final FilteredList<Conflict> shown;
    private final ListView<Conflict> list = new ListView<>();
    private final Label empty = new Label();
    private final Button hide = new Button("Hide");

    public ConflictsPanel(Document document, Selection selection, ProjectConflicts conflicts) {
        this.document = document;
        this.selection = selection;
        getStyleClass().add("conflicts-panel");
        shown = new FilteredList<>(conflicts.all());
        Label title = new Label("Conflicts");
        title.getStyleClass().add("conflicts-title");
        trip.setConverter(names());
        person.setConverter(names());
        trip.setAccessibleText("Trip");
        person.setAccessibleText("Person");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, new Label("Trip"), trip, new Label("Person"), person, spacer, hide);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("conflicts-header");
        setTop(header);
        list.setItems(shown);
        list.setCellFactory(v -> new ConflictCell());
        list.setPlaceholder(empty);
        empty.getStyleClass().add("conflicts-empty");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> select(now));
        setCenter(list);

        trip.valueProperty().addListener((o, was, now) -> filter());
        person.valueProperty().addListener((o, was, now) -> filter());
        document.projectProperty().addListener((o, was, now) -> fillChoices(now));
        conflicts.all().addListener((ListChangeListener<Conflict>) c -> filter());
        fillChoices(document.project());
    }

    /** What "Hide" does; the window decides where the panel goes. */
    public void setOnHide(Runnable action) {
        hide.setOnAction(e -> action.run());
    }

    private void fillChoices(Project project) {
        Choice tripWas = trip.getValue();
        Choice personWas = person.getValue();
        List<Choice> trips = new ArrayList<>(List.of(new Choice(null, "All trips")));
        for (Trip t : project.trips()) {
            trips.add(new Choice(t.id(), t.name().isBlank() ? "(unnamed trip)" : t.name()));
        }
        List<Choice> people = new ArrayList<>(List.of(new Choice(null, "Everyone")));
        for (Person p : project.people()) {
            people.add(new Choice(p.id(), p.name()));
        }
        trip.getItems().setAll(trips);
        person.getItems().setAll(people);
        trip.setValue(keep(trips, tripWas));
        person.setValue(keep(people, personWas));
    }

    private static Choice keep(List<Choice> choices, Choice was) {
        return choices.stream().filter(c -> was != null && Objects.equals(c.id(), was.id())).findFirst()
                .orElse(choices.get(0));
    }

    private void filter() {
        Project project = document.project();
        UUID tripId = trip.getValue() == null ? null : trip.getValue().id();
        UUID personId = person.getValue() == null ? null : person.getValue().id();
        shown.setPredicate(c -> (tripId == null || c.items().stream().anyMatch(id -> project.tripOf(id)
                .map(t -> t.id().equals(tripId)).orElse(false) || inProgrammeOf(project, tripId, id)))
                && (personId == null || c.people().contains(personId)));
        empty.setText(tripId == null && personId == null ? "No conflicts: nobody is double-booked, every shift is "
                + "staffed within its opening hours." : "No conflicts for this choice.");
    }

    /** A starred session's id belongs to a programme of the trip. */
    private static boolean inProgrammeOf(Project project, UUID tripId, UUID sessionId) {
        return project.trip(tripId).map(t -> t.programmes().stream()
                .anyMatch(p -> p.sessions().stream().anyMatch(s -> s.id().equals(sessionId)))).orElse(false);
    }

    /** Selects the conflict's items everywhere (its sessions are not sidebar rows, and are left out). */
    private void select(Conflict c) {
        if (c == null) {
            return;
        }
        Project project = document.project();
        List<NodeKey> keys = new ArrayList<>();
        for (UUID id : c.items()) {
            project.tripOf(id).ifPresent(t -> t.item(id).map(Item::kind)
                    .ifPresent(kind -> keys.add(NodeKey.item(t.id(), kind, id))));
        }
        if (!keys.isEmpty()) {
            selection.selectItems(keys);
        }
    }

    public ListView<Conflict> list() {
        return list;
    }

    public ComboBox<Choice> tripFilter() {
        return trip;
    }

    public ComboBox<Choice> personFilter() {
        return person;
    }

    private static StringConverter<Choice> names() {
        return new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        };
    }

    /** A conflict: a badge for its severity, then its sentence, wrapped. */
    private static final class ConflictCell extends ListCell<Conflict> {
        private final Label badge = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(8, badge, text);

        ConflictCell() {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            box.setAlignment(Pos.TOP_LEFT);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(widthProperty().subtract(110));
            VBox.setVgrow(text, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(Conflict c, boolean isEmpty) {
            super.updateItem(c, isEmpty);
            if (isEmpty || c == null) {
                setGraphic(null);
                return;
            }
            boolean error = c.severity() == Severity.ERROR;
            badge.setText(error ? "Error" : "Warning");
            badge.getStyleClass().setAll("label", "conflict-badge", error ? "conflict-error" : "conflict-warning");
            text.setText(c.message());
            setGraphic(box);
        }
    }
}
