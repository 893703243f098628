package org.roadshow.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.roadshow.io.ical.AlarmDefaults;
import org.roadshow.io.ical.Alarms;
import org.roadshow.io.ical.IcsExport;
import org.roadshow.io.ical.IcsExportFile;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Agenda;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.settings.ProjectSettings;
import org.roadshow.ui.theme.DialogTheme;

/**
 * File > Export Calendar…: whose items (everyone, a person, a booth's roster, the selected items), which
 * trips, which kinds with the reminder for each, and the target file; shows how many events will be
 * written and writes them off the FX thread with the same safe write as the project file. Works on the
 * project snapshot it is given. It opens on the choice last exported for this project file (else everyone);
 * trips and kinds with nothing for the choice are disabled with a tooltip saying why, and trips a person is not
 * on start unticked.
 */
public final class ExportCalendarDialog {
    private final Project project;
    private final Background background;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ComboBox<Whose> whose = new ComboBox<>();
    private final Map<Trip, CheckBox> trips = new LinkedHashMap<>();
    private final Map<AgendaKind, KindRow> kinds = new EnumMap<>(AgendaKind.class);
    private final Label count = new Label();
    private final TextField file = new TextField();
    private final Label status = new Label();
    private final ButtonType exportType = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
    private boolean fileChosen;
    private boolean suggesting;
    private boolean writing;
    private Path folder = Path.of(System.getProperty("user.home", "."));
    private ProjectSettings remembered;
    private FolderOpener opener;
    /** The key under which a project file remembers the last choice of "Whose items". */
    static final String LAST_WHOSE = "export.whose";

