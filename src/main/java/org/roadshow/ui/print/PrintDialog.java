package org.roadshow.ui.print;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import javafx.stage.Window;
import org.roadshow.io.pdf.PageSetup;
import org.roadshow.ui.theme.DialogTheme;

/**
 * Print with a preview: the printer (and the system's printer and page set-up dialogs), paper, orientation
 * and a section per page, with the pages shown as they will print. Save PDF… leaves the dialog for the PDF.
 */
public final class PrintDialog {
    static final ButtonType PRINT = new ButtonType("Print", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType SAVE_PDF = new ButtonType("Save PDF…", ButtonBar.ButtonData.LEFT);
    private static final double PREVIEW_SCALE = 0.75;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final PrinterJob job;
    private final PrintSource source;
    private final String printedOn;
    private final Label printerName = new Label();
    private final ChoiceBox<PageSetup.Paper> paper = new ChoiceBox<>();
    private final ChoiceBox<PageSetup.Orientation> orientation = new ChoiceBox<>();
    private final CheckBox perPage;
    private final Label pageCount = new Label();
    private final VBox preview = new VBox(16);
    private PrintOptions options;

    public PrintDialog(Window owner, PrinterJob job, PrintSource source, PrintOptions initial, String printedOn) {
        this.job = job;
        this.source = source;
        this.printedOn = printedOn;
        this.options = initial;
        this.perPage = new CheckBox(source.sectionPerPageLabel());
        dialog.initOwner(owner);
        DialogTheme.follow(dialog);
        dialog.setTitle("Print " + source.title());
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(SAVE_PDF, ButtonType.CANCEL, PRINT);
        dialog.getDialogPane().setContent(content(owner));
        dialog.getDialogPane().setPrefSize(860, 640);
        showOptions();
        refresh();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public PrintOptions options() {
        return options;
    }

    /** The pages as the preview shows them, for tests. */
    public int pages() {
        return preview.getChildren().size();
    }

    private Region content(Window owner) {
        paper.getItems().setAll(PageSetup.Paper.values());
        orientation.getItems().setAll(PageSetup.Orientation.values());
        paper.setOnAction(e -> change(o -> o.withSetup(o.setup().withPaper(paper.getValue()))));
        orientation.setOnAction(e -> change(o -> o.withSetup(o.setup().withOrientation(orientation.getValue()))));
        perPage.setOnAction(e -> change(o -> o.withSectionPerPage(perPage.isSelected())));
        Button choosePrinter = new Button("Printer…");
        choosePrinter.setOnAction(e -> systemDialog(() -> job.showPrintDialog(owner)));
        Button pageSetup = new Button("Page Setup…");
        pageSetup.setOnAction(e -> systemDialog(() -> job.showPageSetupDialog(owner)));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(10);
        form.addRow(0, new Label("Printer"), printerName);
        form.add(choosePrinter, 1, 1);
        form.addRow(2, new Label("Paper"), paper);
        form.addRow(3, new Label("Orientation"), orientation);
        form.add(pageSetup, 1, 4);
        form.add(perPage, 0, 5, 2, 1);
        form.add(pageCount, 0, 6, 2, 1);
        printerName.setWrapText(true);
        printerName.setMaxWidth(200);

        preview.setAlignment(Pos.TOP_CENTER);
        preview.setPadding(new Insets(16));
        preview.setStyle("-fx-background-color: #8a8f96;");
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox box = new HBox(16, form, scroll);
        box.setPadding(new Insets(4));
        return box;
    }

    private void change(java.util.function.UnaryOperator<PrintOptions> how) {
        options = how.apply(options);
        refresh();
    }

    /** The system's own dialog changes the job's printer and page layout; the preview follows. */
    private void systemDialog(java.util.function.BooleanSupplier show) {
        boolean accepted;
        try {
            accepted = show.getAsBoolean();
        } catch (RuntimeException e) { // e.g. no desktop to show the system dialog on
            pageCount.setText("The system's printer dialog cannot be shown here: " + e.getMessage());
            return;
        }
        if (accepted) {
            options = options.withSetup(PrintRun.setupOf(job, options.setup()));
            showOptions();
            refresh();
        }
    }

    private void showOptions() {
        printerName.setText(job.getPrinter().getName());
        paper.setValue(options.setup().paper());
        orientation.setValue(options.setup().orientation());
        perPage.setSelected(options.sectionPerPage());
    }

    private void refresh() {
        List<Region> pages = PrintRun.pages(job, source, options, printedOn);
        preview.getChildren().clear();
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(PREVIEW_SCALE, PREVIEW_SCALE));
        for (Region page : pages) {
            ImageView image = new ImageView(page.snapshot(params, null));
            image.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.4)));
            preview.getChildren().add(image);
        }
        pageCount.setText(pages.size() == 1 ? "1 page" : pages.size() + " pages");
    }

    /** Shows the dialog; {@code print} gets the chosen options on Print, {@code savePdf} on Save PDF…, else the job is cancelled. */
    public void show(Consumer<PrintOptions> print, Consumer<PrintOptions> savePdf) {
        ButtonType answer = dialog.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == PRINT) {
            print.accept(options);
            return;
        }
        job.cancelJob();
        if (answer == SAVE_PDF) {
            savePdf.accept(options);
        }
    }
}
