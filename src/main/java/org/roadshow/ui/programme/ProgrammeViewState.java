package org.roadshow.ui.programme;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.Observable;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.settings.ProjectSettings;

/**
 * Remembers the Programme tab's trip, programme, "Starring as", filters and search for each project file, in
 * the user's settings (never in the project): reopening the file, even in a later run, shows the tab as it was
 * left. When another file is opened its own state comes back once its project is shown; a file seen for the
 * first time (or Save As) keeps what is on screen. A project without a file remembers nothing.
 */
final class ProgrammeViewState {
    private final ProgrammeViewModel vm;
    private final Function<Path, ProjectSettings> settingsFor;
    private ProjectSettings current;
    /** True between a new file and its project being shown: changes then are the old project's fading out. */
    private boolean restoring;

    ProgrammeViewState(ProgrammeViewModel vm, Document document, Function<Path, ProjectSettings> settingsFor) {
        this.vm = vm;
        this.settingsFor = settingsFor;
        current = document.file().map(settingsFor).orElse(null);
        restore();
        document.fileProperty().addListener((o, was, now) -> {
            current = now == null ? null : settingsFor.apply(now);
            if (current == null || !current.isKnown()) {
                save(true); // Save As, or a file seen for the first time: it keeps what is on screen
                return;
            }
            restoring = true;
            // Save As over a known file shows no other project: then what is on screen stays
            javafx.application.Platform.runLater(() -> {
                if (restoring) {
                    restoring = false;
                    save(true);
                }
            });
        });
        // registered after the view model's own listener: the project is shown by the time this runs
        document.projectProperty().addListener((o, was, now) -> {
            if (restoring) {
                restoring = false;
                restore();
            }
        });
        for (Observable p : List.of(vm.tripIdProperty(), vm.programmeIdProperty(), vm.personIdProperty(),
                vm.dayProperty(), vm.trackProperty(), vm.roomProperty(), vm.starredOnlyProperty())) {
            p.addListener(o -> save(true));
        }
        vm.queryProperty().addListener(o -> save(false)); // written out with the next other change, or on exit
    }

    /** Puts back what was remembered for the file; what no longer exists in the project stays as the view chose. */
    private void restore() {
        if (current == null) {
            return;
        }
        if (!current.isKnown()) {
            save(true);
            return;
        }
        restoring = true;
        try {
            UUID trip = uuid("trip");
            if (trip != null && vm.trips().contains(trip)) {
                vm.tripIdProperty().set(trip);
            }
            UUID programme = uuid("programme");
            if (programme != null && vm.programmes().contains(programme)) {
                vm.programmeIdProperty().set(programme);
            }
            UUID person = uuid("person");
            if (person != null && vm.people().contains(person)) {
                vm.personIdProperty().set(person);
            }
            LocalDate day = date(current.get("day"));
            vm.dayProperty().set(day != null && vm.days().contains(day) ? day : null);
            String track = current.get("track");
            vm.trackProperty().set(track != null && vm.tracks().contains(track) ? track : null);
            String room = current.get("room");
            vm.roomProperty().set(room != null && vm.rooms().contains(room) ? room : null);
            String query = current.get("search");
            vm.queryProperty().set(query == null ? "" : query);
            vm.starredOnlyProperty().set("true".equals(current.get("starredOnly")));
        } finally {
            restoring = false;
        }
        save(true);
    }

    private void save(boolean store) {
        if (current == null || restoring) {
            return;
        }
        current.put("trip", text(vm.tripIdProperty().get()));
        current.put("programme", text(vm.programmeIdProperty().get()));
        current.put("person", text(vm.personIdProperty().get()));
        current.put("day", text(vm.dayProperty().get()));
        current.put("track", vm.trackProperty().get());
        current.put("room", vm.roomProperty().get());
        current.put("search", vm.queryProperty().get());
        current.put("starredOnly", vm.starredOnlyProperty().get() ? "true" : null);
        if (store) {
            current.store();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private UUID uuid(String key) {
        String value = current.get(key);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) { // an edited settings file: forget the value
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) { // an edited settings file: forget the value
            return null;
        }
    }
}
