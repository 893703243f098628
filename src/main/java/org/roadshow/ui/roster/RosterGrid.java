package org.roadshow.ui.roster;

import java.util.List;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.roadshow.io.print.RosterSheet;
import org.roadshow.io.print.RosterText;

/**
 * The days × shifts grid of the Roster tab: a row per shift with its time, its marks (short of people,
 * clashing with someone's plans) and a box per place, holding a name or a blank line to drop someone on.
 */
final class RosterGrid {
    interface Drops {
        void onShift(RosterDrag.Payload payload, UUID shiftId);
    }

    /** What a shift's time cell offers on right-click. */
    interface ShiftActions {
        void split(UUID shiftId);

        void mergeWithNext(UUID shiftId);

        boolean hasNext(UUID shiftId);
    }

    private RosterGrid() {
    }

    static VBox build(RosterState state, RosterDrag drag, Drops drops, ShiftActions actions) {
        VBox days = new VBox(18);
        days.getStyleClass().add("roster-days");
        int places = state.sheet().places();
        if (state.sheet().days().isEmpty()) {
            Label none = new Label("This booth has no opening hours and no shifts yet. Set its opening hours in its "
                    + "Details, then add shifts.");
            none.setWrapText(true);
            none.getStyleClass().add("roster-empty");
            days.getChildren().add(none);
        }
        for (RosterSheet.Day day : state.sheet().days()) {
            Label heading = new Label(RosterText.day(day.date()));
            heading.getStyleClass().add("roster-day");
            GridPane grid = new GridPane();
            grid.getStyleClass().add("roster-grid");
            grid.setHgap(6);
            grid.setVgap(6);
            ColumnConstraints time = new ColumnConstraints(175);
            grid.getColumnConstraints().add(time);
            for (int i = 0; i < places; i++) {
                ColumnConstraints c = new ColumnConstraints(110, 160, 240);
                c.setHgrow(Priority.SOMETIMES);
                grid.getColumnConstraints().add(c);
            }
            int r = 0;
            for (RosterSheet.Row row : day.rows()) {
                grid.add(timeCell(state, row, actions), 0, r);
                int col = 1;
                for (int i = 0; i < row.people().size(); i++) {
                    grid.add(personCell(state, row, row.people().get(i), row.names().get(i), drag, drops), col++, r);
                }
                for (int i = 0; i < row.open(); i++) {
                    grid.add(openCell(row, i < row.needed(), drag, drops), col++, r);
                }
                r++;
            }
            if (day.rows().isEmpty()) {
                Label none = new Label("No shifts on this day.");
                none.getStyleClass().add("roster-empty");
                grid.add(none, 0, 0, places + 1, 1);
            }
            days.getChildren().add(new VBox(6, heading, grid));
        }
        return days;
    }

    private static Region timeCell(RosterState state, RosterSheet.Row row, ShiftActions actions) {
        Label times = new Label(row.times());
        times.getStyleClass().add("roster-time");
        HBox box = new HBox(6, times);
        box.setAlignment(Pos.CENTER_LEFT);
        if (state.isShort(row)) {
            Label mark = new Label(row.needed() + " short");
            mark.getStyleClass().addAll("roster-mark", "roster-short");
            mark.setTooltip(new Tooltip("Below the booth's minimum of " + state.booth().minStaff()
                    + " people. " + state.reasonByShift().getOrDefault(row.shiftId(), "Fill can put someone here.")));
            box.getChildren().add(mark);
        }
        List<String> clashes = state.conflictsByShift().getOrDefault(row.shiftId(), List.of());
        if (!clashes.isEmpty()) {
            Label mark = new Label("clash");
            mark.getStyleClass().addAll("roster-mark", "roster-clash");
            mark.setTooltip(new Tooltip(String.join("\n", clashes)));
            box.getChildren().add(mark);
        }
        box.setId("time-" + row.shiftId());
        MenuItem split = new MenuItem("Split in two");
        split.setOnAction(e -> actions.split(row.shiftId()));
        MenuItem merge = new MenuItem("Merge with the next shift");
        merge.setOnAction(e -> actions.mergeWithNext(row.shiftId()));
        merge.setDisable(!actions.hasNext(row.shiftId()));
        ContextMenu menu = new ContextMenu(split, merge);
        // A right-click shows it on every platform (not all send a context-menu request); the request covers the menu key.
        box.setOnMousePressed(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                menu.show(box, e.getScreenX(), e.getScreenY());
            }
        });
        box.setOnContextMenuRequested(e -> {
            if (!menu.isShowing()) {
                menu.show(box, e.getScreenX(), e.getScreenY());
            }
        });
        return box;
    }

    private static Region personCell(RosterState state, RosterSheet.Row row, UUID person, String name, RosterDrag drag,
                                     Drops drops) {
        boolean pinned = state.isPinned(row.shiftId(), person);
        Label label = new Label(pinned ? name + "  •" : name);
        label.getStyleClass().add("roster-name");
        if (pinned) {
            label.getStyleClass().add("roster-pinned");
            label.setTooltip(new Tooltip(name + " was put here by hand: Fill keeps them, Clear unpinned too."));
        }
        StackPane cell = new StackPane(label);
        cell.getStyleClass().addAll("roster-place", "roster-taken");
        cell.setAlignment(Pos.CENTER_LEFT);
        cell.setId("place-" + row.shiftId() + "-" + person);
        drag.source(cell, person, row.shiftId());
        drag.target(cell, p -> drops.onShift(p, row.shiftId()));
        return cell;
    }

    private static Region openCell(RosterSheet.Row row, boolean needed, RosterDrag drag, Drops drops) {
        Region line = new Region();
        line.getStyleClass().add("roster-line");
        line.setMaxWidth(Double.MAX_VALUE);
        VBox cell = new VBox(line);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setAlignment(Pos.BOTTOM_LEFT);
        if (needed) {
            Label note = new Label("needed");
            note.getStyleClass().add("roster-needed");
            cell.getChildren().add(note);
        }
        cell.getStyleClass().addAll("roster-place", "roster-open");
        cell.setId("open-" + row.shiftId());
        drag.target(cell, p -> drops.onShift(p, row.shiftId()));
        return cell;
    }
}
