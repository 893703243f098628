package org.roadshow.io.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** The open PDF a report body writes into, with the few building blocks Roadshow's reports share. */
public final class ReportPages {
    private final Document document;
    private final PdfWriter writer;
    private boolean content;

    ReportPages(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    public Document document() {
        return document;
    }

    public PdfWriter writer() {
        return writer;
    }

    /** The width between the margins, for tables. */
    public float contentWidth() {
        return document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
    }

    /** The height between the header and the footer. */
    public float contentHeight() {
        return document.getPageSize().getHeight() - document.topMargin() - document.bottomMargin();
    }

    /** What is left on the current page below what has been written. */
    public float heightLeft() {
        return writer.getVerticalPosition(true) - document.bottomMargin();
    }

    public void add(Element element) throws DocumentException {
        document.add(element);
        content = true;
    }

    public void title(String text) throws DocumentException {
        Paragraph p = new Paragraph(text, PdfFonts.bold(16));
        p.setSpacingAfter(4);
        add(p);
    }

    public void line(String text) throws DocumentException {
        add(new Paragraph(text, PdfFonts.regular(10)));
    }

    public void mutedLine(String text) throws DocumentException {
        add(new Paragraph(text, PdfFonts.muted(9)));
    }

    public void gap(float points) throws DocumentException {
        Paragraph p = new Paragraph(" ", PdfFonts.regular(2));
        p.setSpacingAfter(points);
        add(p);
    }

    /** Starts a new page, unless the current one is still empty. */
    public void newPage() {
        document.newPage();
    }

    void emptyNote(String text) throws DocumentException {
        mutedLine(text);
    }

    boolean hasContent() {
        return content;
    }
}
