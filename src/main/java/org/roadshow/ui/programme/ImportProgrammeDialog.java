package org.roadshow.ui.programme;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.roadshow.io.fetch.FetchRequest;
import org.roadshow.io.fetch.FetchSettings;
import org.roadshow.io.fetch.Fetcher;
import org.roadshow.io.fetch.ProgrammeDownload;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImportResult;
import org.roadshow.model.Programme;
import org.roadshow.model.ProgrammeFeed;
import org.roadshow.model.Trip;
import org.roadshow.plan.ProgrammeImportPlan;
import org.roadshow.plan.ProgrammeUpdate;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.theme.DialogTheme;

/**
 * File &gt; Import Programme: choose a file or type its web address, and a trip; the file is read (or fetched,
 * with progress and Cancel) in the injected background; the zone is asked only when the file does not say it
 * (with a guess filled in); a preview shows what will be imported and, for an update, what changed for starred
 * or linked sessions. The trip's conference is made from the programme when it has none, and updated to match
 * when the user ticks the offer; a programme far from the trip's days says so on the button ("Import Anyway").
 * Only Import applies it, as one edit; Cancel, or a source that fails, leaves the project as it was. File &gt;
 * Update Programme opens it with {@link #updateFrom}: a conditional fetch of the programme's address. The
 * reading is {@link ProgrammeReading}'s, the zone question {@link ZoneQuestion}'s and the conference offer
 * {@link ConferenceOffer}'s.
 */
public final class ImportProgrammeDialog extends Dialog<ProgrammeUpdate> {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    /** The smallest the dialog may be made: the fields, the conference offer wrapped, and a few preview lines. */
    static final double MIN_WIDTH = 560;
    static final double MIN_HEIGHT = 480;

    private final Document document;
    private final TextField file = new TextField();
    private final Button fetch = new Button("Fetch");
    private final FetchProgressRow progress = new FetchProgressRow();
    private final ConferenceOffer conference = new ConferenceOffer(this::showButtonText);
    private final ComboBox<UUID> trip = new ComboBox<>();
    private final ZoneQuestion zone = new ZoneQuestion(this::recompute);
    private final Label status = new Label("Choose a programme file.");
    private final TextArea preview = new TextArea();
    private final ProgrammeReading reading;
    private ParsedProgramme parsed;
    private ProgrammeFeed feed = ProgrammeFeed.NONE;
    private UUID updating;
    private ProgrammeImportPlan plan;
    private Consumer<String> onNoChange = message -> { };

    /** A dialog that fetches web addresses with the standard settings (made on the first fetch). */
    public ImportProgrammeDialog(Document document, Background background, Function<Window, Optional<Path>> chooser,
                                 UUID preselectedTrip) {
        this(document, background, chooser, preselectedTrip, Fetcher.whenFirstUsed(FetchSettings.DEFAULTS));
    }

