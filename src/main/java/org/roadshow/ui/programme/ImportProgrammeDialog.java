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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.roadshow.io.fetch.FetchException;
import org.roadshow.io.fetch.FetchRequest;
import org.roadshow.io.fetch.FetchSettings;
import org.roadshow.io.fetch.Fetcher;
import org.roadshow.io.fetch.ProgrammeDownload;
import org.roadshow.io.programme.ImportWarning;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.programme.ProgrammeImportException;
import org.roadshow.io.programme.ProgrammeImportResult;
import org.roadshow.io.programme.ZoneGuess;
import org.roadshow.model.Programme;
import org.roadshow.model.ProgrammeFeed;
import org.roadshow.model.Trip;
import org.roadshow.plan.ConferenceProposal;
import org.roadshow.plan.ProgrammeImportPlan;
import org.roadshow.plan.ProgrammeUpdate;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.document.Document;

/**
 * File &gt; Import Programme: choose a file or type its web address, and a trip; the file is read (or fetched,
 * with progress and Cancel) in the injected background; the zone is asked only when the file does not say it
 * (with a guess filled in); a preview shows what will be imported and, for an update, what changed for starred
 * or linked sessions. The trip's conference is made from the programme when it has none, and updated to match
 * when the user ticks the offer; a programme far from the trip's days says so on the button ("Import Anyway").
 * Only Import applies it, as one edit; Cancel, or a source that fails, leaves the project as it was. File &gt;
 * Update Programme opens it with {@link #updateFrom}: a conditional fetch of the programme's address.
 */
public final class ImportProgrammeDialog extends Dialog<ProgrammeUpdate> {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private final Document document;
    private final Background background;
    private final Supplier<Fetcher> fetcher;
    private final TextField file = new TextField();
    private final Button fetch = new Button("Fetch");
    private final FetchProgressRow progress = new FetchProgressRow();
    private final CheckBox conference = new CheckBox();
    private final ComboBox<UUID> trip = new ComboBox<>();
    private final Label zoneLabel = new Label("Time zone");
    private final ComboBox<String> zone = new ComboBox<>();
    private final Label zoneNote = new Label();
    private final Label status = new Label("Choose a programme file.");
    private final TextArea preview = new TextArea();
    private ParsedProgramme parsed;
    private ProgrammeFeed feed = ProgrammeFeed.NONE;
    private UUID updating;
    private ProgrammeImportPlan plan;
    private ProgrammeImportResult result;
    private int generation;
    private Consumer<String> onNoChange = message -> { };

    /** A dialog that fetches web addresses with the standard settings (made on the first fetch). */
    public ImportProgrammeDialog(Document document, Background background, Function<Window, Optional<Path>> chooser,
                                 UUID preselectedTrip) {
        this(document, background, chooser, preselectedTrip, Fetcher.whenFirstUsed(FetchSettings.DEFAULTS));
    }

