package org.roadshow.ui.print;

import java.util.List;
import javafx.print.JobSettings;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.layout.Region;
import org.roadshow.io.pdf.PageSetup;

/** Sends pages to a printer job: the page layout from the user's options, one printed page per node. */
public final class PrintRun {
    private PrintRun() {
    }

    /** The job's page layout for {@code setup} on its printer, with the printer's usual margins. */
    public static PageLayout layoutFor(PrinterJob job, PageSetup setup) {
        Printer printer = job.getPrinter();
        Paper paper = setup.paper() == PageSetup.Paper.LETTER ? Paper.NA_LETTER : Paper.A4;
        PageOrientation orientation = setup.orientation() == PageSetup.Orientation.LANDSCAPE
                ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        return printer.createPageLayout(paper, orientation, Printer.MarginType.DEFAULT);
    }

    /** The user's page set-up as the job now has it (after the system's Page Setup dialog). */
    public static PageSetup setupOf(PrinterJob job, PageSetup fallback) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        if (layout == null) {
            return fallback;
        }
        PageSetup.Paper paper = layout.getPaper() == Paper.NA_LETTER ? PageSetup.Paper.LETTER
                : layout.getPaper() == Paper.A4 ? PageSetup.Paper.A4 : fallback.paper();
        PageSetup.Orientation orientation = layout.getPageOrientation() == PageOrientation.LANDSCAPE
                || layout.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE
                ? PageSetup.Orientation.LANDSCAPE : PageSetup.Orientation.PORTRAIT;
        return new PageSetup(paper, orientation);
    }

    /** The pages for {@code options} on {@code job}'s printable area. */
    public static List<Region> pages(PrinterJob job, PrintSource source, PrintOptions options, String printedOn) {
        PageLayout layout = layoutFor(job, options.setup());
        return PrintedPages.layout(source, options.sectionPerPage(), layout.getPrintableWidth(),
                layout.getPrintableHeight(), printedOn);
    }

    /** Prints every page and ends the job; false when the printer refused or the job was cancelled. */
    public static boolean print(PrinterJob job, PrintSource source, PrintOptions options, String printedOn) {
        PageLayout layout = layoutFor(job, options.setup());
        JobSettings settings = job.getJobSettings();
        settings.setPageLayout(layout);
        settings.setJobName(source.title());
        for (Region page : PrintedPages.layout(source, options.sectionPerPage(), layout.getPrintableWidth(),
                layout.getPrintableHeight(), printedOn)) {
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }
}
