package org.roadshow.ui.print;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.PrinterJob;
import javafx.stage.Window;
import org.roadshow.io.pdf.PageSetup;
import org.roadshow.io.pdf.PdfReport;
import org.roadshow.ui.common.Prompts;

/**
 * The Print… command of any view: the print dialog with its preview on the default printer, or, where
 * the system has no printer, a message that offers the PDF instead.
 */
public final class Printing {
    static final String NO_PRINTER = "No printer is set up on this computer";

    private final Window owner;
    private final PrinterAccess printers;
    private final Prompts prompts;
    private final Consumer<String> status;
    private final Supplier<LocalDate> today;
    private PrintOptions remembered = new PrintOptions(PageSetup.usualFor(Locale.getDefault(),
            PageSetup.Orientation.PORTRAIT), false);

    public Printing(Window owner, PrinterAccess printers, Prompts prompts, Consumer<String> status,
                    Supplier<LocalDate> today) {
        this.owner = owner;
        this.printers = printers;
        this.prompts = prompts;
        this.status = status;
        this.today = today;
    }

    public static String printedOn(LocalDate day) {
        return new PdfReport(new PageSetup(PageSetup.Paper.A4, PageSetup.Orientation.PORTRAIT), "", day,
                Locale.getDefault()).printedOnText();
    }

    /** The options last used, for the PDF the user saves instead. */
    public PrintOptions options() {
        return remembered;
    }

    public void setOptions(PrintOptions options) {
        remembered = options;
    }

    /** Opens the print dialog for {@code source}; {@code savePdf} is offered beside Print and when there is no printer. */
    public void print(PrintSource source, Consumer<PrintOptions> savePdf) {
        Optional<PrinterJob> job = printers.newJob();
        if (job.isEmpty()) {
            if (prompts.confirm(NO_PRINTER, "Roadshow found no printer to print " + source.title()
                    + " on. Save it as a PDF instead, and print that elsewhere or send it on.", "Save PDF…")) {
                savePdf.accept(remembered);
            }
            return;
        }
        PrintDialog dialog = new PrintDialog(owner, job.get(), source, remembered, printedOn(today.get()));
        dialog.show(options -> {
            remembered = options;
            send(job.get(), source, options);
        }, options -> {
            remembered = options;
            savePdf.accept(options);
        });
    }

    /** Prints at once with the remembered options, reporting the outcome in the status line. */
    public boolean send(PrinterJob job, PrintSource source, PrintOptions options) {
        String printer = job.getPrinter().getName();
        boolean done = PrintRun.print(job, source, options, printedOn(today.get()));
        if (done) {
            status.accept("Sent " + source.title() + " to " + printer + ".");
        } else {
            prompts.error("Printing did not finish", source.title() + " was not printed on " + printer
                    + " (the printer reports: " + job.getJobStatus() + ").");
        }
        return done;
    }
}
