package org.roadshow.bench;

import java.io.InputStream;
import java.time.ZoneId;
import org.roadshow.io.fetch.Cancellation;
import org.roadshow.io.fetch.FetchProgress;
import org.roadshow.io.fetch.FetchSettings;
import org.roadshow.io.fetch.Fetcher;
import org.roadshow.io.fetch.LocalServer;
import org.roadshow.io.fetch.ProgrammeDownload;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.model.ProgrammeFeed;

/**
 * Import of FOSDEM 2021 from a web address (a server on this machine: the HTTP exchange, the streamed body under
 * the size limit, the parse) against the import of the same bytes already in memory, warm, medians of alternated
 * runs; and an update that the server answers with 304. Goal: the address adds under 20% to the import, and "no
 * change" costs a few milliseconds.
 */
public final class ProgrammeUrlBench {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private ProgrammeUrlBench() {
    }

    public static void run(int rounds) throws Exception {
        byte[] data;
        try (InputStream in = ProgrammeUrlBench.class.getResourceAsStream("/schedules/fosdem_2021.xml")) {
            data = in.readAllBytes();
        }
        try (LocalServer server = new LocalServer()) {
            server.programme("/schedule.xml", data, "\"v1\"", "Sat, 06 Feb 2021 08:00:00 GMT");
            String url = server.url("/schedule.xml");
            Fetcher fetcher = new Fetcher(FetchSettings.DEFAULTS);
            int[] sessions = new int[1];
            Benchmarks.Medians m = Benchmarks.interleaved(60, rounds, () -> {
                ProgrammeDownload.Changed got = (ProgrammeDownload.Changed) ProgrammeDownload.fetch(fetcher, url,
                        FetchProgress.NONE, new Cancellation());
                sessions[0] = got.parsed().toResult(BRUSSELS).sessions().size();
            }, () -> ProgrammeImport.parse(data, "fosdem_2021.xml").toResult(BRUSSELS).sessions().size());
            System.out.printf("fosdem import from a local address: %.1f ms (same bytes from memory: %.1f ms), ratio %.2f"
                    + " (of medians %.2f); %d sessions, %d alternated runs; goal ratio <= 1.2%n", m.figure(), m.baseline(),
                    m.pairedRatio(), m.ratio(), sessions[0], m.runs());
            ProgrammeFeed held = new ProgrammeFeed(url, "\"v1\"", "");
            Benchmarks.Medians unchanged = Benchmarks.interleaved(60, rounds, () -> ProgrammeDownload.update(fetcher, held,
                    FetchProgress.NONE, new Cancellation()), () -> ProgrammeImport.parse(data, "fosdem_2021.xml"));
            System.out.printf("update answered 304 (no change): %.1f ms (a parse of the file: %.1f ms)%n",
                    unchanged.figure(), unchanged.baseline());
        }
    }
}