    public ExportCalendarDialog(Project project, Background background, Window owner) {
        this.project = project;
        this.background = background;
        dialog.initOwner(owner);
        DialogTheme.follow(dialog);
        dialog.setTitle("Export Calendar");
        dialog.setHeaderText("Export a calendar file (.ics) to import into a phone or desktop calendar.\n"
                + "Exporting again to the same file updates the same events.");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, exportType);
        dialog.getDialogPane().setContent(form());
        Button export = (Button) dialog.getDialogPane().lookupButton(exportType);
        export.setId("export");
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open while writing and closes on success
            export();
        });
        whose.getItems().addAll(Whose.choices(project));
        whose.valueProperty().addListener((o, a, b) -> whoseChanged());
        whose.getSelectionModel().selectFirst();
        file.textProperty().addListener((o, a, b) -> {
            fileChosen |= !suggesting; // typed or chosen: keep it when the choice of person changes
            refresh();
        });
        refresh();
    }

    /** Offers "The N selected items" (from the main window's selection) as a choice, without picking it. */
    public ExportCalendarDialog offerSelection(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            whose.getItems().add(Whose.selection(Set.copyOf(ids)));
        }
        return this;
    }

    /** Opens on the choice last exported for this project file, and remembers the next one there. */
    public ExportCalendarDialog remembering(ProjectSettings settings) {
        remembered = settings;
        String key = settings == null ? null : settings.get(LAST_WHOSE);
        whose.getItems().stream().filter(w -> key != null && key.equals(w.key())).findFirst().ifPresent(whose::setValue);
        return this;
    }

    /** Adds "Open Folder" to the confirmation, showing the folder with {@code folderOpener}. */
    public ExportCalendarDialog openingFoldersWith(FolderOpener folderOpener) {
        opener = folderOpener;
        return this;
    }

    /** The folder the file chooser and the suggested file name start in. */
    public ExportCalendarDialog inFolder(Path start) {
        folder = start;
        refresh();
        return this;
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    public void show() {
        dialog.show();
    }

    /** The selection the form describes, or null when it picks nothing (no trip ticked). */
    AgendaSelection selection() {
        Set<UUID> tripIds = tickedTrips();
        if (tripIds.isEmpty()) {
            return null;
        }
        List<AgendaKind> chosen = kinds.entrySet().stream().filter(e -> e.getValue().include.isSelected()
                && !e.getValue().include.isDisabled()).map(Map.Entry::getKey).toList();
        return Applicable.selection(whose.getValue(), tripIds, Set.copyOf(chosen));
    }

    private Set<UUID> tickedTrips() {
        return Set.copyOf(trips.entrySet().stream().filter(e -> e.getValue().isSelected() && !e.getValue().isDisabled())
                .map(e -> e.getKey().id()).toList());
    }

    /** A new choice of whose items: trips with nothing for it are disabled, and ticked as {@link Applicable} says. */
    private void whoseChanged() {
        Whose w = whose.getValue();
        if (w == null || trips.isEmpty()) {
            return;
        }
        Applicable.trips(project, w).forEach((trip, whyNot) -> {
            CheckBox box = trips.get(trip);
            box.setDisable(whyNot != null);
            box.setSelected(Applicable.tickedAtFirst(trip, w, whyNot));
            explain(box, whyNot);
        });
        refresh();
    }

    /** The tooltip on a disabled box sits on its holder: a disabled control gets no mouse events to show it. */
    private static void explain(CheckBox box, String whyNot) {
        Label holder = (Label) box.getProperties().get(Label.class);
        if (whyNot == null) {
            holder.setTooltip(null);
        } else if (holder.getTooltip() == null || !whyNot.equals(holder.getTooltip().getText())) {
            holder.setTooltip(new Tooltip(whyNot));
        }
    }

    /** A check box in a holder that can show its tooltip while the box is disabled. */
    private static Label holder(CheckBox box) {
        Label holder = new Label("", box);
        holder.setMinWidth(Region.USE_PREF_SIZE);
        box.getProperties().put(Label.class, holder); // the box is the label's child only once its skin is made
        return holder;
    }

    Alarms alarms() {
        Alarms alarms = Alarms.none();
        for (Map.Entry<AgendaKind, KindRow> e : kinds.entrySet()) {
            if (e.getValue().remind.isSelected()) {
                alarms = alarms.with(e.getKey(), e.getValue().minutes.getValue());
            }
        }
        return alarms;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 4, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;

        whose.setId("whose");
        whose.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row++, new Label("Whose items:"), whose);

        VBox tripBoxes = new VBox(4);
        for (Trip trip : project.trips()) {
            CheckBox box = new CheckBox(trip.name());
            box.setId("trip-" + trip.id());
            box.setSelected(true);
            box.selectedProperty().addListener((o, a, b) -> refresh());
            trips.put(trip, box);
            tripBoxes.getChildren().add(holder(box));
        }
        Label tripsLabel = new Label("Trips:");
        GridPane.setValignment(tripsLabel, javafx.geometry.VPos.TOP);
        grid.addRow(row++, tripsLabel, tripBoxes);

        GridPane kindGrid = new GridPane();
        kindGrid.setHgap(10);
        kindGrid.setVgap(6);
        int k = 0;
        for (AgendaKind kind : AgendaKind.values()) {
            KindRow r = new KindRow(kind);
            kinds.put(kind, r);
            if (AlarmDefaults.reminds(kind)) {
                kindGrid.addRow(k++, holder(r.include), r.remind, r.minutes, new Label("minutes before"));
            } else {
                kindGrid.addRow(k++, holder(r.include));
            }
        }
        Label kindsLabel = new Label("Include:");
        GridPane.setValignment(kindsLabel, javafx.geometry.VPos.TOP);
        grid.addRow(row++, kindsLabel, kindGrid);

        grid.add(new Separator(), 0, row++, 2, 1);
        Button choose = new Button("Choose…");
        choose.setId("choose");
        choose.setOnAction(e -> chooseFile());
        file.setId("file");
        file.setPromptText("the .ics file to write");
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.addRow(row++, new Label("File:"), new HBox(6, file, choose));
        count.setId("count");
        count.setStyle("-fx-font-weight: bold;");
        status.setId("status");
        grid.add(new VBox(4, count, status), 1, row);
        // labels keep their full text; the file field takes whatever width is left
        grid.lookupAll(".label").forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        grid.setPrefWidth(660);
        return grid;
    }

    /** One kind: whether to include it, and its reminder. */
    private final class KindRow {
        final CheckBox include;
        final CheckBox remind = new CheckBox("Remind");
        final Spinner<Integer> minutes = new Spinner<>(0, Alarms.MAX_MINUTES, 0, 5);
        /** Whether the user wants this kind, kept while it is disabled. */
        boolean wanted = true;

        KindRow(AgendaKind kind) {
            include = new CheckBox(kind.plural());
            include.setId("kind-" + kind.key());
            include.setSelected(true);
            include.setMinWidth(Region.USE_PREF_SIZE);
            remind.setId("remind-" + kind.key());
            remind.setMinWidth(Region.USE_PREF_SIZE);
            remind.setSelected(AlarmDefaults.reminds(kind));
            minutes.setId("minutes-" + kind.key());
            minutes.getValueFactory().setValue(AlarmDefaults.minutes(kind));
            minutes.setEditable(true);
            minutes.setPrefWidth(80);
            remind.disableProperty().bind(include.selectedProperty().not().or(include.disabledProperty()));
            minutes.disableProperty().bind(include.selectedProperty().not().or(include.disabledProperty())
                    .or(remind.selectedProperty().not()));
            include.selectedProperty().addListener((o, a, b) -> refresh());
        }
    }

    private void refresh() {
        if (whose.getValue() != null && !kinds.isEmpty()) {
            Applicable.kinds(project, whose.getValue(), tickedTrips()).forEach((kind, whyNot) -> {
                KindRow row = kinds.get(kind);
                // a kind with nothing to export shows unticked; the user's tick comes back with something to export
                if (whyNot != null && !row.include.isDisabled()) {
                    row.wanted = row.include.isSelected();
                    row.include.setDisable(true);
                    row.include.setSelected(false);
                } else if (whyNot == null && row.include.isDisabled()) {
                    row.include.setDisable(false);
                    row.include.setSelected(row.wanted);
                }
                explain(row.include, whyNot);
            });
        }
        if (!fileChosen && whose.getValue() != null) {
            String suggested = folder.resolve(whose.getValue().fileName()).toString();
            if (!suggested.equals(file.getText())) {
                suggesting = true;
                file.setText(suggested);
                suggesting = false;
            }
        }
        AgendaSelection selection = selection();
        int events = selection == null ? 0 : Agenda.select(project, selection).size();
        int todos = selection == null ? 0 : IcsExport.todos(project, selection, Map.of()).size();
        int n = events + todos;
        if (selection == null) {
            count.setText(trips.values().stream().allMatch(CheckBox::isDisabled)
                    ? "Nothing to export for " + whose.getValue().describe() : "Tick at least one trip");
        } else if (selection.kinds().isEmpty()) {
            count.setText("Tick at least one kind of item");
        } else {
            count.setText(count(events, "event") + (todos == 0 ? "" : " and " + count(todos, "to-do"))
                    + " will be written");
        }
        Button export = (Button) dialog.getDialogPane().lookupButton(exportType);
        if (export != null) {
            export.setDisable(writing || n == 0 || file.getText().isBlank());
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Calendar");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar files (*.ics)", "*.ics"));
        Path current = Path.of(file.getText().isBlank() ? folder.resolve("calendar.ics").toString() : file.getText());
        Path parent = current.toAbsolutePath().getParent();
        if (parent != null && parent.toFile().isDirectory()) {
            chooser.setInitialDirectory(parent.toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            Path path = chosen.toPath();
            if (!path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ics")) {
                path = path.resolveSibling(path.getFileName() + ".ics");
            }
            file.setText(path.toString());
        }
    }

    private void export() {
        AgendaSelection selection = selection();
        if (selection == null || file.getText().isBlank()) {
            return;
        }
        Path target = Path.of(file.getText().strip());
        Alarms alarms = alarms();
        writing = true;
        status.setText("Writing " + target.getFileName() + "…");
        refresh();
        background.run(() -> IcsExportFile.export(project, selection, alarms, target, Instant.now()), this::finished,
                e -> {
                    java.util.logging.Logger.getLogger(ExportCalendarDialog.class.getName())
                            .log(java.util.logging.Level.WARNING, "Could not export the calendar to " + target, e);
                    failed(target, e);
                });
    }

    private void finished(IcsExportFile.Result result) {
        writing = false;
        status.setText("");
        dialog.close();
        String key = whose.getValue().key();
        if (remembered != null && key != null) {
            remembered.put(LAST_WHOSE, key);
            remembered.store();
        }
        ExportDone.show(dialog.getOwner(), result, opener);
    }

    private void failed(Path target, Exception e) {
        writing = false;
        status.setText("");
        refresh();
        Alert error = DialogTheme.follow(new Alert(Alert.AlertType.ERROR));
        error.initOwner(dialog.getDialogPane().getScene().getWindow());
        error.setTitle("Export failed");
        error.setHeaderText("The calendar could not be written to " + target.getFileName());
        error.setContentText(e.getMessage() == null ? e.toString() : e.getMessage());
        error.show();
    }

    /** The file name suggested for a choice: "roadshow-zoe-muller.ics". */
    static String slug(String label) {
        String plain = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "calendar" : s;
    }
}
