package org.roadshow.io.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.checklist.ChecklistFilter;
import org.roadshow.plan.checklist.ChecklistQuery;
import org.roadshow.plan.checklist.ChecklistRow;

/**
 * A trip's checklist on paper, for everyone or one person: each list (the trip's own, a booth's, a talk's...)
 * with its progress, then one line per item with a box to tick by hand, the item, when it is due and who
 * does it. Ticked items print with a cross in their box.
 */
public final class ChecklistPdf {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private ChecklistPdf() {
    }

    /** "Checklist · FOSDEM 2017", and " · Zoë Müller" when it is one person's. */
    public static String title(Project project, UUID tripId, UUID person) {
        String trip = project.trip(tripId).map(Trip::name).orElse("");
        return "Checklist · " + trip + (person == null ? "" : " · " + project.personName(person));
    }

    public static PdfReport.Body body(Project project, UUID tripId, UUID person, Instant now, ZoneId here) {
        return pages -> {
            pages.title(title(project, tripId, person));
            List<ChecklistRow> rows = ChecklistQuery.rows(project, ChecklistFilter.ALL.withTrip(tripId).withPerson(person),
                    now, here);
            long done = rows.stream().filter(r -> r.item().done()).count();
            pages.mutedLine(rows.isEmpty() ? "Nothing on this checklist yet." : done + " of " + rows.size() + " done");
            for (ChecklistQuery.Group group : ChecklistQuery.groups(rows)) {
                pages.gap(6);
                pages.add(new com.lowagie.text.Paragraph(group.label() + "   " + group.done() + " of " + group.total()
                        + " done", PdfFonts.bold(12)));
                pages.add(table(group, project, person == null));
            }
        };
    }

    private static PdfPTable table(ChecklistQuery.Group group, Project project, boolean withWho) throws DocumentException {
        PdfPTable table = new PdfPTable(withWho ? new float[] {4, 58, 24, 14} : new float[] {4, 66, 30});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (ChecklistRow r : group.rows()) {
            PdfPCell box = new PdfPCell(new Phrase(r.item().done() ? "X" : " ", PdfFonts.bold(9)));
            box.setBorder(Rectangle.BOX);
            box.setHorizontalAlignment(Element.ALIGN_CENTER);
            box.setFixedHeight(12);
            box.setPadding(0);
            PdfPCell wrap = new PdfPCell();
            wrap.setBorder(Rectangle.NO_BORDER);
            wrap.setPadding(3);
            PdfPTable inner = new PdfPTable(1);
            inner.setWidthPercentage(100);
            inner.addCell(box);
            wrap.addElement(inner);
            table.addCell(wrap);
            table.addCell(cell(r.item().text(), r.item().done() ? PdfFonts.muted(10) : PdfFonts.regular(10)));
            String due = r.due().map(d -> (r.late() ? "late: " : "") + DAY.format(d.date())
                    + (d.allDay() ? "" : " " + d.time())).orElse("");
            table.addCell(cell(due, r.late() ? PdfFonts.bold(9) : PdfFonts.muted(9)));
            if (withWho) {
                table.addCell(cell(r.item().assignee() == null ? "" : project.personName(r.item().assignee()),
                        PdfFonts.regular(9)));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, com.lowagie.text.Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(new java.awt.Color(0xdc, 0xdf, 0xe4));
        c.setPaddingTop(3);
        c.setPaddingBottom(5);
        return c;
    }
}
