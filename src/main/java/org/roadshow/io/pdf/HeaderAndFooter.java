package org.roadshow.io.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Draws the running title and a rule at the top of each page, and the printed-on date and "Page x of y"
 * at the bottom ("Page x of y" on the left, where the number can follow its text). The total is not known until the end, so each page refers to one shared template that
 * gets the number when the document closes.
 */
final class HeaderAndFooter extends PdfPageEventHelper {
    private static final float SIZE = 8.5f;
    private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
    private static final Color MUTED = new Color(0x60, 0x60, 0x60);

    private final String title;
    private final String printedOn;
    private PdfTemplate total;

    HeaderAndFooter(String title, String printedOn) {
        this.title = title;
        this.printedOn = printedOn;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        BaseFont font = PdfFonts.base();
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("00000", SIZE), SIZE + 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        BaseFont font = PdfFonts.base();
        Rectangle page = document.getPageSize();
        float left = document.leftMargin();
        float right = page.getWidth() - document.rightMargin();
        float headerY = page.getHeight() - PdfReport.MARGIN - SIZE;
        float footerY = PdfReport.MARGIN;
        PdfContentByte cb = writer.getDirectContent();

        cb.saveState();
        cb.setColorStroke(RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, headerY - 5);
        cb.lineTo(right, headerY - 5);
        cb.moveTo(left, footerY + SIZE + 6);
        cb.lineTo(right, footerY + SIZE + 6);
        cb.stroke();
        cb.restoreState();

        cb.saveState();
        cb.setColorFill(MUTED);
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, title, left, headerY, 0);
        String pageOf = "Page " + writer.getPageNumber() + " of ";
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, pageOf, left, footerY, 0);
        cb.showTextAligned(PdfContentByte.ALIGN_RIGHT, printedOn, right, footerY, 0);
        cb.endText();
        cb.restoreState();
        cb.addTemplate(total, left + font.getWidthPoint(pageOf, SIZE), footerY);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setColorFill(MUTED);
        total.setFontAndSize(PdfFonts.base(), SIZE);
        total.setTextMatrix(0, 0);
        String text = String.valueOf(writer.getPageNumber() - 1);
        total.showText(text);
        total.endText();
    }
}
