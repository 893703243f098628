package org.roadshow.ui.form;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
        check(departure, "Departs", departure::problem);
        check(departureZone, "Departs", () -> zoneProblem(departureZone));
        check(arrivalZone, "Arrives", () -> zoneProblem(arrivalZone));
        check(arrival, "Arrives", this::arrivalProblem);
    }

    private static String zoneProblem(ZonePicker zone) {
        String problem = zone.check();
        return problem == null ? null : problem.equals("required") ? "choose a time zone" : problem;
    }

    /**
     * Arriving before departing, told with both times on the departure's clock, since the two ends are usually
     * in different zones: "10:30 Brussels = 09:30 London, before it departs at 10:00 London".
     */
    private String arrivalProblem() {
        LocalDateTime d = departure.value();
        LocalDateTime a = arrival.value();
        ZoneId dz = departureZone.getValue();
        ZoneId az = arrivalZone.getValue();
        if (a == null) {
            return arrival.problem();
        }
        if (d == null || dz == null || az == null) {
            return null;
        }
        ZonedDateTime departs = d.atZone(dz);
        ZonedDateTime arrives = a.atZone(az);
        if (arrives.toInstant().isAfter(departs.toInstant())) {
            return null;
        }
        LocalDateTime arrivesThere = arrives.withZoneSameInstant(dz).toLocalDateTime();
        String when = arrives.toInstant().equals(departs.toInstant()) ? "the moment it departs"
                : "before it departs at " + time(d, d.toLocalDate()) + " " + place(dz);
        String ownClock = dz.equals(az) ? "" : time(a, d.toLocalDate()) + " " + place(az) + " = ";
        return ownClock + time(arrivesThere, d.toLocalDate()) + " " + place(dz) + ", " + when;
    }

    /** "09:30", with the date when it is not the departure day. */
    private static String time(LocalDateTime t, LocalDate day) {
        String hhmm = Fields.formatTime(t.toLocalTime());
        return t.toLocalDate().equals(day) ? hhmm : t.toLocalDate() + " " + hhmm;
    }

    /** "London" for Europe/London, "Los Angeles" for America/Los_Angeles, "UTC+1" for Etc/GMT-1. */
    static String place(ZoneId zone) {
        String label = Zones.label(zone);
        return label.substring(label.lastIndexOf('/') + 1).replace('_', ' ');
    }

    private static HBox row(DateTimeField time, ZonePicker zone) {
        HBox.setHgrow(zone, Priority.ALWAYS);
        return new HBox(8, time, zone);
    }

    public DateTimeField arrivalField() {
        return arrival;
    }

    public DateTimeField departureField() {
        return departure;
    }

    public ZonePicker arrivalZoneField() {
        return arrivalZone;
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
        travellers.setPeople(project.people(), l.travellers(), trip.people());
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