    public ImportProgrammeDialog(Document document, Background background, Function<Window, Optional<Path>> chooser,
                                 UUID preselectedTrip, Supplier<Fetcher> fetcher) {
        this.document = document;
        this.background = background;
        this.fetcher = fetcher;
        setTitle("Import Programme");
        setHeaderText("Import a conference programme into a trip");
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(ProgrammeView.class.getResource("programme.css").toExternalForm());
        getDialogPane().getStyleClass().add("import-programme");
        org.roadshow.ui.theme.DialogTheme.follow(this);

        file.setId("import-file");
        file.setPromptText("https://… or a file: Pentabarf/frab XML, frab/pretalx JSON or iCalendar (.ics)");
        file.setOnAction(e -> loadTyped());
        fetch.setId("import-fetch");
        fetch.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fetch.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !FetchRequest.isWebAddress(file.getText()) || !file.isEditable(), file.textProperty(),
                file.editableProperty()));
        fetch.setOnAction(e -> loadTyped());
        Button browse = new Button("Choose file…");
        browse.setId("import-browse");
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        browse.disableProperty().bind(file.editableProperty().not());
        browse.setOnAction(e -> chooser.apply(getDialogPane().getScene().getWindow()).ifPresent(this::load));
        conference.setId("import-conference");
        conference.setWrapText(true);
        conference.selectedProperty().addListener(o -> showButtonText());
        setOnHidden(e -> progress.cancel());

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
        grid.addRow(0, new Label("File or URL"), file, new HBox(6, fetch, browse));
        grid.add(progress, 1, 1, 2, 1);
        grid.addRow(2, new Label("Trip"), trip);
        grid.addRow(3, zoneLabel, zone);
        grid.add(zoneNote, 1, 4, 2, 1);
        grid.add(conference, 1, 5, 2, 1);
        grid.add(status, 0, 6, 3, 1);
        grid.add(preview, 0, 7, 3, 1);
        GridPane.setVgrow(preview, Priority.ALWAYS);
        trip.setMaxWidth(Double.MAX_VALUE);
        zone.setMaxWidth(Double.MAX_VALUE);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(760);
        showZone(false);
        showConference(false);

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
        int run = begin(path.toString(), "Reading " + path.getFileName() + "…");
        feed = ProgrammeFeed.NONE;
        background.run(() -> ProgrammeImport.read(path), p -> {
            if (run == generation) {
                parsed(p);
            }
        }, e -> {
            if (run != generation) {
                return;
            }
            boolean expected = e instanceof ProgrammeImportException; // a file we cannot read, said in its words
            java.util.logging.Logger.getLogger(ImportProgrammeDialog.class.getName()).log(
                    expected ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING, "Could not import " + path, e);
            failed(expected ? e.getMessage() : path.getFileName() + ": could not be read (" + e.getMessage() + ")");
        });
    }

    /** Fetches the web address in the background, with progress and Cancel; the preview follows. */
    public void fetch(String url) {
        fetchFrom(url, ProgrammeFeed.NONE);
    }

    /**
     * Update Programme: asks the address the programme came from whether it changed since (If-None-Match,
     * If-Modified-Since); "no change" is said in the dialog and to {@code noChange}; a change shows its report.
     */
    public void updateFrom(UUID tripId, UUID programmeId, Consumer<String> noChange) {
        Programme held = document.project().trip(tripId).flatMap(t -> t.programme(programmeId)).orElseThrow();
        setTitle("Update Programme");
        setHeaderText("Update \"" + held.name() + "\" from its web address");
        trip.setValue(tripId);
        trip.setDisable(true);
        file.setEditable(false);
        updating = programmeId;
        onNoChange = noChange;
        fetchFrom(held.feed().url(), held.feed());
    }

    private void fetchFrom(String url, ProgrammeFeed held) {
        int run = begin(url, "Fetching " + url + "…");
        progress.stop();
        org.roadshow.io.fetch.Cancellation cancel = progress.start();
        org.roadshow.io.fetch.FetchProgress listener = progress.progress();
        background.run(() -> held.hasUrl() ? ProgrammeDownload.update(fetcher.get(), held, listener, cancel)
                : ProgrammeDownload.fetch(fetcher.get(), url, listener, cancel), outcome -> {
                    if (run != generation) {
                        return;
                    }
                    progress.stop();
                    if (outcome instanceof ProgrammeDownload.Changed changed) {
                        feed = changed.feed();
                        parsed(changed.parsed());
                    } else {
                        Programme held2 = document.project().trip(trip.getValue()).flatMap(t -> t.programme(updating))
                                .orElse(null);
                        String message = held2 == null ? "No change." : "No change since "
                                + ProgrammeDownload.since(held2, java.time.ZoneId.systemDefault()) + ": \""
                                + held2.name() + "\" is as the server has it.";
                        status.setText(message);
                        onNoChange.accept(message);
                    }
                }, e -> {
                    if (run != generation) {
                        return;
                    }
                    progress.stop();
                    if (e instanceof FetchException f && f.problem() == FetchException.Problem.CANCELLED) {
                        status.getStyleClass().remove("error");
                        status.setText("Cancelled. Nothing was imported.");
                        return;
                    }
                    boolean expected = e instanceof FetchException || e instanceof ProgrammeImportException;
                    java.util.logging.Logger.getLogger(ImportProgrammeDialog.class.getName()).log(
                            expected ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING, "Could not fetch " + url, e);
                    failed(expected ? e.getMessage() : url + ": could not be fetched (" + e.getMessage() + ")");
                });
    }

    /** What the source field asks for: a web address is fetched, anything else read as a file. */
    private void loadTyped() {
        String text = file.getText() == null ? "" : file.getText().strip();
        if (FetchRequest.isWebAddress(text)) {
            fetch(text);
        } else if (!text.isEmpty()) {
            load(Path.of(text));
        }
    }

    /** Forgets the last source and starts on a new one; returns its number, so late answers are ignored. */
    private int begin(String source, String message) {
        generation++;
        progress.cancel();
        progress.stop();
        file.setText(source);
        parsed = null;
        plan = null;
        preview.clear();
        showZone(false);
        showConference(false);
        status.getStyleClass().removeAll("error", "warning");
        status.setText(message);
        setImportEnabled(false);
        return generation;
    }

    private void failed(String message) {
        parsed = null;
        plan = null;
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
        plan = null;
        setImportEnabled(false);
        showConference(false);
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
        Programme fresh = result.toProgramme(Instant.now());
        if (feed.hasUrl()) {
            fresh = fresh.withSource(feed.url()).withFeed(feed);
        }
        plan = ProgrammeImportPlan.prepare(document.project(), trip.getValue(), fresh, updating, parsed.city(),
                parsed.venue(), result.zoneStated());
        ProgrammeUpdate update = plan.update();
        status.getStyleClass().removeAll("error", "warning");
        String text = (update.isUpdate() ? "Updates " : "Imports ") + "\"" + update.after().name() + "\": "
                + result.summary() + ", times in " + result.zone() + (result.zoneStated() ? " (as the file says)." : ".");
        if (plan.isFar()) {
            text += "\n" + plan.farWarning() + " Check that this is the right trip.";
            status.getStyleClass().add("warning");
        }
        status.setText(text);
        plan.conferenceChange().ifPresent(this::offerConference);
        preview.setText(String.join("\n", ProgrammePreview.lines(update, result,
                document.project().trip(update.tripId()).map(Trip::name).orElse(""))));
        showButtonText();
        setImportEnabled(!document.isReadOnly());
    }

    /** A new conference is ticked to be added; changes to the trip's own are offered unticked. */
    private void offerConference(ConferenceProposal proposal) {
        showConference(true);
        conference.setSelected(proposal.isNew());
        conference.setText(proposal.isNew() ? "Add the conference to the trip: " + proposal.changes().get(0)
                .replaceFirst("^adds the conference ", "")
                : "Update the trip's conference \"" + document.project().trip(trip.getValue())
                        .flatMap(t -> t.item(proposal.conference().id())).map(i -> i.label()).orElse("")
                        + "\" to match the programme: " + String.join("; ", proposal.changes()));
    }

    private void showButtonText() {
        if (plan == null) {
            return;
        }
        ((Button) getDialogPane().lookupButton(IMPORT)).setText((plan.update().isUpdate() ? "Update" : "Import")
                + (plan.isFar() ? " Anyway" : ""));
    }

    private void showConference(boolean shown) {
        conference.setVisible(shown);
        conference.setManaged(shown);
    }

    private void setImportEnabled(boolean enabled) {
        getDialogPane().lookupButton(IMPORT).setDisable(!enabled);
    }

    private ProgrammeUpdate apply() {
        if (plan == null) {
            return null;
        }
        document.apply(plan.edit(conference.isVisible() && conference.isSelected()));
        return plan.update();
    }

    /** The update the preview shows, if the source was read and the questions answered. */
    public Optional<ProgrammeUpdate> pendingUpdate() {
        return Optional.ofNullable(plan).map(ProgrammeImportPlan::update);
    }

    private final class TripCell extends ListCell<UUID> {
        @Override
        protected void updateItem(UUID id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty || id == null ? null : document.project().trip(id).map(Trip::name).orElse(""));
        }
    }
}
