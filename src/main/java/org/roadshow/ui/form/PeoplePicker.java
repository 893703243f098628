package org.roadshow.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.roadshow.model.Person;

/**
 * Picks people of the team. Keeps the order of the people already chosen and adds new ones after them
 * in team order, so that opening and applying a form unchanged changes nothing.
 */
public final class PeoplePicker extends CheckComboBox<Person> implements FormField {
    private List<UUID> initial = List.of();

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
    }

    public void setPeople(List<Person> team, List<UUID> selected) {
        getCheckModel().clearChecks();
        getItems().setAll(team);
        initial = List.copyOf(selected);
        for (Person p : team) {
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
