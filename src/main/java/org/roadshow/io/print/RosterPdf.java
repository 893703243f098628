package org.roadshow.io.print;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import org.roadshow.io.pdf.PdfFonts;
import org.roadshow.io.pdf.PdfReport;
import org.roadshow.io.pdf.ReportPages;

/**
 * The roster PDF for the booth table: the header (booth, place, partners, dates), then per day a table of
 * shifts with one column per place: the name of whoever is on it, or a blank line to sign up on ("needed"
 * under the lines that the booth's minimum still wants). Every word is selectable text.
 */
public final class RosterPdf implements PdfReport.Body {
    private static final Color RULE = new Color(0x90, 0x90, 0x90);
    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);
    private static final Color NO_PLACE = new Color(0xF6, 0xF6, 0xF6);

    private final RosterSheet sheet;
    private final boolean dayPerPage;

    public RosterPdf(RosterSheet sheet, boolean dayPerPage) {
        this.sheet = sheet;
        this.dayPerPage = dayPerPage;
    }

    @Override
    public void write(ReportPages pages) throws DocumentException {
        header(pages);
        if (sheet.days().isEmpty()) {
            pages.mutedLine("This booth has no opening hours and no shifts yet.");
            return;
        }
        int places = sheet.places();
        boolean first = true;
        for (RosterSheet.Day day : sheet.days()) {
            if (dayPerPage && !first) {
                pages.newPage();
                header(pages);
            }
            first = false;
            pages.add(dayTable(day, places, pages.contentWidth()));
        }
    }

    private void header(ReportPages pages) throws DocumentException {
        pages.title(RosterText.title(sheet));
        for (String line : RosterText.headerLines(sheet)) {
            pages.line(line);
        }
        pages.gap(6);
    }

    private static PdfPTable dayTable(RosterSheet.Day day, int places, float width) throws DocumentException {
        PdfPTable table = new PdfPTable(places + 1);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        float[] widths = new float[places + 1];
        widths[0] = 1.1f;
        for (int i = 1; i <= places; i++) {
            widths[i] = 2f;
        }
        table.setWidths(widths);
        table.setHeaderRows(2);
        table.setSpacingAfter(14);
        table.setKeepTogether(true);

        PdfPCell dayCell = new PdfPCell(new Phrase(RosterText.day(day.date()), PdfFonts.bold(12)));
        dayCell.setColspan(places + 1);
        dayCell.setBorder(Rectangle.NO_BORDER);
        dayCell.setPaddingBottom(6);
        table.addCell(dayCell);
        table.addCell(headCell("Time"));
        for (int i = 1; i <= places; i++) {
            table.addCell(headCell(places == 1 ? "On duty" : "Place " + i));
        }
        if (day.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("No shifts on this day.", PdfFonts.muted(9)));
            none.setColspan(places + 1);
            none.setPadding(6);
            table.addCell(none);
        }
        for (RosterSheet.Row row : day.rows()) {
            PdfPCell time = cell(new Phrase(row.times(), PdfFonts.bold(10)));
            table.addCell(time);
            for (String name : row.names()) {
                table.addCell(cell(new Phrase(name, PdfFonts.regular(10))));
            }
            for (int i = 0; i < row.open(); i++) {
                table.addCell(signUp(i < row.needed()));
            }
            for (int i = row.names().size() + row.open(); i < places; i++) {
                PdfPCell none = cell(new Phrase(" ", PdfFonts.regular(10)));
                none.setBackgroundColor(NO_PLACE);
                table.addCell(none);
            }
        }
        return table;
    }

    private static PdfPCell headCell(String text) {
        PdfPCell c = cell(new Phrase(text, PdfFonts.muted(8.5f)));
        c.setBackgroundColor(HEAD);
        return c;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setPaddingTop(5);
        c.setPaddingBottom(7);
        c.setPaddingLeft(5);
        c.setMinimumHeight(26);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    /** A blank line to write a name on; "needed" under it while the shift is below its minimum. */
    private static PdfPCell signUp(boolean needed) {
        PdfPCell c = cell(new Phrase(needed ? "needed" : " ", PdfFonts.muted(7)));
        c.setVerticalAlignment(Element.ALIGN_BOTTOM);
        c.setCellEvent((cell, position, canvases) -> {
            var cb = canvases[PdfPTable.LINECANVAS];
            float y = position.getBottom() + 12;
            cb.saveState();
            cb.setColorStroke(new Color(0x40, 0x40, 0x40));
            cb.setLineWidth(0.6f);
            cb.moveTo(position.getLeft() + 6, y);
            cb.lineTo(position.getRight() - 6, y);
            cb.stroke();
            cb.restoreState();
        });
        c.setPaddingBottom(2);
        return c;
    }
}
