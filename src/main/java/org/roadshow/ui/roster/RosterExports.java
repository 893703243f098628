package org.roadshow.ui.roster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import org.roadshow.io.pdf.PdfReport;
import org.roadshow.io.print.DutySlipsPdf;
import org.roadshow.io.print.RosterPdf;
import org.roadshow.io.print.RosterText;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.Prompts;
import org.roadshow.ui.print.PrintOptions;
import org.roadshow.ui.print.Printing;
import org.roadshow.ui.theme.DialogTheme;

/** The Roster tab's Print…, Save PDF…, Save CSV… and Duty slips…: files are written off the FX thread. */
public final class RosterExports {
    /** Writes the CSV of a roster; the app passes the roster command's writer. */
    @FunctionalInterface
    public interface CsvWriter {
        void write(RosterState state, Path file) throws java.io.IOException;
    }

    /** What the exports need from the window. */
    public record Context(Background background, Prompts prompts, RosterFiles files, Consumer<String> status,
                          Supplier<LocalDate> today, CsvWriter csv) {
    }

    static final String ONE_PER_PAGE = "One slip per page";
    static final String SEVERAL_PER_PAGE = "Several slips per page, to cut apart";

    private final Printing printing;
    private final Context context;
    private final Supplier<RosterState> state;

    RosterExports(Printing printing, Context context, Supplier<RosterState> state) {
        this.printing = printing;
        this.context = context;
        this.state = state;
    }

    PrintOptions options() {
        return printing.options();
    }

    boolean canSaveCsv() {
        return context.csv() != null;
    }

    void print() {
        RosterState s = state.get();
        if (s != null) {
            printing.print(new RosterPrintSource(s.sheet()), this::savePdf);
        }
    }

    void savePdf(PrintOptions options) {
        RosterState s = state.get();
        if (s == null) {
            return;
        }
        context.files().chooseSave("Save Roster as PDF", fileName(s, "roster") + ".pdf", "PDF documents", ".pdf")
                .ifPresent(file -> write(file, report(s, options), new RosterPdf(s.sheet(), options.sectionPerPage()),
                        "Saved the roster to "));
    }

    void dutySlips() {
        RosterState s = state.get();
        if (s == null) {
            return;
        }
        List<DutySlipsPdf.Holder> team = s.project().people().stream()
                .map(p -> new DutySlipsPdf.Holder(p.id(), p.name())).toList();
        List<DutySlipsPdf.Holder> onDuty = DutySlipsPdf.onDuty(s.sheet(), team);
        if (onDuty.isEmpty()) {
            context.prompts().info("Nobody is on duty yet", "Put people on " + s.booth().name()
                    + "'s shifts (drag them, or Fill) before making their duty slips.");
            return;
        }
        ChoiceDialog<String> how = DialogTheme.follow(new ChoiceDialog<>(SEVERAL_PER_PAGE, ONE_PER_PAGE, SEVERAL_PER_PAGE));
        how.setTitle("Duty slips");
        how.setHeaderText("A slip for each of the " + onDuty.size() + " people on duty at " + s.booth().name());
        how.setContentText("Print");
        how.getDialogPane().getButtonTypes().setAll(new ButtonType("Save PDF…", ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        how.showAndWait().ifPresent(choice -> context.files().chooseSave("Save Duty Slips as PDF",
                fileName(s, "duty-slips") + ".pdf", "PDF documents", ".pdf").ifPresent(file -> write(file,
                report(s, options()), new DutySlipsPdf(s.sheet(), onDuty, ONE_PER_PAGE.equals(choice)),
                "Saved the duty slips to ")));
    }

    void saveCsv() {
        RosterState s = state.get();
        if (s == null || context.csv() == null) {
            return;
        }
        context.files().chooseSave("Save Roster as CSV", fileName(s, "roster") + ".csv", "CSV files", ".csv")
                .ifPresent(file -> context.background().run(() -> {
                    context.csv().write(s, file);
                    return file;
                }, done -> context.status().accept("Saved the roster to " + done.getFileName() + "."),
                        e -> context.prompts().error("The roster could not be saved", e.getMessage())));
    }

    private PdfReport report(RosterState s, PrintOptions options) {
        return new PdfReport(options.setup(), RosterText.title(s.sheet()), context.today().get(), Locale.getDefault());
    }

    private void write(Path file, PdfReport report, PdfReport.Body body, String done) {
        context.background().run(() -> {
            report.save(file, body);
            return file;
        }, saved -> context.status().accept(done + saved.getFileName() + "."),
                e -> context.prompts().error("The PDF could not be saved", e.getMessage()));
    }

    static String fileName(RosterState s, String what) {
        String booth = s.booth().name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return what + (booth.isEmpty() ? "" : "-" + booth);
    }
}