    public ImportProgrammeDialog(Document document, Background background, Function<Window, Optional<Path>> chooser,
                                 UUID preselectedTrip, Supplier<Fetcher> fetcher) {
        this.document = document;
        this.reading = new ProgrammeReading(background, fetcher, progress, new Answers());
        setTitle("Import Programme");
        setHeaderText("Import a conference programme into a trip");
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(ProgrammeView.class.getResource("programme.css").toExternalForm());
        getDialogPane().getStyleClass().add("import-programme");
        DialogTheme.follow(this);

        file.setId("import-file");
        file.setPromptText("https://\u2026 or a file: Pentabarf/frab XML, frab/pretalx JSON or iCalendar (.ics)");
        file.setOnAction(e -> loadTyped());
        fetch.setId("import-fetch");
        fetch.setMinWidth(Region.USE_PREF_SIZE);
        fetch.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !FetchRequest.isWebAddress(file.getText()) || !file.isEditable(), file.textProperty(),
                file.editableProperty()));
        fetch.setOnAction(e -> loadTyped());
        Button browse = new Button("Choose file\u2026");
        browse.setId("import-browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.disableProperty().bind(file.editableProperty().not());
        browse.setOnAction(e -> chooser.apply(getDialogPane().getScene().getWindow()).ifPresent(this::load));
        setOnHidden(e -> reading.forget());
        setOnShown(e -> {
            if (getDialogPane().getScene().getWindow() instanceof Stage stage) {
                stage.setMinWidth(MIN_WIDTH);
                stage.setMinHeight(MIN_HEIGHT);
            }
        });

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
        trip.setMaxWidth(Double.MAX_VALUE);

        status.setId("import-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        preview.setId("import-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(14);
        preview.setPrefColumnCount(70);
        preview.setMinHeight(80);

        getDialogPane().setContent(layout(browse));
        getDialogPane().setPrefWidth(760);
        getDialogPane().lookupButton(IMPORT).setDisable(true);
        setResultConverter(button -> button == IMPORT ? apply() : null);
    }

    /**
     * The fields in a grid; below it, across the whole width, the conference offer, the status and the preview
     * in a column, which (unlike a grid) gives wrapped text the height it needs at the width it gets.
     */
    private VBox layout(Button browse) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // "Time zone" whole, however long the path
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        grid.addRow(0, new Label("File or URL"), file, new HBox(6, fetch, browse));
        grid.add(progress, 1, 1, 2, 1);
        grid.addRow(2, new Label("Trip"), trip);
        grid.addRow(3, zone.label(), zone.field());
        grid.add(zone.note(), 1, 4, 2, 1);
        VBox content = new VBox(8, grid, conference.node(), status, preview);
        content.setPadding(new Insets(12));
        VBox.setVgrow(preview, Priority.ALWAYS);
        return content;
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
        begin(path.toString(), "Reading " + path.getFileName() + "\u2026");
        reading.file(path);
    }

    /** Fetches the web address in the background, with progress and Cancel; the preview follows. */
    public void fetch(String url) {
        begin(url, "Fetching " + url + "\u2026");
        reading.address(url, ProgrammeFeed.NONE);
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
        begin(held.feed().url(), "Fetching " + held.feed().url() + "\u2026");
        reading.address(held.feed().url(), held.feed());
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

    /** Forgets the last source and its plan, and says what is being read. */
    private void begin(String source, String message) {
        file.setText(source);
        feed = ProgrammeFeed.NONE;
        parsed = null;
        plan = null;
        preview.clear();
        zone.show(false);
        conference.hide();
        status.getStyleClass().removeAll("error", "warning");
        status.setText(message);
        setImportEnabled(false);
    }

    /** The reading's answers, on the FX thread. */
    private final class Answers implements ProgrammeReading.Answer {
        @Override
        public void read(ParsedProgramme p, ProgrammeFeed from) {
            feed = from;
            parsed = p;
            boolean ask = p.statedZone() == null;
            zone.show(ask);
            if (ask) {
                suggestZone();
            }
            recompute();
        }

        @Override
        public void unchanged() {
            Programme held = document.project().trip(trip.getValue()).flatMap(t -> t.programme(updating)).orElse(null);
            String message = held == null ? "No change." : "No change since "
                    + ProgrammeDownload.since(held, ZoneId.systemDefault()) + ": \"" + held.name()
                    + "\" is as the server has it.";
            status.setText(message);
            onNoChange.accept(message);
        }

        @Override
        public void failed(String message) {
            parsed = null;
            plan = null;
            status.setText(message + "\nNothing was imported.");
            if (!status.getStyleClass().contains("error")) {
                status.getStyleClass().add("error");
            }
            setImportEnabled(false);
        }

        @Override
        public void cancelled() {
            status.getStyleClass().remove("error");
            status.setText("Cancelled. Nothing was imported.");
        }
    }

    private void suggestZone() {
        if (parsed == null || parsed.statedZone() != null || trip.getValue() == null) {
            return;
        }
        Trip t = document.project().trip(trip.getValue()).orElse(null);
        zone.suggest(parsed, t == null ? null : ProgrammeUpdate.knownZone(t, parsed.title(), parsed.source()).orElse(null));
    }

    private void recompute() {
        plan = null;
        setImportEnabled(false);
        conference.hide();
        if (parsed == null) {
            return;
        }
        if (trip.getValue() == null) {
            status.setText("Choose the trip to import into (add a trip first if there is none).");
            return;
        }
        Optional<ZoneId> z = parsed.statedZone() != null ? Optional.of(parsed.statedZone()) : zone.chosen();
        if (z.isEmpty()) {
            status.setText("Choose the time zone of the programme's times.");
            return;
        }
        ProgrammeImportResult result = parsed.toResult(z.get());
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
        plan.conferenceChange().ifPresent(proposal -> conference.offer(proposal, document.project().trip(trip.getValue())
                .flatMap(t -> t.item(proposal.conference().id())).map(i -> i.label()).orElse("")));
        preview.setText(String.join("\n", ProgrammePreview.lines(update, result,
                document.project().trip(update.tripId()).map(Trip::name).orElse(""))));
        showButtonText();
        setImportEnabled(!document.isReadOnly());
    }

    private void showButtonText() {
        if (plan == null) {
            return;
        }
        ((Button) getDialogPane().lookupButton(IMPORT)).setText((plan.update().isUpdate() ? "Update" : "Import")
                + (plan.isFar() ? " Anyway" : ""));
    }

    private void setImportEnabled(boolean enabled) {
        getDialogPane().lookupButton(IMPORT).setDisable(!enabled);
    }

    private ProgrammeUpdate apply() {
        if (plan == null) {
            return null;
        }
        document.apply(plan.edit(conference.accepted()));
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
