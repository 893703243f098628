package org.roadshow.ui.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.roadshow.edit.Edit;
import org.roadshow.edit.RosterEdits;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.plan.roster.FillResult;
import org.roadshow.plan.roster.RosterFill;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.print.Printing;

/**
 * The Roster tab: choose a trip and a booth, see its days × shifts with names and blank places, drag people
 * from the team list onto places and off them, fill and clear, read everyone's hours and why places are
 * empty, and print, save the PDF or CSV, or make duty slips. Every change is one Edit through the Document.
 */
public final class RosterView extends BorderPane {
    private final Document document;
    private final RosterDrag drag = new RosterDrag();
    private final RosterExports exports;
    private final ChoiceBox<Trip> trips = new ChoiceBox<>();
    private final ChoiceBox<Booth> booths = new ChoiceBox<>();
    private final ListView<UUID> team = new ListView<>();
    private final ScrollPane days = new ScrollPane();
    private final TotalsTable totals = new TotalsTable();
    private final ListView<String> empty = new ListView<>();
    private final Button fill = new Button("Fill");
    private final Button clear = new Button("Clear unpinned");
    private final Button make = new Button("Make shifts");
    private final Label note = new Label();
    private final AvailabilityEditor availability = new AvailabilityEditor(this::apply);
    private RosterState state;
    private boolean choosing;

    public RosterView(Document document, Printing printing, RosterExports.Context context) {
        this.document = document;
        this.exports = new RosterExports(printing, context, () -> state);
        getStyleClass().add("roster-view");
        getStylesheets().add(Objects.requireNonNull(RosterView.class.getResource("roster.css")).toExternalForm());
        setTop(toolbar());
        setCenter(body());
        document.projectProperty().addListener((o, was, now) -> refresh());
        trips.setOnAction(e -> {
            if (!choosing) {
                chooseBooths();
                refresh();
            }
        });
        booths.setOnAction(e -> {
            if (!choosing) {
                refresh();
            }
        });
        refresh();
    }

    private HBox toolbar() {
        trips.setId("roster-trip");
        booths.setId("roster-booth");
        trips.setConverter(named(Trip::name));
        booths.setConverter(named(Booth::name));
        fill.setId("roster-fill");
        fill.setOnAction(e -> fill());
        make.setId("roster-make");
        make.setTooltip(new javafx.scene.control.Tooltip("Make the booth's shifts again from its opening hours, shift "
                + "length and hand-over (set in its Details). Shifts with the same times keep their people."));
        make.setOnAction(e -> current().ifPresent(s -> apply(RosterEdits.makeShifts(s.trip().id(), s.booth()))));
        clear.setId("roster-clear");
        clear.setOnAction(e -> current().ifPresent(s -> apply(RosterEdits.clearUnpinned(s.trip().id(), s.booth().id()))));
        Button print = new Button("Print…");
        print.setId("roster-print");
        print.setOnAction(e -> exports.print());
        Button pdf = new Button("Save PDF…");
        pdf.setOnAction(e -> exports.savePdf(exports.options()));
        Button csv = new Button("Save CSV…");
        csv.setOnAction(e -> exports.saveCsv());
        csv.setVisible(exports.canSaveCsv());
        csv.setManaged(exports.canSaveCsv());
        Button slips = new Button("Duty slips…");
        slips.setOnAction(e -> exports.dutySlips());
        for (Button b : List.of(print, pdf, csv, slips)) {
            b.disableProperty().bind(booths.valueProperty().isNull());
        }
        trips.setMaxWidth(220);
        booths.setMaxWidth(180);
        Label tripLabel = new Label("Trip");
        Label boothLabel = new Label("Booth");
        for (javafx.scene.control.Control c : List.of(tripLabel, boothLabel, make, fill, clear, print, pdf, csv, slips)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, tripLabel, trips, boothLabel, booths, new Separator(), make, fill, clear, gap,
                print, pdf, csv, slips);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("roster-toolbar");
        return bar;
    }

