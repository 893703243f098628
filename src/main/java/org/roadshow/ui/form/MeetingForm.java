package org.roadshow.ui.form;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** A meeting, dinner or meet-up. */
public final class MeetingForm extends ItemForm<Meeting> {
    private final TextField title = field("Title", new TextField());
    private final TextField where = field("Where", new TextField());
    private final TextField withWhom = field("With whom", new TextField());
    private final DateTimeField start = field("Start", new DateTimeField());
    private final DateTimeField end = field("End", new DateTimeField());
    private final ZonePicker zone = field("Time zone", new ZonePicker());
    private final PeoplePicker people = field("People", new PeoplePicker());
    private final TextArea notes = field("Notes", new TextArea());

    public MeetingForm(Document document) {
        super("Meeting", document);
        withWhom.setPromptText("People from outside the team");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        required(title, "Title");
        timeChecks(start, end, zone);
    }

    @Override
    protected void fill(Meeting m, Trip trip, Project project) {
        title.setText(m.title());
        where.setText(m.where());
        withWhom.setText(m.withWhom());
        start.set(m.start().time());
        end.set(m.end().time());
        zone.setZone(m.start().zone());
        people.setPeople(project.people(), m.people(), trip.people());
        notes.setText(m.notes());
    }

    @Override
    protected Meeting build() {
        return original().withTitle(title.getText().strip()).withWhere(where.getText().strip())
                .withStart(new Moment(start.value(), zone.getValue())).withEnd(new Moment(end.value(), zone.getValue()))
                .withPeople(people.selected()).withWithWhom(withWhom.getText().strip()).withNotes(notes.getText());
    }
}
