package org.roadshow.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.scene.control.ComboBox;

/** Picks one of a list of things by id, with "(none)" first. Keeps an id that is not in the list. */
public final class ChoicePicker extends ComboBox<Choice> implements FormField {
    public ChoicePicker() {
        setMaxWidth(Double.MAX_VALUE);
    }

    public void setChoices(List<Choice> choices, UUID selected) {
        List<Choice> all = new ArrayList<>();
        all.add(Choice.NONE);
        all.addAll(choices);
        if (selected != null && all.stream().noneMatch(c -> selected.equals(c.id()))) {
            all.add(new Choice(selected, "(missing item)"));
        }
        getItems().setAll(all);
        setValue(all.stream().filter(c -> Objects.equals(c.id(), selected)).findFirst().orElse(Choice.NONE));
    }

    public UUID selectedId() {
        return getValue() == null ? null : getValue().id();
    }

    public void select(UUID id) {
        getItems().stream().filter(c -> Objects.equals(c.id(), id)).findFirst().ifPresent(this::setValue);
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {valueProperty()};
    }
}
