package org.roadshow.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.ui.common.ScriptedPrompts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Print… command: the message and the PDF offer without a printer; pages laid out as they print. */
@ExtendWith(ApplicationExtension.class)
class PrintingTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    static PrintSource days(int count, int linesEach) {
        return days("Roster · Booth K", count, linesEach);
    }

    static PrintSource days(String title, int count, int linesEach) {
        return new PrintSource() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public String sectionPerPageLabel() {
                return "One day per page";
            }

            @Override
            public List<Region> sections(double width) {
                List<Region> out = new ArrayList<>();
                for (int d = 1; d <= count; d++) {
                    VBox day = new VBox(new Label("Day " + d));
                    for (int i = 0; i < linesEach; i++) {
                        day.getChildren().add(new Label("Zoë Müller " + i));
                    }
                    out.add(day);
                }
                return out;
            }
        };
    }

    @Test
    void withoutAPrinterTheUserIsToldAndOfferedThePdf(FxRobot robot) {
        ScriptedPrompts prompts = new ScriptedPrompts().answerConfirm(true);
        AtomicReference<PrintOptions> pdf = new AtomicReference<>();
        List<String> status = new ArrayList<>();
        robot.interact(() -> new Printing(owner, PrinterAccess.none(), prompts, status::add,
                () -> LocalDate.of(2026, 2, 1)).print(days(2, 3), pdf::set));
        assertEquals(1, prompts.asked.size(), prompts.asked.toString());
        assertTrue(prompts.asked.get(0).contains(Printing.NO_PRINTER), prompts.asked.toString());
        assertTrue(pdf.get() != null, "the PDF was offered and taken");
        assertTrue(status.isEmpty());
    }

    @Test
    void declinedPdfOfferDoesNothing(FxRobot robot) {
        ScriptedPrompts prompts = new ScriptedPrompts().answerConfirm(false);
        AtomicReference<PrintOptions> pdf = new AtomicReference<>();
        robot.interact(() -> new Printing(owner, PrinterAccess.none(), prompts, s -> { },
                LocalDate::now).print(days(1, 1), pdf::set));
        assertEquals(null, pdf.get());
    }

    @Test
    void sectionsPackOntoPagesOrOnePerPage(FxRobot robot) {
        AtomicReference<List<Region>> packed = new AtomicReference<>();
        AtomicReference<List<Region>> perPage = new AtomicReference<>();
        AtomicReference<List<Region>> tall = new AtomicReference<>();
        robot.interact(() -> {
            packed.set(PrintedPages.layout(days(3, 2), false, 500, 700, "Printed on 1 February 2026"));
            perPage.set(PrintedPages.layout(days(3, 2), true, 500, 700, "Printed on 1 February 2026"));
            tall.set(PrintedPages.layout(days(2, 200), false, 500, 700, "Printed on 1 February 2026"));
        });
        assertEquals(1, packed.get().size());
        assertEquals(3, perPage.get().size());
        assertEquals(2, tall.get().size(), "a day taller than a page is shrunk onto one page of its own");
        Region last = perPage.get().get(2);
        assertEquals(700, last.getHeight(), 0.5);
        assertTrue(labels(last).contains("Page 3 of 3"), labels(last).toString());
        assertTrue(labels(last).contains("Printed on 1 February 2026"));
        assertTrue(labels(last).contains("Roster · Booth K"));
    }

    static List<String> labels(Region page) {
        return page.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}
