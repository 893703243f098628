package org.roadshow.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.io.pdf.PageSetup.Orientation;
import org.roadshow.io.pdf.PageSetup.Paper;

class PdfReportTest {
    static final List<String> NAMES = List.of("Zoë Müller", "Mateo García", "Анна Кузнецова", "Γιώργος Παπαδόπουλος",
            "Łukasz Żółć", "François Lefèvre");

    @TempDir
    Path dir;

    @BeforeAll
    static void poppler() {
        Poppler.assumeInstalled();
    }

    private static PdfReport report(PageSetup setup) {
        return new PdfReport(setup, "Roster · Booth K · FOSDEM 2026", LocalDate.of(2026, 1, 28), Locale.UK);
    }

    @Test
    void everyNamePrintsAsSelectableTextWithTheFontEmbedded() throws IOException {
        Path pdf = dir.resolve("names.pdf");
        report(new PageSetup(Paper.A4, Orientation.PORTRAIT)).save(pdf, pages -> {
            pages.title("Team");
            for (String name : NAMES) {
                pages.line(name);
            }
        });
        String text = Poppler.text(pdf);
        for (String name : NAMES) {
            assertTrue(text.contains(name), name + " in:\n" + text);
        }
        String fonts = Poppler.fonts(pdf);
        assertTrue(fonts.contains("LiberationSans"), fonts);
        assertTrue(fonts.lines().filter(l -> l.contains("LiberationSans")).allMatch(l -> l.contains(" yes ")),
                "embedded:\n" + fonts);
    }

    @Test
    void headerAndFooterOnEveryPageCountThePages() throws IOException {
        Path pdf = dir.resolve("three.pdf");
        report(new PageSetup(Paper.A4, Orientation.PORTRAIT)).save(pdf, pages -> {
            for (int i = 1; i <= 3; i++) {
                pages.title("Day " + i);
                pages.newPage();
            }
        });
        assertTrue(Poppler.info(pdf).contains("Pages:           3"), Poppler.info(pdf));
        for (int page = 1; page <= 3; page++) {
            String text = Poppler.pageText(pdf, page);
            assertTrue(text.contains("Roster · Booth K · FOSDEM 2026"), text);
            assertTrue(text.contains("Page " + page + " of 3"), text);
            assertTrue(text.contains("Printed on 28 January 2026"), text);
        }
    }

    @Test
    void paperAndOrientationGiveThePageSize() throws IOException {
        Path a4 = dir.resolve("a4.pdf");
        Path letter = dir.resolve("letter.pdf");
        report(new PageSetup(Paper.A4, Orientation.PORTRAIT)).save(a4, pages -> pages.line("x"));
        report(new PageSetup(Paper.LETTER, Orientation.LANDSCAPE)).save(letter, pages -> pages.line("x"));
        assertTrue(Poppler.info(a4).contains("(A4)"), Poppler.info(a4));
        assertTrue(Poppler.info(letter).contains("792 x 612 pts"), Poppler.info(letter));
    }

    @Test
    void anEmptyReportSaysSoRatherThanFailing() throws IOException {
        Path pdf = dir.resolve("empty.pdf");
        report(new PageSetup(Paper.A4, Orientation.PORTRAIT)).save(pdf, pages -> { });
        assertTrue(Poppler.text(pdf).contains("Nothing to print."));
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedInTheError() throws IOException {
        Path file = dir.resolve("missing-folder").resolve("roster.pdf");
        IOException e = assertThrows(IOException.class,
                () -> report(new PageSetup(Paper.A4, Orientation.PORTRAIT)).save(file, pages -> pages.line("x")));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(false, Files.exists(file));
    }

    @Test
    void letterWhereItIsUsual() {
        assertEquals(Paper.LETTER, PageSetup.usualFor(Locale.US, Orientation.PORTRAIT).paper());
        assertEquals(Paper.A4, PageSetup.usualFor(Locale.GERMANY, Orientation.PORTRAIT).paper());
    }
}
