package org.roadshow.io.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import org.roadshow.io.project.AtomicFile;

/**
 * A PDF report on A4 or Letter, portrait or landscape: a running title at the top of every page, and
 * "Printed on DATE" and "Page x of y" at the bottom. What goes on the pages is the {@link Body}'s.
 */
public final class PdfReport {
    /** Writes the pages' content; {@link ReportPages#newPage()} starts the next page. */
    @FunctionalInterface
    public interface Body {
        void write(ReportPages pages) throws DocumentException;
    }

    static final float MARGIN = 36f;
    static final float HEADER_SPACE = 28f;
    static final float FOOTER_SPACE = 26f;

    private final PageSetup setup;
    private final String runningTitle;
    private final LocalDate printedOn;
    private final Locale locale;

    public PdfReport(PageSetup setup, String runningTitle, LocalDate printedOn, Locale locale) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.runningTitle = runningTitle == null ? "" : runningTitle;
        this.printedOn = Objects.requireNonNull(printedOn, "printedOn");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public PageSetup setup() {
        return setup;
    }

    /** "Printed on 1 December 2026", in the user's language. */
    public String printedOnText() {
        return "Printed on " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(printedOn);
    }

    /** The PDF as bytes: for tests, benchmarks and the print preview. */
    public byte[] render(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(out, body);
        } catch (IOException e) {
            throw new IllegalStateException("Writing a PDF to memory failed", e);
        }
        return out.toByteArray();
    }

    /** Saves the PDF atomically: an existing file is replaced only once the new one is complete. */
    public void save(Path file, Body body) throws IOException {
        byte[] pdf;
        try {
            pdf = render(body);
        } catch (RuntimeException e) {
            throw new IOException("The PDF " + file.getFileName() + " could not be made: " + e.getMessage(), e);
        }
        try {
            AtomicFile.write(file, out -> out.write(pdf), false);
        } catch (IOException e) {
            throw new IOException("The PDF could not be saved to " + file + ": " + describe(e), e);
        }
    }

    public void write(OutputStream out, Body body) throws IOException {
        Rectangle page = new Rectangle(setup.width(), setup.height());
        Document document = new Document(page, MARGIN, MARGIN, MARGIN + HEADER_SPACE, MARGIN + FOOTER_SPACE);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new HeaderAndFooter(runningTitle, printedOnText()));
            document.addTitle(runningTitle);
            document.addCreator("Roadshow");
            document.open();
            ReportPages pages = new ReportPages(document, writer);
            body.write(pages);
            if (!pages.hasContent()) {
                pages.emptyNote("Nothing to print.");
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be laid out: " + e.getMessage(), e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
