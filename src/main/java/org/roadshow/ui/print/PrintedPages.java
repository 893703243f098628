package org.roadshow.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;

/**
 * Lays a {@link PrintSource}'s sections out on pages of the printable size: the title at the top, "Page x
 * of y" and the printed-on date at the bottom, as in the PDF. Sections are packed in order; with a section
 * per page each starts a page; a section taller than a page is scaled down to fit one. Each page is laid
 * out in a scene of its own, without the window's theme, so it prints black on white.
 */
public final class PrintedPages {
    static final double HEADER = 26;
    static final double FOOTER = 22;
    private static final String FONT = "-fx-font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif;";
    private static final String PAGE_STYLE = "-fx-background-color: white; " + FONT;
    private static final String MUTED = "-fx-text-fill: #555555; -fx-font-size: 8pt;";

    private PrintedPages() {
    }

    public static List<Region> layout(PrintSource source, boolean sectionPerPage, double width, double height,
                                      String printedOn) {
        double bodyHeight = height - HEADER - FOOTER;
        List<List<Region>> bodies = new ArrayList<>();
        List<Region> current = new ArrayList<>();
        double used = 0;
        for (Region section : source.sections(width)) {
            Region fitted = fit(section, width, bodyHeight);
            double h = measuredHeight(fitted, width);
            boolean startNew = !current.isEmpty() && (sectionPerPage || used + h > bodyHeight);
            if (startNew) {
                bodies.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(fitted);
            used += h;
        }
        if (!current.isEmpty() || bodies.isEmpty()) {
            bodies.add(current);
        }
        List<Region> pages = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            pages.add(page(source.title(), bodies.get(i), i + 1, bodies.size(), printedOn, width, height));
        }
        return pages;
    }

    private static Region page(String title, List<Region> body, int number, int total, String printedOn,
                               double width, double height) {
        Label heading = new Label(title);
        heading.setStyle(MUTED);
        VBox header = new VBox(heading);
        header.setMinHeight(HEADER);
        header.setMaxHeight(HEADER);
        header.setStyle("-fx-border-color: transparent transparent #b0b0b0 transparent; -fx-border-width: 0 0 0.5 0;");
        VBox content = new VBox();
        content.getChildren().addAll(body);
        if (body.isEmpty()) {
            Label nothing = new Label("Nothing to print.");
            nothing.setStyle(MUTED);
            content.getChildren().add(nothing);
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        Label pageOf = new Label("Page " + number + " of " + total);
        pageOf.setStyle(MUTED);
        Label date = new Label(printedOn);
        date.setStyle(MUTED);
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(pageOf, gap, date);
        footer.setAlignment(Pos.BOTTOM_LEFT);
        footer.setMinHeight(FOOTER);
        footer.setMaxHeight(FOOTER);
        footer.setStyle("-fx-border-color: #b0b0b0 transparent transparent transparent; -fx-border-width: 0.5 0 0 0;");
        VBox page = new VBox(header, content, footer);
        page.setPadding(Insets.EMPTY);
        page.setStyle(PAGE_STYLE);
        page.getStyleClass().add("printed-page");
        page.setMinSize(width, height);
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        new Scene(new Group(page));
        page.applyCss();
        page.resize(width, height);
        page.layout();
        return page;
    }

    /** A section too tall for one page, shrunk to fit it; others as they are. */
    private static Region fit(Region section, double width, double bodyHeight) {
        section.setStyle(FONT + section.getStyle());
        double h = measuredHeight(section, width);
        if (h <= bodyHeight) {
            section.setPrefWidth(width);
            return section;
        }
        double scale = bodyHeight / h;
        section.setPrefWidth(width / scale);
        section.resize(width / scale, h);
        section.getTransforms().setAll(new Scale(scale, scale, 0, 0));
        Pane holder = new Pane(section);
        holder.setPrefSize(width, bodyHeight);
        holder.setMinHeight(bodyHeight);
        holder.setMaxHeight(bodyHeight);
        return holder;
    }

    private static double measuredHeight(Region node, double width) {
        if (node.getScene() == null) {
            new Scene(new Group(node));
        }
        node.applyCss();
        return node.prefHeight(width);
    }
}
