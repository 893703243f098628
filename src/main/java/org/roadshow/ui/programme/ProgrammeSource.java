package org.roadshow.ui.programme;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.roadshow.model.Programme;

/**
 * Where the programme on show came from ("Source https://fosdem.org/2021/schedule/xml, fetched Mon 1 Feb 13:00",
 * or the file's name), and beside it the Update Programme button: enabled when the programme has a web address, with a
 * tooltip saying from where and when it was last fetched. With all of a trip's programmes shown it counts those
 * from web addresses, and the button asks which to update. The button shows only once {@link #setOnUpdate} is
 * given the action (the same as File &gt; Update Programme).
 */
final class ProgrammeSource extends HBox {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ProgrammeViewModel vm;
    private final ZoneId zone;
    private final Label where = new Label();
    private final Button update = new Button("Update Programme");
    private final Tooltip tip = new Tooltip();
    private BiConsumer<UUID, UUID> onUpdate;

    ProgrammeSource(ProgrammeViewModel vm, ZoneId zone) {
        super(6);
        this.vm = vm;
        this.zone = zone;
        setId("programme-source");
        getStyleClass().add("programme-source");
        setAlignment(Pos.CENTER_LEFT);
        where.setId("programme-source-text");
        where.getStyleClass().add("source-text");
        where.setMinWidth(0);
        where.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS); // an address keeps its host and its end in view
        where.setTooltip(tip);
        HBox.setHgrow(where, Priority.SOMETIMES);
        Label heading = new Label("Source");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        update.setId("update-programme");
        update.setMinWidth(Region.USE_PREF_SIZE);
        update.setTooltip(tip);
        update.setOnAction(e -> {
            if (onUpdate != null && vm.trip().isPresent()) {
                onUpdate.accept(vm.trip().get().id(), vm.programme().map(Programme::id).orElse(null));
            }
        });
        update.setVisible(false);
        update.managedProperty().bind(update.visibleProperty());
        getChildren().addAll(heading, where, update);
        setMinWidth(0);

        vm.document().projectProperty().addListener(o -> refresh());
        vm.tripIdProperty().addListener(o -> refresh());
        vm.programmeIdProperty().addListener(o -> refresh());
        vm.readOnlyProperty().addListener(o -> refresh());
        refresh();
    }

    /**
     * What Update Programme does, given the trip and the programme on show (null when all the trip's programmes
     * are shown together).
     */
    void setOnUpdate(BiConsumer<UUID, UUID> action) {
        onUpdate = action;
        update.setVisible(action != null);
        refresh();
    }

    private void refresh() {
        List<Programme> shown = vm.shownProgrammes();
        long fromWeb = shown.stream().filter(p -> p.feed().hasUrl()).count();
        update.setDisable(fromWeb == 0 || vm.isReadOnly() || onUpdate == null);
        if (shown.isEmpty()) {
            where.setText("");
            tip.setText("");
            return;
        }
        if (shown.size() > 1) {
            where.setText(shown.size() + " programmes, " + (fromWeb == 0 ? "none" : fromWeb) + " from a web address");
            tip.setText(fromWeb == 0 ? "These programmes were read from files: import a file again with File \u203a "
                    + "Import Programme to update its programme."
                    : "Update one of this trip's programmes from its web address: Roadshow asks which.");
            return;
        }
        Programme p = shown.get(0);
        if (p.feed().hasUrl()) {
            where.setText(p.feed().url()
                    + (p.importedAt() == null ? "" : ", fetched " + SHORT.format(p.importedAt().atZone(zone))));
            tip.setText("Fetch " + p.feed().url() + " again, if it changed, and show what moved before applying it."
                    + (p.importedAt() == null ? "" : "\nLast fetched " + LONG.format(p.importedAt().atZone(zone)) + ".")
                    + serverVersion(p.feed().lastModified()) + (vm.isReadOnly() ? "\nThis file is open read-only." : ""));
            return;
        }
        String file = p.source().isEmpty() ? "a file" : fileName(p.source());
        where.setText(file + " (a file)" + (p.importedAt() == null ? "" : ", imported " + SHORT.format(p.importedAt().atZone(zone))));
        tip.setText("Read from " + (p.source().isEmpty() ? "a file" : p.source()) + ". It has no web address to update "
                + "from: import the file again with File \u203a Import Programme to update it.");
    }

    private String serverVersion(String lastModified) {
        if (lastModified.isEmpty()) {
            return "";
        }
        try {
            return "\nThe server's version is of " + LONG.format(ZonedDateTime.parse(lastModified,
                    DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(zone)) + ".";
        } catch (DateTimeParseException e) { // a server's own format: shown as sent
            return "\nThe server's version is of " + lastModified + ".";
        }
    }

    private static String fileName(String source) {
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (RuntimeException e) { // not a path on this system: shown as it was kept
            return source;
        }
    }

    Label text() {
        return where;
    }

    Button button() {
        return update;
    }
}
