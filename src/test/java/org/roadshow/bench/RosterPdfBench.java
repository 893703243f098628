package org.roadshow.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.roadshow.io.pdf.PageSetup;
import org.roadshow.io.pdf.PdfReport;
import org.roadshow.io.print.RosterPdf;
import org.roadshow.io.print.RosterSheet;

/**
 * The roster PDFs of 3 booths × 4 days × 20 people (shifts of 2 h from 09:00 to 19:00, 3 places each, some
 * open), beside the same library writing an empty one-page PDF with the same font, in the same run.
 */
public final class RosterPdfBench {
    private RosterPdfBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static List<RosterSheet> sheets() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(i % 3 == 0 ? "Zoë Müller " + i : i % 3 == 1 ? "Анна Кузнецова " + i : "Γιώργος Π. " + i);
        }
        List<RosterSheet> out = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            List<RosterSheet.Day> days = new ArrayList<>();
            int n = 0;
            for (int d = 0; d < 4; d++) {
                LocalDate date = LocalDate.of(2026, 2, 1).plusDays(d);
                List<RosterSheet.Row> rows = new ArrayList<>();
                for (int h = 9; h < 19; h += 2) {
                    int on = (n % 4 == 0) ? 2 : 3;
                    List<String> names = new ArrayList<>();
                    List<UUID> ids = new ArrayList<>();
                    for (int k = 0; k < on; k++) {
                        names.add(people.get((n * 3 + k + b) % 20));
                        ids.add(UUID.nameUUIDFromBytes(names.get(k).getBytes()));
                    }
                    rows.add(new RosterSheet.Row(UUID.randomUUID(), LocalTime.of(h, 0), LocalTime.of(h + 2, 0), date,
                            ids, names, 3 - on, 0));
                    n++;
                }
                days.add(new RosterSheet.Day(date, rows));
            }
            out.add(new RosterSheet("Booth " + (b + 1), "Hall K, stand " + b, List.of("Partner A", "Partner B"),
                    "FOSDEM 2026", "Brussels", ZoneId.of("Europe/Brussels"), "FOSDEM", days));
        }
        return out;
    }

    public static void run() throws Exception {
        List<RosterSheet> sheets = sheets();
        PageSetup a4 = new PageSetup(PageSetup.Paper.A4, PageSetup.Orientation.LANDSCAPE);
        LocalDate today = LocalDate.of(2026, 1, 28);
        int[] bytes = new int[1];
        Benchmarks.Medians m = Benchmarks.interleaved(20, 31, () -> {
            int total = 0;
            for (RosterSheet sheet : sheets) {
                total += new PdfReport(a4, "Roster", today, Locale.UK).render(new RosterPdf(sheet, false)).length;
            }
            bytes[0] = total;
        }, () -> new PdfReport(a4, "Empty", today, Locale.UK).render(pages -> pages.line("x")));
        System.out.printf("roster PDFs of 3 booths x 4 days x 20 people (%d KB): median %.1f ms; an empty one-page "
                        + "PDF with the same font %.1f ms; ratio %.2fx (paired median, %d runs); goal under 300 ms%n",
                bytes[0] / 1024, m.figure(), m.baseline(), m.pairedRatio(), m.runs());
    }
}
