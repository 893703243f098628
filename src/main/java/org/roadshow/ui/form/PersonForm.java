package org.roadshow.ui.form;

import javafx.scene.control.TextField;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.ui.document.Document;

/** Someone on the team. */
public final class PersonForm extends Form<Person> {
    private final TextField name = field("Name", new TextField());
    private final TextField role = field("Role", new TextField());
    private final TextField email = field("E-mail", new TextField());
    private final ZonePicker homeZone = field("Home time zone", new ZonePicker());

    public PersonForm(Document document) {
        super("Person", document);
        email.setPromptText("name@example.org");
        hint("The home zone is where this person's day starts and ends.");
        required(name, "Name");
        check(email, "E-mail", () -> Fields.emailShaped(email.getText()) ? null : "should look like name@example.org");
        check(homeZone, "Home time zone", homeZone::problem);
    }

    @Override
    protected void fill(Person p, Project project) {
        name.setText(p.name());
        role.setText(p.role());
        email.setText(p.email());
        homeZone.setZone(p.homeZone());
    }

    @Override
    protected Person build() {
        return original().withName(name.getText().strip()).withRole(role.getText().strip())
                .withEmail(email.getText().strip()).withHomeZone(homeZone.getValue());
    }

    @Override
    protected Edit edit(Person value) {
        return Edits.putPerson(value);
    }

    public TextField emailField() {
        return email;
    }
}
