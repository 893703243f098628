package org.roadshow.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/** A choice in "Whose items": everyone, one person, one booth's roster, or explicitly selected items. */
record Whose(String label, UUID person, UUID booth, Set<UUID> ids) {
    Whose {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
    }

    static List<Whose> choices(Project project) {
        List<Whose> choices = new ArrayList<>();
        choices.add(new Whose("Everyone", null, null, Set.of()));
        for (Person p : project.people()) {
            choices.add(new Whose(p.name(), p.id(), null, Set.of()));
        }
        for (Trip t : project.trips()) {
            for (Booth b : t.items(Booth.class)) {
                choices.add(new Whose("Duty roster of the " + b.name() + " booth", null, b.id(), Set.of()));
            }
        }
        return choices;
    }

    static Whose selection(Set<UUID> ids) {
        return new Whose(ids.size() == 1 ? "The selected item" : "The " + ids.size() + " selected items", null, null,
                ids);
    }

    /** Who or what the choice means, inside a sentence: "Zoë Müller", "anyone", "the Xen Project booth's roster". */
    String describe() {
        if (person != null) {
            return label;
        } else if (booth != null) {
            return "this booth's roster";
        }
        return ids.isEmpty() ? "anyone" : "the selected items";
    }

    /** How the choice is remembered for the project ("person:ID", "booth:ID", "everyone"); null for a selection. */
    String key() {
        if (person != null) {
            return "person:" + person;
        } else if (booth != null) {
            return "booth:" + booth;
        }
        return ids.isEmpty() ? "everyone" : null;
    }

    String fileName() {
        return "roadshow-" + ExportCalendarDialog.slug(label) + ".ics";
    }

    @Override
    public String toString() {
        return label;
    }
}