    private SplitPane body() {
        team.setId("roster-team");
        team.setCellFactory(v -> new TeamCell());
        team.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showAvailability());
        drag.target(team, p -> {
            if (p.fromShift() != null) {
                current().ifPresent(s -> apply(RosterEdits.unassign(s.trip().id(), p.fromShift(), p.person())));
            }
        });
        Label teamTitle = new Label("Team: drag onto a place; pick someone to set their availability");
        teamTitle.setWrapText(true);
        teamTitle.getStyleClass().add("roster-heading");
        VBox left = new VBox(6, teamTitle, team);
        VBox.setVgrow(team, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setMinWidth(180);

        days.setFitToWidth(true);
        days.setId("roster-days");
        note.getStyleClass().add("roster-note");
        note.setWrapText(true);
        VBox centre = new VBox(6, note, days);
        VBox.setVgrow(days, Priority.ALWAYS);
        centre.setPadding(new Insets(8));

        empty.setId("roster-empty-places");
        empty.setPlaceholder(new Label("Every shift has its minimum."));
        empty.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label totalsTitle = new Label("Hours");
        totalsTitle.getStyleClass().add("roster-heading");
        Label emptyTitle = new Label("Empty places");
        emptyTitle.getStyleClass().add("roster-heading");
        ScrollPane totalsScroll = new ScrollPane(totals.node());
        totalsScroll.getStyleClass().add("roster-totals-scroll");
        VBox hours = new VBox(6, totalsTitle, totalsScroll);
        VBox.setVgrow(totalsScroll, Priority.ALWAYS);
        VBox places = new VBox(6, emptyTitle, empty);
        VBox.setVgrow(empty, Priority.ALWAYS);
        Node editor = availability.node();
        HBox.setHgrow(hours, Priority.ALWAYS);
        HBox.setHgrow(places, Priority.ALWAYS);
        HBox.setHgrow(editor, Priority.ALWAYS);
        hours.setPrefWidth(400);
        places.setPrefWidth(280);
        ((Region) editor).setPrefWidth(340);
        ((Region) editor).setMinWidth(300);
        hours.setMinWidth(180);
        places.setMinWidth(200);
        HBox bottom = new HBox(12, hours, places, editor);
        bottom.setPrefHeight(230);
        bottom.setMinHeight(190);

        SplitPane centreSplit = new SplitPane(centre, bottom);
        centreSplit.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centreSplit.setDividerPositions(0.66);
        bottom.setPadding(new Insets(8));

        SplitPane split = new SplitPane(left, centreSplit);
        split.setDividerPositions(0.2);
        return split;
    }

    public Optional<RosterState> current() {
        return Optional.ofNullable(state);
    }

    private void fill() {
        current().ifPresent(s -> {
            FillResult result = RosterFill.fill(s.project(), s.trip(), s.booth());
            apply(RosterEdits.fill(s.trip().id(), result.shifts()));
        });
    }

    private void apply(Edit edit) {
        if (!document.isReadOnly()) {
            document.apply(edit);
        }
    }

    private void dropOnShift(RosterDrag.Payload p, UUID shiftId) {
        RosterState s = state;
        if (s == null || shiftId.equals(p.fromShift())) {
            return;
        }
        UUID tripId = s.trip().id();
        boolean already = s.sheet().days().stream().flatMap(d -> d.rows().stream())
                .anyMatch(r -> r.shiftId().equals(shiftId) && r.people().contains(p.person()));
        boolean full = s.sheet().days().stream().flatMap(d -> d.rows().stream())
                .anyMatch(r -> r.shiftId().equals(shiftId) && r.open() == 0);
        if (already || full) {
            note.setText(already ? s.project().personName(p.person()) + " is on that shift already."
                    : "That shift is full: take someone off it first.");
            return;
        }
        Edit assign = RosterEdits.assign(tripId, shiftId, p.person());
        if (p.fromShift() == null) {
            apply(assign);
        } else {
            Edit off = RosterEdits.unassign(tripId, p.fromShift(), p.person());
            apply(Edit.of("Move to another shift", project -> assign.apply(off.apply(project))));
        }
    }

