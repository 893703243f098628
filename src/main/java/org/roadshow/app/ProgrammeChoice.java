package org.roadshow.app;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;

/**
 * Which programme File › Update Programme means: one imported from a web address, in the selected trip if any;
 * the Programme tab's button names the programme on show.
 */
record ProgrammeChoice(UUID tripId, Programme programme) {
    @Override
    public String toString() {
        return programme.name();
    }

    /** The programmes from web addresses in the selected trip, or in every trip when none is selected. */
    static List<ProgrammeChoice> fromWeb(Project project, Optional<UUID> selectedTrip) {
        return project.trips().stream().filter(t -> selectedTrip.isEmpty() || t.id().equals(selectedTrip.get()))
                .flatMap(t -> t.programmes().stream().filter(p -> p.feed().hasUrl())
                        .map(p -> new ProgrammeChoice(t.id(), p)))
                .toList();
    }

    /**
     * {@code programme} when given (and from a web address), else the one candidate, or the one the user picks among
     * several; empty when there is none or the user cancels.
     */
    static Optional<ProgrammeChoice> choose(Project project, Optional<UUID> selectedTrip, UUID programme, Window owner) {
        List<ProgrammeChoice> all = fromWeb(project, selectedTrip).stream()
                .filter(c -> programme == null || c.programme().id().equals(programme)).toList();
        if (all.size() <= 1) {
            return all.stream().findFirst();
        }
        ChoiceDialog<ProgrammeChoice> ask = new ChoiceDialog<>(all.get(0), all);
        ask.initOwner(owner);
        ask.setTitle("Update Programme");
        ask.setHeaderText("Which programme should be updated from its web address?");
        ask.setContentText("Programme");
        return ask.showAndWait();
    }
}
