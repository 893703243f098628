package org.roadshow.ui.form;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.roadshow.model.Booth;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** A demo: what is shown, where, when, the kit it needs and the plan for when it fails. */
public final class DemoForm extends ItemForm<Demo> {
    private final TextField what = field("What", new TextField());
    private final TextField where = field("Where", new TextField());
    private final DateTimeField start = field("Start", new DateTimeField());
    private final DateTimeField end = field("End", new DateTimeField());
    private final ZonePicker zone = field("Time zone", new ZonePicker());
    private final TextField equipment = field("Equipment", new TextField());
    private final TextArea backupPlan = field("Backup plan", new TextArea());
    private final ChoicePicker linked = field("Part of", new ChoicePicker());
    private final PeoplePicker people = field("People", new PeoplePicker());

    public DemoForm(Document document) {
        super("Demo", document);
        equipment.setPromptText("Demo laptop, backup laptop, … separated by commas");
        backupPlan.setPromptText("What to do when the demo fails");
        backupPlan.setWrapText(true);
        backupPlan.setPrefRowCount(3);
        required(what, "What");
        timeChecks(start, end, zone);
    }

    @Override
    protected void fill(Demo d, Trip trip, Project project) {
        what.setText(d.what());
        where.setText(d.where());
        start.set(d.start().time());
        end.set(d.end().time());
        zone.setZone(d.start().zone());
        equipment.setText(Fields.formatList(d.equipment()));
        backupPlan.setText(d.backupPlan());
        List<Item> boothsAndTalks = new ArrayList<>(trip.items(Booth.class));
        boothsAndTalks.addAll(trip.items(Talk.class));
        linked.setChoices(choices(boothsAndTalks), d.linkedItem());
        people.setPeople(project.people(), d.people(), trip.people());
    }

    @Override
    protected Demo build() {
        return original().withWhat(what.getText().strip()).withWhere(where.getText().strip())
                .withStart(new Moment(start.value(), zone.getValue())).withEnd(new Moment(end.value(), zone.getValue()))
                .withEquipment(Fields.parseList(equipment.getText())).withBackupPlan(backupPlan.getText())
                .withLinkedItem(linked.selectedId()).withPeople(people.selected());
    }
}
