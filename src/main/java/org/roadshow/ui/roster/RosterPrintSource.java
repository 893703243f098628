package org.roadshow.ui.roster;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.roadshow.io.print.RosterSheet;
import org.roadshow.io.print.RosterText;
import org.roadshow.ui.print.PrintSource;

/** The roster as printed pages: the header, then a table per day like the PDF's, black on white. */
final class RosterPrintSource implements PrintSource {
    private static final String CELL = "-fx-border-color: #909090; -fx-border-width: 0.5; -fx-padding: 5 5 7 5; "
            + "-fx-text-fill: #202020; -fx-font-size: 9pt;";
    private static final String LINE = "-fx-border-color: #909090; -fx-border-width: 0.5; -fx-background-color: "
            + "linear-gradient(to top, transparent 0, transparent 10, #404040 10, #404040 10.7, transparent 10.7);";

    private final RosterSheet sheet;

    RosterPrintSource(RosterSheet sheet) {
        this.sheet = sheet;
    }

    @Override
    public String title() {
        return RosterText.title(sheet);
    }

    @Override
    public String sectionPerPageLabel() {
        return "One day per page";
    }

    @Override
    public List<Region> sections(double width) {
        List<Region> out = new ArrayList<>();
        VBox header = new VBox(2);
        Label title = new Label(RosterText.title(sheet));
        title.setStyle("-fx-font-size: 15pt; -fx-font-weight: bold; -fx-text-fill: #202020;");
        header.getChildren().add(title);
        for (String line : RosterText.headerLines(sheet)) {
            Label l = new Label(line);
            l.setStyle("-fx-font-size: 9.5pt; -fx-text-fill: #202020;");
            header.getChildren().add(l);
        }
        header.setPadding(new Insets(8, 0, 10, 0));
        out.add(header);
        int places = sheet.places();
        for (RosterSheet.Day day : sheet.days()) {
            GridPane grid = new GridPane();
            ColumnConstraints time = new ColumnConstraints();
            time.setPercentWidth(100.0 * 1.1 / (1.1 + 2 * places));
            grid.getColumnConstraints().add(time);
            for (int i = 0; i < places; i++) {
                ColumnConstraints c = new ColumnConstraints();
                c.setPercentWidth(100.0 * 2 / (1.1 + 2 * places));
                grid.getColumnConstraints().add(c);
            }
            int r = 0;
            for (RosterSheet.Row row : day.rows()) {
                grid.add(cell(row.times(), CELL + "-fx-font-weight: bold;"), 0, r);
                int col = 1;
                for (String name : row.names()) {
                    grid.add(cell(name, CELL), col++, r);
                }
                for (int i = 0; i < row.open(); i++) {
                    grid.add(cell(i < row.needed() ? "needed" : " ", LINE + "-fx-font-size: 6.5pt; -fx-text-fill: #606060;"
                            + "-fx-padding: 12 5 0 5; -fx-alignment: bottom-left;"), col++, r);
                }
                for (; col <= places; col++) {
                    grid.add(cell(" ", CELL + "-fx-background-color: #f6f6f6;"), col, r);
                }
                r++;
            }
            Label heading = new Label(RosterText.day(day.date()));
            heading.setStyle("-fx-font-size: 11.5pt; -fx-font-weight: bold; -fx-text-fill: #202020;");
            VBox section = new VBox(5, heading, grid);
            section.setPadding(new Insets(0, 0, 14, 0));
            section.setPrefWidth(width);
            out.add(section);
        }
        return out;
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.setStyle(style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setMinHeight(26);
        GridPane.setFillWidth(l, true);
        GridPane.setFillHeight(l, true);
        return l;
    }
}
