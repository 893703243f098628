package org.roadshow.ui.form;

import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** A booth: where it is, who shares it, its opening hours per day and how many staff a shift wants, and how long
 * its shifts are. */
public final class BoothForm extends ItemForm<Booth> {
    private final TextField name = field("Name", new TextField());
    private final TextField location = field("Location", new TextField());
    private final TextField partners = field("Partners", new TextField());
    private final ChoicePicker conference = field("Conference", new ChoicePicker());
    private final ZonePicker zone = field("Time zone", new ZonePicker());
    private final HoursEditor hours = field("Opening hours", new HoursEditor(),
            "Conference days are marked in the date pickers; Add day proposes the next one.");
    private final Spinner<Integer> minStaff = field("Min staff", new Spinner<>(0, 99, 1));
    private final Spinner<Integer> maxStaff = field("Max staff", new Spinner<>(0, 99, 2));
    private final Spinner<Integer> shiftMinutes = field("Shift length (min)", new Spinner<>(15, 24 * 60, 120, 15),
            "The roster's shifts each day: one every shift length from opening, the last ending at closing.");
    private final Spinner<Integer> overlapMinutes = field("Hand-over (min)", new Spinner<>(0, 120, 0, 5),
            "How long the next shift starts before the previous one ends, to hand over.");

    public BoothForm(Document document) {
        super("Booth", document);
        location.setPromptText("e.g. K, level 1, group C, booth 5");
        partners.setPromptText("Companies sharing the booth, separated by commas");
        minStaff.setEditable(true);
        maxStaff.setEditable(true);
        shiftMinutes.setEditable(true);
        overlapMinutes.setEditable(true);
        required(name, "Name");
        check(zone, "Time zone", zone::check);
        check(hours, "Opening hours", hours::problem);
        check(maxStaff, "Max staff", () -> minStaff.getValue() != null && maxStaff.getValue() != null
                && minStaff.getValue() > maxStaff.getValue() ? "must be at least the minimum staff" : null);
        check(overlapMinutes, "Hand-over", () -> shiftMinutes.getValue() != null && overlapMinutes.getValue() != null
                && overlapMinutes.getValue() >= shiftMinutes.getValue() ? "must be shorter than the shift" : null);
    }

    @Override
    protected void fill(Booth b, Trip trip, Project project) {
        name.setText(b.name());
        location.setText(b.location());
        partners.setText(Fields.formatList(b.partners()));
        conference.setChoices(namedChoices(trip.items(Conference.class)), b.conferenceId());
        zone.setZone(b.zone());
        hours.setConferenceDays(Pickers.conferenceDays(trip));
        hours.set(b.hours());
        minStaff.getValueFactory().setValue(b.minStaff());
        maxStaff.getValueFactory().setValue(b.maxStaff());
        shiftMinutes.getValueFactory().setValue(b.shiftMinutes());
        overlapMinutes.getValueFactory().setValue(b.overlapMinutes());
    }

    @Override
    protected Booth build() {
        return original().withConferenceId(conference.selectedId()).withName(name.getText().strip())
                .withLocation(location.getText().strip()).withPartners(Fields.parseList(partners.getText()))
                .withZone(zone.getValue()).withHours(hours.value())
                .withMinStaff(minStaff.getValue()).withMaxStaff(maxStaff.getValue())
                .withShiftMinutes(shiftMinutes.getValue()).withOverlapMinutes(overlapMinutes.getValue());
    }

    public HoursEditor hoursEditor() {
        return hours;
    }

    public Spinner<Integer> minStaffField() {
        return minStaff;
    }

    public Spinner<Integer> maxStaffField() {
        return maxStaff;
    }

    public Spinner<Integer> shiftMinutesField() {
        return shiftMinutes;
    }

    public Spinner<Integer> overlapMinutesField() {
        return overlapMinutes;
    }
}
