package org.roadshow.ui.print;

import java.util.Optional;
import javafx.print.Printer;
import javafx.print.PrinterJob;

/**
 * Where print jobs come from: the system's printers, or none at all. A seam, so that the "no printer"
 * path is tested without taking the printers away.
 */
@FunctionalInterface
public interface PrinterAccess {
    /** A job on the default printer, or empty where the system has no printer. */
    Optional<PrinterJob> newJob();

    static PrinterAccess system() {
        return () -> Printer.getDefaultPrinter() == null ? Optional.empty() : Optional.ofNullable(PrinterJob.createPrinterJob());
    }

    static PrinterAccess none() {
        return Optional::empty;
    }
}