    private void chooseBooths() {
        Trip trip = trips.getValue();
        Booth was = booths.getValue();
        List<Booth> list = trip == null ? List.of() : trip.items(Booth.class);
        choosing = true;
        booths.getItems().setAll(list);
        booths.setValue(list.stream().filter(b -> was != null && b.id().equals(was.id())).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
        choosing = false;
    }

    private void refresh() {
        Project project = document.project();
        Trip was = trips.getValue();
        choosing = true;
        trips.getItems().setAll(project.trips());
        trips.setValue(project.trips().stream().filter(t -> was != null && t.id().equals(was.id())).findFirst()
                .orElse(project.trips().stream().filter(t -> !t.items(Booth.class).isEmpty()).findFirst()
                        .orElse(project.trips().isEmpty() ? null : project.trips().get(0))));
        choosing = false;
        chooseBooths();
        Trip trip = trips.getValue();
        Booth booth = booths.getValue();
        if (trip == null || booth == null) {
            state = null;
            team.getItems().clear();
            empty.getItems().clear();
            totals.show(null);
            note.setText(trip == null ? "Add a trip and a booth to plan its duty roster."
                    : "This trip has no booth yet. Add one (Item › New › Booth) to plan its duty roster.");
            days.setContent(null);
            fill.setDisable(true);
            clear.setDisable(true);
            make.setDisable(true);
            availability.show(null, null, true);
            return;
        }
        state = RosterState.of(project, trip, booth);
        note.setText(booth.minStaff() + " to " + Math.max(booth.minStaff(), booth.maxStaff())
                + " people per shift. Names marked • were put on by hand and stay when you Fill or Clear. "
                + "Right-click a shift's time to split or merge it.");
        UUID picked = team.getSelectionModel().getSelectedItem();
        team.getItems().setAll(trip.people());
        if (!trip.people().isEmpty()) {
            boolean stays = picked != null && trip.people().contains(picked);
            team.getSelectionModel().select(stays ? picked : trip.people().get(0));
        }
        showAvailability();
        days.setContent(RosterGrid.build(state, drag, this::dropOnShift, shiftActions()));
        totals.show(state);
        empty.getItems().setAll(state.emptyPlaces());
        fill.setDisable(document.isReadOnly());
        clear.setDisable(document.isReadOnly());
        make.setDisable(document.isReadOnly() || state.booth().hours().isEmpty());
    }

    private RosterGrid.ShiftActions shiftActions() {
        return new RosterGrid.ShiftActions() {
            @Override
            public void split(UUID shiftId) {
                current().ifPresent(s -> apply(RosterEdits.split(s.trip().id(), shiftId, UUID.randomUUID())));
            }

            @Override
            public void mergeWithNext(UUID shiftId) {
                current().ifPresent(s -> apply(RosterEdits.mergeWithNext(s.trip().id(), shiftId)));
            }

            @Override
            public boolean hasNext(UUID shiftId) {
                return current().flatMap(s -> s.trip().item(shiftId).filter(Shift.class::isInstance)
                        .map(Shift.class::cast).flatMap(sh -> RosterEdits.nextOf(s.trip(), sh))).isPresent();
            }
        };
    }

    private void showAvailability() {
        availability.show(state, state == null ? null : team.getSelectionModel().getSelectedItem(),
                document.isReadOnly());
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A team member with their hours in all; pick them up to drag them onto a place. */
    private final class TeamCell extends ListCell<UUID> {
        @Override
        protected void updateItem(UUID person, boolean isEmpty) {
            super.updateItem(person, isEmpty);
            if (isEmpty || person == null || state == null) {
                setText(null);
                setOnDragDetected(null);
                return;
            }
            setText(state.project().personName(person) + "  ·  " + state.totalOf(person));
            drag.source(this, person, null);
            setId("team-" + person);
        }
    }
}
