package org.roadshow.ui.form;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.roadshow.model.Conference;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** A talk someone on the team gives: title, speakers, room, conference, time and abstract. */
public final class TalkForm extends ItemForm<Talk> {
    private final TextField title = field("Title", new TextField());
    private final PeoplePicker speakers = field("Speakers", new PeoplePicker());
    private final TextField otherSpeakers = field("Other speakers", new TextField());
    private final TextField room = field("Room", new TextField());
    private final ChoicePicker conference = field("Conference", new ChoicePicker());
    private final DateTimeField start = field("Start", new DateTimeField());
    private final DateTimeField end = field("End", new DateTimeField());
    private final ZonePicker zone = field("Time zone", new ZonePicker());
    private final TextArea abstractText = field("Abstract", new TextArea());

    public TalkForm(Document document) {
        super("Talk", document);
        otherSpeakers.setPromptText("Names from outside the team, separated by commas");
        abstractText.setWrapText(true);
        abstractText.setPrefRowCount(5);
        required(title, "Title");
        timeChecks(start, end, zone);
    }

    @Override
    protected void fill(Talk t, Trip trip, Project project) {
        title.setText(t.title());
        speakers.setPeople(project.people(), t.speakers(), trip.people());
        otherSpeakers.setText(Fields.formatList(t.otherSpeakers()));
        room.setText(t.room());
        conference.setChoices(namedChoices(trip.items(Conference.class)), t.conferenceId());
        start.set(t.start().time());
        end.set(t.end().time());
        zone.setZone(t.start().zone());
        abstractText.setText(t.abstractText());
    }

    @Override
    protected Talk build() {
        return original().withConferenceId(conference.selectedId()).withTitle(title.getText().strip())
                .withSpeakers(speakers.selected()).withOtherSpeakers(Fields.parseList(otherSpeakers.getText()))
                .withRoom(room.getText().strip())
                .withStart(new Moment(start.value(), zone.getValue())).withEnd(new Moment(end.value(), zone.getValue()))
                .withAbstractText(abstractText.getText());
    }

    public TextField titleField() {
        return title;
    }

    public DateTimeField startField() {
        return start;
    }

    public DateTimeField endField() {
        return end;
    }
}
