package org.roadshow.ui.programme;

import java.io.File;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.roadshow.edit.Edits;
import org.roadshow.io.programme.ImportWarning;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.programme.ProgrammeImportException;
import org.roadshow.io.programme.ProgrammeImportResult;
import org.roadshow.io.programme.ZoneGuess;
import org.roadshow.model.Trip;
import org.roadshow.plan.ProgrammeUpdate;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.document.Document;

/**
 * File &gt; Import Programme: choose a file and a trip; the file is read in the injected background; the zone
 * is asked only when the file does not say it (with a guess filled in); a preview shows what will be
 * imported and, for an update, what changed for starred or linked sessions. Only Import applies it, as
 * one edit; Cancel, or a file that fails, leaves the project as it was.
 */
public final class ImportProgrammeDialog extends Dialog<ProgrammeUpdate> {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private final Document document;
    private final Background background;
    private final TextField file = new TextField();
    private final ComboBox<UUID> trip = new ComboBox<>();
    private final Label zoneLabel = new Label("Time zone");
    private final ComboBox<String> zone = new ComboBox<>();
    private final Label zoneNote = new Label();
    private final Label status = new Label("Choose a programme file.");
    private final TextArea preview = new TextArea();
    private ParsedProgramme parsed;
    private ProgrammeUpdate update;
    private ProgrammeImportResult result;

    public ImportProgrammeDialog(Document document, Background background, Function<Window, Optional<Path>> chooser,
                                 UUID preselectedTrip) {
        this.document = document;
        this.background = background;
        setTitle("Import Programme");
        setHeaderText("Import a conference programme into a trip");
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(ProgrammeView.class.getResource("programme.css").toExternalForm());
        getDialogPane().getStyleClass().add("import-programme");
        org.roadshow.ui.theme.DialogTheme.follow(this);

        file.setEditable(false);
        file.setId("import-file");
        file.setPromptText("Pentabarf/frab XML, frab/pretalx JSON or iCalendar (.ics)");
        Button browse = new Button("Choose…");
        browse.setId("import-browse");
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        browse.setOnAction(e -> chooser.apply(getDialogPane().getScene().getWindow()).ifPresent(this::load));

        trip.setId("import-trip");
        trip.getItems().setAll(document.project().trips().stream().map(Trip::id).toList());
        trip.setCellFactory(l -> new TripCell());
        trip.setButtonCell(new TripCell());
        trip.setValue(preselectedTrip != null && trip.getItems().contains(preselectedTrip) ? preselectedTrip
                : trip.getItems().isEmpty() ? null : trip.getItems().get(0));
        trip.valueProperty().addListener(o -> {
            suggestZone();
            recompute();
        });

        zone.setId("import-zone");
        zone.setEditable(true);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().filter(z -> !z.startsWith("ical4j") && z.contains("/"))
                .sorted().toList());
        zone.valueProperty().addListener(o -> recompute());
        zoneNote.setWrapText(true);
        zoneNote.getStyleClass().add("zone-note");
        status.setId("import-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        preview.setId("import-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(14);
        preview.setPrefColumnCount(70);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Time zone" whole, however long the path
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        grid.addRow(0, new Label("File"), file, browse);
        grid.addRow(1, new Label("Trip"), trip);
        grid.addRow(2, zoneLabel, zone);
        grid.add(zoneNote, 1, 3, 2, 1);
        grid.add(status, 0, 4, 3, 1);
        grid.add(preview, 0, 5, 3, 1);
        GridPane.setVgrow(preview, Priority.ALWAYS);
        trip.setMaxWidth(Double.MAX_VALUE);
        zone.setMaxWidth(Double.MAX_VALUE);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(760);
        showZone(false);

        Node importButton = getDialogPane().lookupButton(IMPORT);
        importButton.setDisable(true);
        setResultConverter(button -> button == IMPORT ? apply() : null);
    }

