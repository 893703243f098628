package org.roadshow.ui.form;

import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.roadshow.model.Conference;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** Name, city, venue, zone and days of a conference. */
public final class ConferenceForm extends ItemForm<Conference> {
    private final TextField name = field("Name", new TextField());
    private final TextField city = field("City", new TextField());
    private final TextField venue = field("Venue", new TextField());
    private final ZonePicker zone = field("Time zone", new ZonePicker());
    private final DatePicker firstDay = field("First day", Pickers.datePicker());
    private final DatePicker lastDay = field("Last day", Pickers.datePicker());

    public ConferenceForm(Document document) {
        super("Conference", document);
        required(name, "Name");
        check(zone, "Time zone", zone::check);
        check(firstDay, "First day", () -> firstDay.getValue() == null ? "enter a date like 2017-02-04" : null);
        check(lastDay, "Last day", () -> {
            if (lastDay.getValue() == null) {
                return "enter a date like 2017-02-05";
            }
            return firstDay.getValue() != null && lastDay.getValue().isBefore(firstDay.getValue())
                    ? "must not be before the first day" : null;
        });
    }

    @Override
    protected void fill(Conference c, Trip trip, Project project) {
        name.setText(c.name());
        city.setText(c.city());
        venue.setText(c.venue());
        zone.setZone(c.zone());
        firstDay.setValue(c.firstDay());
        lastDay.setValue(c.lastDay());
    }

    @Override
    protected Conference build() {
        return original().withName(name.getText().strip()).withCity(city.getText().strip())
                .withVenue(venue.getText().strip()).withZone(zone.getValue())
                .withFirstDay(firstDay.getValue()).withLastDay(lastDay.getValue());
    }
}
