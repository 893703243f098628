package org.roadshow.ui.checklist;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.roadshow.io.pdf.ChecklistPdf;
import org.roadshow.model.Project;
import org.roadshow.plan.checklist.ChecklistFilter;
import org.roadshow.plan.checklist.ChecklistQuery;
import org.roadshow.plan.checklist.ChecklistRow;
import org.roadshow.ui.print.PrintSource;

/** A trip's checklist (everyone's or one person's) to print: one section per list, as the PDF has them. */
final class ChecklistPrintSource implements PrintSource {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private final Project project;
    private final UUID trip;
    private final UUID person;
    private final Instant now;
    private final ZoneId here;

    ChecklistPrintSource(Project project, UUID trip, UUID person, Instant now, ZoneId here) {
        this.project = project;
        this.trip = trip;
        this.person = person;
        this.now = now;
        this.here = here;
    }

    @Override
    public String title() {
        return ChecklistPdf.title(project, trip, person);
    }

    @Override
    public String sectionPerPageLabel() {
        return "One list per page";
    }

    @Override
    public List<Region> sections(double width) {
        List<ChecklistRow> rows = ChecklistQuery.rows(project, ChecklistFilter.ALL.withTrip(trip).withPerson(person), now, here);
        List<Region> sections = new ArrayList<>();
        for (ChecklistQuery.Group group : ChecklistQuery.groups(rows)) {
            Label heading = new Label(group.label() + "   " + group.done() + " of " + group.total() + " done");
            heading.setStyle("-fx-font-weight: bold; -fx-font-size: 12px; -fx-padding: 8 0 4 0;");
            VBox section = new VBox(2, heading);
            for (ChecklistRow r : group.rows()) {
                Label box = new Label(r.item().done() ? "☒" : "☐");
                box.setStyle("-fx-font-size: 13px;");
                Label text = new Label(r.item().text());
                text.setWrapText(true);
                HBox.setHgrow(text, Priority.ALWAYS);
                text.setMaxWidth(Double.MAX_VALUE);
                String due = r.due().map(d -> (r.late() ? "late: " : "") + DAY.format(d.date())).orElse("");
                String who = person == null && r.item().assignee() != null ? project.personName(r.item().assignee()) : "";
                Label meta = new Label(String.join(" · ", List.of(due, who).stream().filter(s -> !s.isEmpty()).toList()));
                meta.setStyle("-fx-font-size: 10px; -fx-text-fill: #555;");
                meta.setMinWidth(Region.USE_PREF_SIZE);
                HBox line = new HBox(8, box, text, meta);
                line.setStyle("-fx-border-color: transparent transparent #dcdfe4 transparent; -fx-padding: 2 0 3 0;");
                section.getChildren().add(line);
            }
            section.setPrefWidth(width);
            section.setMaxWidth(width);
            sections.add(section);
        }
        return sections;
    }
}