    /** A chooser that shows the platform's open-file dialog. */
    public static Function<Window, Optional<Path>> fileChooser() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import Programme");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Programme files (*.xml, *.json, *.ics)", "*.xml", "*.json", "*.ics"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File chosen = chooser.showOpenDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }

    /** Reads the file in the background; the preview follows on the FX thread. */
    public void load(Path path) {
        file.setText(path.toString());
        parsed = null;
        update = null;
        preview.clear();
        showZone(false);
        status.getStyleClass().remove("error");
        status.setText("Reading " + path.getFileName() + "…");
        setImportEnabled(false);
        background.run(() -> ProgrammeImport.read(path), this::parsed, e -> {
            boolean expected = e instanceof ProgrammeImportException; // a file we cannot read, said in its words
            java.util.logging.Logger.getLogger(ImportProgrammeDialog.class.getName()).log(
                    expected ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING, "Could not import " + path, e);
            failed(expected ? e.getMessage() : path.getFileName() + ": could not be read (" + e.getMessage() + ")");
        });
    }

    private void failed(String message) {
        parsed = null;
        update = null;
        status.setText(message + "\nNothing was imported.");
        if (!status.getStyleClass().contains("error")) {
            status.getStyleClass().add("error");
        }
        setImportEnabled(false);
    }

    private void parsed(ParsedProgramme p) {
        parsed = p;
        boolean ask = p.statedZone() == null;
        showZone(ask);
        if (ask) {
            suggestZone();
        }
        recompute();
    }

    private void suggestZone() {
        if (parsed == null || parsed.statedZone() != null || trip.getValue() == null) {
            return;
        }
        Trip t = document.project().trip(trip.getValue()).orElse(null);
        ZoneId known = t == null ? null : ProgrammeUpdate.knownZone(t, parsed.title(), parsed.source()).orElse(null);
        Optional<ZoneId> guess = ZoneGuess.guess(parsed, known);
        guess.ifPresent(z -> zone.setValue(z.getId()));
        zoneNote.setText(parsed.timesAreExact()
                ? "The file gives exact times but not the conference's zone: choose the zone to show them in."
                : "The file does not say which time zone its times are in" + (known != null && guess.equals(Optional.of(known))
                        ? "; this is the zone of the last import." : guess.isPresent() ? "; this is a guess." : ": choose one."));
    }

    private void showZone(boolean shown) {
        for (Node n : List.of(zoneLabel, zone, zoneNote)) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    private Optional<ZoneId> chosenZone() {
        String text = zone.getValue();
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) { // not (yet) a zone name: the dialog asks for one
            return Optional.empty();
        }
    }

    private void recompute() {
        update = null;
        setImportEnabled(false);
        if (parsed == null) {
            return;
        }
        if (trip.getValue() == null) {
            status.setText("Choose the trip to import into (add a trip first if there is none).");
            return;
        }
        Optional<ZoneId> z = parsed.statedZone() != null ? Optional.of(parsed.statedZone()) : chosenZone();
        if (z.isEmpty()) {
            status.setText("Choose the time zone of the programme's times.");
            return;
        }
        result = parsed.toResult(z.get());
        update = ProgrammeUpdate.prepare(document.project(), trip.getValue(), result.toProgramme(Instant.now()));
        status.getStyleClass().remove("error");
        status.setText((update.isUpdate() ? "Updates " : "Imports ") + "\"" + update.after().name() + "\": "
                + result.summary() + ", times in " + result.zone() + (result.zoneStated() ? " (as the file says)." : "."));
        preview.setText(String.join("\n", previewLines()));
        ((javafx.scene.control.Button) getDialogPane().lookupButton(IMPORT)).setText(update.isUpdate() ? "Update" : "Import");
        setImportEnabled(!document.isReadOnly());
    }

    private List<String> previewLines() {
        List<String> lines = new ArrayList<>(update.isUpdate() ? update.report().lines()
                : ProgrammePreview.lines(update.after(), document.project().trip(update.tripId()).map(Trip::name).orElse("")));
        if (update.isUpdate()) {
            lines.add("");
            lines.add("Sessions that stay keep their stars and their links to the team's talks. "
                    + "Nothing changes until you click Update.");
        }
        if (!result.warnings().isEmpty()) {
            lines.add("");
            lines.add(result.warnings().size() + (result.warnings().size() == 1 ? " note" : " notes") + " on "
                    + parsed.source() + " (" + result.skipped() + " skipped):");
            for (ImportWarning w : result.warnings()) {
                lines.add("  " + w);
            }
        }
        return lines;
    }

    private void setImportEnabled(boolean enabled) {
        getDialogPane().lookupButton(IMPORT).setDisable(!enabled);
    }

    private ProgrammeUpdate apply() {
        if (update == null) {
            return null;
        }
        document.apply(Edits.putProgramme(update.tripId(), update.after(), update.label()));
        return update;
    }

    /** The update the preview shows, if the file was read and the questions answered. */
    public Optional<ProgrammeUpdate> pendingUpdate() {
        return Optional.ofNullable(update);
    }

    private final class TripCell extends ListCell<UUID> {
        @Override
        protected void updateItem(UUID id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty || id == null ? null : document.project().trip(id).map(Trip::name).orElse(""));
        }
    }
}
