package org.roadshow.ui.form;

import javafx.scene.control.TextField;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.model.Project;
import org.roadshow.ui.document.Document;

/** The project's name. */
public final class ProjectForm extends Form<Project> {
    private final TextField name = field("Project name", new TextField());

    public ProjectForm(Document document) {
        super("Project", document);
        required(name, "Project name");
    }

    @Override
    protected void fill(Project p, Project project) {
        name.setText(p.name());
    }

    @Override
    protected Project build() {
        return original().withName(name.getText().strip());
    }

    @Override
    protected Edit edit(Project value) {
        return Edits.renameProject(value.name());
    }
}
