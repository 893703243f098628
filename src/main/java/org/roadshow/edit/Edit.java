package org.roadshow.edit;

import java.util.function.UnaryOperator;
import org.roadshow.model.Project;

/** One undoable change: a function from one project snapshot to the next, with a label for the Undo menu. */
public interface Edit {
    String label();

    Project apply(Project project);

    static Edit of(String label, UnaryOperator<Project> change) {
        return new Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public Project apply(Project project) {
                return change.apply(project);
            }

            @Override
            public String toString() {
                return "Edit[" + label + "]";
            }
        };
    }
}
