package org.roadshow.ui.print;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.io.pdf.PageSetup;
import org.roadshow.io.pdf.Poppler;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A real print job through JavaFX's PrinterJob to CUPS's cups-pdf printer (.ci/run starts cupsd and adds
 * the "PDF" queue; Java hands the job to CUPS with cups-bsd's lpr). JavaFX prints under Monocle headless
 * too, so this runs with the other UI tests. Skipped where no printer is set up, except in CI.
 */
@ExtendWith(ApplicationExtension.class)
class CupsPrintingTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    /** cups-pdf's output folder for this user, from its "Out" setting (Debian: ${HOME}/PDF). */
    static Path cupsPdfFolder() throws IOException {
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        String out = "${HOME}/PDF";
        if (Files.isReadable(conf)) {
            out = Files.readAllLines(conf).stream().map(String::strip).filter(l -> l.startsWith("Out "))
                    .map(l -> l.substring(4).strip()).findFirst().orElse(out);
        }
        return Path.of(out.replace("${HOME}", System.getProperty("user.home"))
                .replace("${USER}", System.getProperty("user.name")));
    }

    @Test
    void aPrintJobOfTwoDaysComesOutOfTheCupsPdfPrinterAsTwoPages(FxRobot robot) throws IOException {
        AtomicReference<Optional<PrinterJob>> job = new AtomicReference<>();
        robot.interact(() -> job.set(PrinterAccess.system().newJob()));
        boolean ci = System.getenv("CI") != null;
        assumeTrue(ci || job.get().isPresent(), "no printer is set up here");
        assertTrue(job.get().isPresent(), "CI sets up the cups-pdf printer (.ci/run)");
        Poppler.assumeInstalled();
        Path folder = cupsPdfFolder();
        String token = "Roadshow print test " + UUID.randomUUID().toString().substring(0, 8);
        ScriptedPrompts prompts = new ScriptedPrompts();
        AtomicBoolean sent = new AtomicBoolean();
        AtomicReference<String> status = new AtomicReference<>();
        robot.interact(() -> sent.set(new Printing(owner, PrinterAccess.system(), prompts, status::set,
                () -> LocalDate.of(2026, 2, 1)).send(job.get().get(), PrintingTest.days(token, 2, 6),
                new PrintOptions(new PageSetup(PageSetup.Paper.A4, PageSetup.Orientation.PORTRAIT), true))));
        assertTrue(sent.get(), "the job ended: " + prompts.errors);
        assertTrue(status.get().startsWith("Sent " + token + " to "), status.get());

        String fileToken = token.replace(' ', '_');
        AtomicReference<Path> printed = new AtomicReference<>();
        FxWait.until("cups-pdf writes " + fileToken + "*.pdf into " + folder, () -> {
            try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
                Optional<Path> found = files.filter(f -> f.getFileName().toString().startsWith(fileToken))
                        .filter(f -> f.toString().endsWith(".pdf")).findFirst();
                found.ifPresent(printed::set);
                return found.isPresent() && complete(found.get());
            } catch (IOException e) {
                return false;
            }
        });
        String info = Poppler.info(printed.get());
        assertTrue(info.contains("Pages:           2"), info);
        assertTrue(info.contains("(A4)"), info);
        Files.deleteIfExists(printed.get());
    }

    /** cups-pdf writes the file in place: it is complete once it ends with %%EOF. */
    private static boolean complete(Path pdf) {
        try {
            byte[] bytes = Files.readAllBytes(pdf);
            String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            return tail.contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

}
