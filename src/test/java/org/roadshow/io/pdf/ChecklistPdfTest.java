package org.roadshow.io.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Project;

/** The checklist PDF, read back with pdftotext (poppler-utils), for the whole trip and for one person. */
class ChecklistPdfTest {
    static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    static final Instant FEB_4 = LocalDate.of(2008, 2, 4).atTime(9, 0).atZone(LA).toInstant();

    @TempDir
    Path dir;

    private String text(Project project, java.util.UUID person) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "pdftotext (poppler-utils) is not installed");
        Path pdf = dir.resolve("checklist.pdf");
        new PdfReport(new PageSetup(PageSetup.Paper.A4, PageSetup.Orientation.PORTRAIT),
                ChecklistPdf.title(project, SampleProjectBuilder.SCALE_TRIP, person), LocalDate.of(2008, 2, 4), Locale.UK)
                .save(pdf, ChecklistPdf.body(project, SampleProjectBuilder.SCALE_TRIP, person, FEB_4, LA));
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void theTripsChecklistHasEveryListItemDueDateAndPerson() throws Exception {
        Project project = SampleProjectBuilder.build();
        String text = text(project, null);
        for (String expected : new String[] {"Checklist · SCALE 6x and Florida Linux Show 2008", "2 of 5 done",
            "Print 300 OpenVZ booklets", "Burn 40 live CDs", "Backup notebook for the live-migration demo",
            "Passport and US visa", "late: Thu 24 Jan 2008", "Dana Whitfield", "Kirill Orlov", "Page 1 of 1"}) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void onePersonsChecklistHasOnlyTheirItems() throws Exception {
        String text = text(SampleProjectBuilder.build(), SampleProjectBuilder.DANA);
        assertTrue(text.contains("Checklist · SCALE 6x and Florida Linux Show 2008 · Dana Whitfield"), text);
        assertTrue(text.contains("Print 300 OpenVZ booklets") && text.contains("Booth banner"), text);
        assertTrue(!text.contains("Burn 40 live CDs") && !text.contains("Passport"), text);
    }
}
