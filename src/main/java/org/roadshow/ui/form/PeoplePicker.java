package org.roadshow.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SkinBase;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.roadshow.model.Person;

/**
 * Picks people of the team. Keeps the order of the people already chosen and adds new ones after them
 * in team order, so that opening and applying a form unchanged changes nothing.
 */
public final class PeoplePicker extends CheckComboBox<Person> implements FormField {
    private static final PseudoClass FIRST_OFF_TRIP = PseudoClass.getPseudoClass("first-off-trip");
    private static final PseudoClass OFF_TRIP = PseudoClass.getPseudoClass("off-trip");
    private List<UUID> initial = List.of();
    private UUID firstOffTrip;
    private List<UUID> offTrip = List.of();

    public PeoplePicker() {
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Person person) {
                return person == null ? "" : person.name();
            }

            @Override
            public Person fromString(String text) {
                return null;
            }
        });
        setMaxWidth(Double.MAX_VALUE);
        getStyleClass().add("people-picker");
        skinProperty().addListener((o, was, skin) -> {
            if (skin instanceof SkinBase<?> base) {
                base.getChildren().stream().filter(ComboBox.class::isInstance).findFirst()
                        .ifPresent(c -> markRows(cast(c)));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Person> cast(Object combo) {
        return (ComboBox<Person>) combo;
    }

    /** The list's rows of people off the trip are marked, the first with a line above it (see light.css). */
    private void markRows(ComboBox<Person> combo) {
        Callback<ListView<Person>, ListCell<Person>> cells = combo.getCellFactory();
        combo.setCellFactory(list -> {
            ListCell<Person> cell = cells.call(list);
            cell.itemProperty().addListener((o, was, p) -> {
                cell.pseudoClassStateChanged(FIRST_OFF_TRIP, p != null && p.id().equals(firstOffTrip));
                cell.pseudoClassStateChanged(OFF_TRIP, p != null && offTrip.contains(p.id()));
            });
            return cell;
        });
    }

    public void setPeople(List<Person> team, List<UUID> selected) {
        setPeople(team, selected, List.of());
    }

    /**
     * Lists the trip's people first (in team order), then a line, then the rest of the team, so that the
     * usual choices are at hand and anyone can still be picked.
     */
    public void setPeople(List<Person> team, List<UUID> selected, List<UUID> onTrip) {
        getCheckModel().clearChecks();
        List<Person> ordered = new ArrayList<>(team.stream().filter(p -> onTrip.contains(p.id())).toList());
        List<Person> rest = team.stream().filter(p -> !onTrip.contains(p.id())).toList();
        firstOffTrip = ordered.isEmpty() || rest.isEmpty() ? null : rest.get(0).id();
        offTrip = onTrip.isEmpty() ? List.of() : rest.stream().map(Person::id).toList();
        ordered.addAll(rest);
        getItems().setAll(ordered);
        initial = List.copyOf(selected);
        for (Person p : ordered) {
            if (selected.contains(p.id())) {
                getCheckModel().check(p);
            }
        }
        setTitle(team.isEmpty() ? "No people yet: add them with Trip › New Person" : null);
    }

    public List<UUID> selected() {
        List<UUID> checked = getCheckModel().getCheckedItems().stream().map(Person::id).toList();
        List<UUID> result = new ArrayList<>();
        for (UUID id : initial) {
            if (checked.contains(id)) {
                result.add(id);
            }
        }
        for (Person p : getItems()) {
            if (checked.contains(p.id()) && !result.contains(p.id())) {
                result.add(p.id());
            }
        }
        // An id that is not on the team list (should not happen) stays: the form never drops people silently.
        for (UUID id : initial) {
            if (!result.contains(id) && getItems().stream().noneMatch(p -> p.id().equals(id))) {
                result.add(id);
            }
        }
        return List.copyOf(result);
    }

    public void check(UUID personId) {
        getItems().stream().filter(p -> p.id().equals(personId)).findFirst().ifPresent(getCheckModel()::check);
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {getCheckModel().getCheckedItems()};
    }
}
