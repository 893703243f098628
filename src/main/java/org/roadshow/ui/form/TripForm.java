package org.roadshow.ui.form;

import javafx.scene.control.TextField;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** A trip's own fields: its name and who goes. Its items are edited one by one. */
public final class TripForm extends Form<Trip> {
    private final TextField name = field("Name", new TextField());
    private final PeoplePicker people = field("People", new PeoplePicker());

    public TripForm(Document document) {
        super("Trip", document);
        required(name, "Name");
    }

    @Override
    protected void fill(Trip t, Project project) {
        name.setText(t.name());
        people.setPeople(project.people(), t.people());
    }

    @Override
    protected Trip build() {
        return original().withName(name.getText().strip()).withPeople(people.selected());
    }

    @Override
    protected Edit edit(Trip value) {
        return Edits.updateTrip(value.id(), value.name(), value.people());
    }
}
