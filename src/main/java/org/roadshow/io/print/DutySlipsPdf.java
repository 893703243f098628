package org.roadshow.io.print;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import java.util.UUID;
import org.roadshow.io.pdf.PdfFonts;
import org.roadshow.io.pdf.PdfReport;
import org.roadshow.io.pdf.ReportPages;

/**
 * A slip per person with their own booth duties: when, with whom, and their hours in all. One page each,
 * or as many to a page as fit, with a dashed line to cut along between them.
 */
public final class DutySlipsPdf implements PdfReport.Body {
    /** Someone to make a slip for, in the order the slips are printed. */
    public record Holder(UUID id, String name) {
    }

    private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);

    private final RosterSheet sheet;
    private final List<Holder> people;
    private final boolean pagePerPerson;

    public DutySlipsPdf(RosterSheet sheet, List<Holder> people, boolean pagePerPerson) {
        this.sheet = sheet;
        this.people = people;
        this.pagePerPerson = pagePerPerson;
    }

    /** Those who have at least one duty on the sheet. */
    public static List<Holder> onDuty(RosterSheet sheet, List<Holder> team) {
        return team.stream().filter(h -> !sheet.dutiesOf(h.id()).isEmpty()).toList();
    }

    @Override
    public void write(ReportPages pages) throws DocumentException {
        if (people.isEmpty()) {
            pages.mutedLine("Nobody is on duty at " + sheet.boothName() + " yet.");
            return;
        }
        boolean first = true;
        for (Holder person : people) {
            if (pagePerPerson && !first) {
                pages.newPage();
            }
            pages.add(slip(person, pages.contentWidth(), !pagePerPerson && !first));
            first = false;
        }
    }

    private PdfPTable slip(Holder person, float width, boolean cutLineAbove) throws DocumentException {
        PdfPTable outer = new PdfPTable(1);
        outer.setTotalWidth(width);
        outer.setLockedWidth(true);
        outer.setKeepTogether(true);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(cutLineAbove ? 16 : 0);
        cell.setPaddingBottom(18);
        if (cutLineAbove) {
            cell.setCellEvent((c, position, canvases) -> {
                var cb = canvases[PdfPTable.LINECANVAS];
                cb.saveState();
                cb.setColorStroke(RULE);
                cb.setLineDash(4, 3, 0);
                cb.setLineWidth(0.6f);
                cb.moveTo(position.getLeft(), position.getTop() - 4);
                cb.lineTo(position.getRight(), position.getTop() - 4);
                cb.stroke();
                cb.restoreState();
            });
        }
        cell.addElement(new Paragraph("Booth duty · " + person.name(), PdfFonts.bold(14)));
        String where = sheet.boothName() + (sheet.conference().isBlank() ? "" : " · " + sheet.conference())
                + (sheet.city().isBlank() ? "" : ", " + sheet.city());
        cell.addElement(new Paragraph(where, PdfFonts.regular(10)));
        if (!sheet.location().isBlank()) {
            cell.addElement(new Paragraph("Location: " + sheet.location(), PdfFonts.regular(10)));
        }
        cell.addElement(new Paragraph("Times in " + RosterText.zone(sheet.zone(),
                sheet.firstDay().orElse(java.time.LocalDate.now())), PdfFonts.muted(9)));

        List<RosterSheet.Duty> duties = sheet.dutiesOf(person.id());
        PdfPTable table = new PdfPTable(new float[] {2.2f, 1.2f, 4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.addCell(head("Day"));
        table.addCell(head("Time"));
        table.addCell(head("With"));
        long minutes = 0;
        for (RosterSheet.Duty duty : duties) {
            table.addCell(body(RosterText.day(duty.date())));
            table.addCell(body(duty.row().times()));
            table.addCell(body(duty.with().isEmpty() ? "on your own" : String.join(", ", duty.with())));
            minutes += duty.minutes();
        }
        cell.addElement(table);
        long days = duties.stream().map(RosterSheet.Duty::date).distinct().count();
        Paragraph total = new Paragraph("In all: " + RosterText.hours(minutes) + " on " + days
                + (days == 1 ? " day" : " days"), PdfFonts.bold(10));
        total.setSpacingBefore(4);
        cell.addElement(total);
        outer.addCell(cell);
        return outer;
    }

    private static PdfPCell head(String text) {
        PdfPCell c = body(text);
        c.setPhrase(new Phrase(text, PdfFonts.muted(8.5f)));
        return c;
    }

    private static PdfPCell body(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, PdfFonts.regular(10)));
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setPaddingTop(3);
        c.setPaddingBottom(5);
        return c;
    }
}
