package org.roadshow.io.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.pdf.PageSetup;
import org.roadshow.io.pdf.PdfReport;
import org.roadshow.io.pdf.Poppler;

/** The roster PDF and the duty slips read back with pdftotext, as text a user can select and search. */
class RosterPdfTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void poppler() {
        Poppler.assumeInstalled();
    }

    static PdfReport report(RosterSheet sheet, PageSetup.Orientation orientation) {
        return new PdfReport(new PageSetup(PageSetup.Paper.A4, orientation), RosterText.title(sheet),
                LocalDate.of(2017, 1, 30), Locale.UK);
    }

    @Test
    void theRosterHasTheHeaderAndEveryAssignmentOnItsShiftsLine() throws IOException {
        RosterSheet sheet = RosterFixtures.sheet();
        Path pdf = dir.resolve("roster.pdf");
        report(sheet, PageSetup.Orientation.LANDSCAPE).save(pdf, new RosterPdf(sheet, false));
        String text = Poppler.text(pdf);
        assertTrue(text.contains("Booth duty roster · Xen Project"), text);
        assertTrue(text.contains("FOSDEM 2017, Brussels · Saturday 4 February 2017 to Sunday 5 February 2017"), text);
        assertTrue(text.contains("Location: K, level 1, group C, booth 5"), text);
        assertTrue(text.contains("Shared with: Citrix, Oracle, Vates"), text);
        assertTrue(text.contains("Times in Europe/Brussels (CET)"), text);
        assertTrue(text.contains("Saturday 4 February 2017") && text.contains("Sunday 5 February 2017"), text);
        assertTrue(text.contains("Page 1 of 1") && text.contains("Printed on 30 January 2017"), text);
        assertLine(text, "09:30–12:00", "Zoë Müller", "Ravi Iyer");
        assertLine(text, "12:00–18:00", "Zoë Müller", "Lena Hartmann");
        assertLine(text, "18:00–19:00", RosterFixtures.ANNA_NAME, RosterFixtures.GIORGOS_NAME);
        assertLine(text, "09:30–13:00", "Mateo García", "Zoë Müller");
        assertLine(text, "13:00–17:00", "Lena Hartmann");
        String afterLastShift = text.substring(text.indexOf("13:00–17:00"));
        assertTrue(afterLastShift.lines().limit(3).anyMatch(l -> l.contains("needed")), afterLastShift);
        if (System.getenv("ROADSHOW_SHOTS") != null) {
            java.nio.file.Path shots = java.nio.file.Path.of("target", "shots");
            java.nio.file.Files.createDirectories(shots);
            java.nio.file.Files.copy(pdf, shots.resolve("roster.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Poppler.firstPagePng(pdf, shots.resolve("roster-pdf-page"), 80);
        }
    }

    /** The shift's times, its people in order and its open places are read on one line of the page. */
    private static void assertLine(String text, String times, String... words) {
        String line = text.lines().filter(l -> l.contains(times)).findFirst()
                .orElseThrow(() -> new AssertionError(times + " not in:\n" + text));
        int at = line.indexOf(times);
        for (String word : words) {
            int next = line.indexOf(word, at);
            assertTrue(next > at, word + " after " + times + " in: " + line);
            at = next;
        }
    }

    @Test
    void aDayPerPageRepeatsTheHeader() throws IOException {
        RosterSheet sheet = RosterFixtures.sheet();
        Path pdf = dir.resolve("days.pdf");
        report(sheet, PageSetup.Orientation.PORTRAIT).save(pdf, new RosterPdf(sheet, true));
        assertTrue(Poppler.info(pdf).contains("Pages:           2"));
        String sunday = Poppler.pageText(pdf, 2);
        assertTrue(sunday.contains("Booth duty roster · Xen Project") && sunday.contains("Sunday 5 February 2017"), sunday);
        assertTrue(sunday.contains("Page 2 of 2"), sunday);
        assertTrue(!sunday.contains("Saturday 4 February 2017 ") || sunday.contains("to Sunday"), sunday);
    }

    @Test
    void openPlacesAreBlankSignUpLinesAndOnlyThoseBelowTheMinimumSayNeeded() {
        RosterSheet sheet = RosterFixtures.sheet();
        RosterSheet.Row sundayAfternoon = sheet.days().get(1).rows().get(1);
        assertEquals(List.of("Lena Hartmann"), sundayAfternoon.names());
        assertEquals(2, sundayAfternoon.open(), "three places, one taken");
        assertEquals(1, sundayAfternoon.needed(), "the minimum is two");
        assertEquals(3, sheet.places());
    }

    @Test
    void dutySlipsOnePerPageListEachPersonsShiftsAndHours() throws IOException {
        RosterSheet sheet = RosterFixtures.sheet();
        List<DutySlipsPdf.Holder> team = RosterFixtures.project().people().stream()
                .map(p -> new DutySlipsPdf.Holder(p.id(), p.name())).toList();
        List<DutySlipsPdf.Holder> onDuty = DutySlipsPdf.onDuty(sheet, team);
        assertEquals(List.of("Lena Hartmann", "Ravi Iyer", "Zoë Müller", "Mateo García", RosterFixtures.ANNA_NAME,
                RosterFixtures.GIORGOS_NAME), onDuty.stream().map(DutySlipsPdf.Holder::name).toList());
        Path pdf = dir.resolve("slips.pdf");
        report(sheet, PageSetup.Orientation.PORTRAIT).save(pdf, new DutySlipsPdf(sheet, onDuty, true));
        assertTrue(Poppler.info(pdf).contains("Pages:           6"));
        String zoe = Poppler.pageText(pdf, 3);
        assertTrue(zoe.contains("Booth duty · Zoë Müller"), zoe);
        assertTrue(zoe.contains("09:30–12:00") && zoe.contains("12:00–18:00") && zoe.contains("09:30–13:00"), zoe);
        assertTrue(zoe.contains("Ravi Iyer") && zoe.contains("Mateo García"), zoe);
        assertTrue(zoe.contains("In all: 12 h on 2 days"), zoe);
        String anna = Poppler.pageText(pdf, 5);
        assertTrue(anna.contains("Booth duty · " + RosterFixtures.ANNA_NAME) && anna.contains(RosterFixtures.GIORGOS_NAME), anna);
        assertTrue(anna.contains("In all: 1 h on 1 day"), anna);
    }

    @Test
    void severalSlipsShareAPage() throws IOException {
        RosterSheet sheet = RosterFixtures.sheet();
        List<DutySlipsPdf.Holder> team = List.of(new DutySlipsPdf.Holder(SampleProjectBuilder.ZOE, "Zoë Müller"),
                new DutySlipsPdf.Holder(SampleProjectBuilder.LENA, "Lena Hartmann"),
                new DutySlipsPdf.Holder(RosterFixtures.ANNA, RosterFixtures.ANNA_NAME));
        Path pdf = dir.resolve("slips.pdf");
        report(sheet, PageSetup.Orientation.PORTRAIT).save(pdf, new DutySlipsPdf(sheet, team, false));
        assertTrue(Poppler.info(pdf).contains("Pages:           1"), Poppler.info(pdf));
        String text = Poppler.text(pdf);
        assertTrue(text.contains("Booth duty · Zoë Müller") && text.contains("Booth duty · Lena Hartmann")
                && text.contains("Booth duty · " + RosterFixtures.ANNA_NAME), text);
    }
}
