package org.roadshow.ui.roster;

import java.time.LocalDate;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.roadshow.io.print.RosterText;
import org.roadshow.plan.roster.RosterHours;

/** Everyone's booth hours per day and in all, as a small grid beside the roster. */
final class TotalsTable {
    private final GridPane grid = new GridPane();

    TotalsTable() {
        grid.setId("roster-totals");
        grid.getStyleClass().add("roster-totals");
        grid.setHgap(12);
        grid.setVgap(4);
    }

    Node node() {
        return grid;
    }

    void show(RosterState state) {
        grid.getChildren().clear();
        if (state == null) {
            return;
        }
        int col = 1;
        for (LocalDate day : state.days()) {
            grid.add(head(RosterText.shortDay(day)), col++, 0);
        }
        grid.add(head("In all"), col, 0);
        int row = 1;
        for (RosterHours h : state.hours()) {
            grid.add(new Label(state.project().personName(h.person())), 0, row);
            int c = 1;
            for (LocalDate day : state.days()) {
                grid.add(number(h.minutesOn(day)), c++, row);
            }
            Label total = number(h.totalMinutes());
            total.getStyleClass().add("roster-total");
            total.setId("total-" + h.person());
            grid.add(total, c, row);
            row++;
        }
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("roster-totals-head");
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }

    private static Label number(int minutes) {
        Label l = new Label(minutes == 0 ? "–" : RosterText.shortHours(minutes));
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }
}
