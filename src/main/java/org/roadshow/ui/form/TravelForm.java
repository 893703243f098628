package org.roadshow.ui.form;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** A travel leg: it departs in one zone and arrives in another, so each end has its own zone. */
public final class TravelForm extends ItemForm<TravelLeg> {
    private final ComboBox<TravelMode> mode = field("Mode", new ComboBox<>());
    private final TextField from = field("From", new TextField());
    private final TextField to = field("To", new TextField());
    private final DateTimeField departure = new DateTimeField();
    private final ZonePicker departureZone = new ZonePicker();
    private final DateTimeField arrival = new DateTimeField();
    private final ZonePicker arrivalZone = new ZonePicker();
    private final TextField carrier;
    private final TextField booking;
    private final PeoplePicker travellers;

    public TravelForm(Document document) {
        super("Travel", document);
        mode.getItems().setAll(TravelMode.values());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(TravelMode m) {
                return m == null ? "" : m.label();
            }

            @Override
            public TravelMode fromString(String s) {
                return null;
            }
        });
        field("Departs", row(departure, departureZone));
        field("Arrives", row(arrival, arrivalZone));
        hint("Each time is local to where it happens: departure at the origin, arrival at the destination.");
        carrier = field("Carrier", new TextField());
        booking = field("Booking reference", new TextField());
        travellers = field("Travellers", new PeoplePicker());
        carrier.setPromptText("e.g. Eurostar 9140");
        watch(departure, departureZone, arrival, arrivalZone);
        check(mode, "Mode", () -> mode.getValue() == null ? "required" : null);
        check(departure, "Departure", departure::problem);
        check(departureZone, "Departure zone", () -> departureZone.getValue() == null ? "required" : null);
        check(arrivalZone, "Arrival zone", () -> arrivalZone.getValue() == null ? "required" : null);
        endAfterStart(arrival, departure, departureZone, arrivalZone);
    }

    private static HBox row(DateTimeField time, ZonePicker zone) {
        HBox.setHgrow(zone, Priority.ALWAYS);
        return new HBox(8, time, zone);
    }

    @Override
    protected void fill(TravelLeg l, Trip trip, Project project) {
        mode.setValue(l.mode());
        from.setText(l.from());
        to.setText(l.to());
        departure.set(l.departure().time());
        departureZone.setZone(l.departure().zone());
        arrival.set(l.arrival().time());
        arrivalZone.setZone(l.arrival().zone());
        carrier.setText(l.carrier());
        booking.setText(l.bookingReference());
        travellers.setPeople(project.people(), l.travellers());
    }

    @Override
    protected TravelLeg build() {
        return original().withMode(mode.getValue()).withFrom(from.getText().strip()).withTo(to.getText().strip())
                .withDeparture(new Moment(departure.value(), departureZone.getValue()))
                .withArrival(new Moment(arrival.value(), arrivalZone.getValue()))
                .withCarrier(carrier.getText().strip()).withBookingReference(booking.getText().strip())
                .withTravellers(travellers.selected());
    }
}
