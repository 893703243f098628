package org.roadshow.ui.form;

import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.model.Project;
import org.roadshow.model.TravelBuffers;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/**
 * A trip's own fields: its name, who goes, and the time kept free around travel (the conflict check uses
 * it). Its items are edited one by one.
 */
public final class TripForm extends Form<Trip> {
    private static final int MAX_BUFFER = 24 * 60;

    private final TextField name = field("Name", new TextField());
    private final PeoplePicker people = field("People", new PeoplePicker());
    private final Spinner<Integer> afterLanding = field("After landing", minutes(TravelBuffers.DEFAULTS.afterLanding()));
    private final Spinner<Integer> beforeFlight = field("Before a flight",
            minutes(TravelBuffers.DEFAULTS.beforeFlight()));
    private final Spinner<Integer> aroundTrain = field("Around a train", minutes(TravelBuffers.DEFAULTS.aroundTrain()),
            "Minutes kept free around travel; a train's also counts for buses, cars and ferries. "
                    + "Defaults: 60 after landing, 90 before a flight, 15 around a train.");

    public TripForm(Document document) {
        super("Trip", document);
        required(name, "Name");
    }

    private static Spinner<Integer> minutes(int initial) {
        Spinner<Integer> spinner = new Spinner<>(0, MAX_BUFFER, initial, 5);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    @Override
    protected void fill(Trip t, Project project) {
        name.setText(t.name());
        people.setPeople(project.people(), t.people());
        afterLanding.getValueFactory().setValue(t.buffers().afterLanding());
        beforeFlight.getValueFactory().setValue(t.buffers().beforeFlight());
        aroundTrain.getValueFactory().setValue(t.buffers().aroundTrain());
    }

    @Override
    protected Trip build() {
        return original().withName(name.getText().strip()).withPeople(people.selected())
                .withBuffers(new TravelBuffers(afterLanding.getValue(), beforeFlight.getValue(),
                        aroundTrain.getValue()));
    }

    @Override
    protected Edit edit(Trip value) {
        return Edits.updateTrip(value.id(), value.name(), value.people(), value.buffers());
    }

    public Spinner<Integer> afterLandingField() {
        return afterLanding;
    }

    public Spinner<Integer> beforeFlightField() {
        return beforeFlight;
    }

    public Spinner<Integer> aroundTrainField() {
        return aroundTrain;
    }
}
