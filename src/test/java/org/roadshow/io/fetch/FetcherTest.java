package org.roadshow.io.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadshow.io.fetch.FetchException.Problem;
import org.roadshow.io.programme.ProgrammeImportException;
import org.roadshow.model.ProgrammeFeed;

/** Fetching against a server on this machine: each answer a real server gives, and each way it can go wrong. */
class FetcherTest {
    private static final String ETAG = "\"fosdem-2021-v1\"";
    private static final String MODIFIED = "Sat, 06 Feb 2021 08:00:00 GMT";
    /** For the time-out tests only: anything else gets the normal time-outs, as a busy machine can be slow. */
    private static final FetchSettings QUICK = FetchSettings.DEFAULTS.withReadTimeout(Duration.ofMillis(700));

    private final LocalServer server = new LocalServer();
    private final Fetcher fetcher = new Fetcher(FetchSettings.DEFAULTS);

    FetcherTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static byte[] fosdem() throws Exception {
        try (InputStream in = FetcherTest.class.getResourceAsStream("/schedules/fosdem_2021.xml")) {
            return in.readAllBytes();
        }
    }

    private FetchException failure(String url) {
        return failure(fetcher, url);
    }

    private static FetchException failure(Fetcher f, String url) {
        return assertThrows(FetchException.class, () -> f.fetch(FetchRequest.of(url), FetchProgress.NONE,
                new Cancellation()));
    }

    @Test
    void aProgrammeComesWithItsVersionTagsAndProgress() throws Exception {
        byte[] body = fosdem();
        server.programme("/2021/schedule.xml", body, ETAG, MODIFIED);
        AtomicLong last = new AtomicLong();
        AtomicLong total = new AtomicLong();
        FetchResult r = fetcher.fetch(FetchRequest.of(server.url("/2021/schedule.xml")), (n, of) -> {
            last.set(n);
            total.set(of);
        }, new Cancellation());
        FetchResult.Fetched got = assertInstanceOf(FetchResult.Fetched.class, r);
        assertArrayEquals(body, got.body());
        assertEquals(ETAG, got.etag());
        assertEquals(MODIFIED, got.lastModified());
        assertEquals(body.length, last.get(), "progress reaches the whole body");
        assertEquals(body.length, total.get(), "the announced size");
        assertTrue(server.lastRequest().header("User-Agent").startsWith("Roadshow/"));
        assertNull(server.lastRequest().header("If-None-Match"), "a first fetch asks for the programme outright");
    }

    @Test
    void anUpdateAsksChangedSinceAndA304MeansNoChange() throws Exception {
        server.programme("/schedule.xml", fosdem(), ETAG, MODIFIED);
        ProgrammeFeed held = new ProgrammeFeed(server.url("/schedule.xml"), ETAG, MODIFIED);
        ProgrammeDownload.Outcome outcome = ProgrammeDownload.update(fetcher, held, FetchProgress.NONE, new Cancellation());
        assertInstanceOf(ProgrammeDownload.Unchanged.class, outcome);
        assertEquals(held, outcome.feed(), "the version held stays");
        assertEquals(ETAG, server.lastRequest().header("If-None-Match"));
        assertEquals(MODIFIED, server.lastRequest().header("If-Modified-Since"));

        ProgrammeFeed older = new ProgrammeFeed(server.url("/schedule.xml"), "\"fosdem-2021-v0\"", "");
        ProgrammeDownload.Changed changed = assertInstanceOf(ProgrammeDownload.Changed.class,
                ProgrammeDownload.update(fetcher, older, FetchProgress.NONE, new Cancellation()));
        assertEquals(773, changed.parsed().sessionCount());
        assertEquals(new ProgrammeFeed(server.url("/schedule.xml"), ETAG, MODIFIED), changed.feed());
        assertEquals("Online", changed.parsed().venue(), "the file's venue, for the trip's conference");
    }

    @Test
    void redirectsAreFollowedAndTheAddressGivenIsKept() throws Exception {
        server.programme("/2021/schedule.xml", fosdem(), ETAG, null).redirect("/schedule/xml", "/2021/schedule.xml");
        ProgrammeDownload.Changed got = assertInstanceOf(ProgrammeDownload.Changed.class,
                ProgrammeDownload.fetch(fetcher, server.url("/schedule/xml"), FetchProgress.NONE, new Cancellation()));
        assertEquals(server.url("/schedule/xml"), got.feed().url(), "an update asks the address the user gave");
        assertEquals("/2021/schedule.xml", server.lastRequest().path());
    }

    @Test
    void notFoundAndServerErrorsSaySoAndNameTheAddress() {
        server.status("/broken", 503);
        FetchException missing = failure(server.url("/2031/schedule.xml"));
        assertEquals(Problem.NOT_FOUND, missing.problem());
        assertEquals(server.url("/2031/schedule.xml") + ": not found on the server (HTTP 404); check the address",
                missing.getMessage());
        FetchException broken = failure(server.url("/broken"));
        assertEquals(Problem.SERVER_ERROR, broken.problem());
        assertEquals(server.url("/broken") + ": the server had an error (HTTP 503); try again later", broken.getMessage());
    }

    @Test
    void aWebPageIsNotAProgramme() {
        server.html("/schedule");
        FetchException e = failure(server.url("/schedule"));
        assertEquals(Problem.NOT_A_PROGRAMME, e.problem());
        assertTrue(e.getMessage().startsWith(server.url("/schedule") + ": this is a web page, not a programme"),
                e.getMessage());
    }

    @Test
    void aSilentServerTimesOut() {
        server.silent("/slow");
        long start = System.nanoTime();
        FetchException e = failure(new Fetcher(QUICK), server.url("/slow"));
        assertEquals(Problem.TIMED_OUT, e.problem());
        assertEquals(server.url("/slow") + ": timed out: the server did not answer within 0.7 s", e.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "gave up instead of waiting on");
    }

    @Test
    void aBodyThatStopsComingTimesOut() {
        server.stalling("/stalls");
        FetchException e = failure(new Fetcher(QUICK), server.url("/stalls"));
        assertEquals(Problem.TIMED_OUT, e.problem());
        assertEquals(server.url("/stalls") + ": the download stalled: nothing arrived for 0.7 s", e.getMessage());
    }

    @Test
    void anAnnouncedOversizedBodyIsRefusedAndAStreamedOneIsCutOff() throws Exception {
        Fetcher small = new Fetcher(FetchSettings.DEFAULTS.withMaxBytes(100_000));
        server.large("/announced", 30L * 1024 * 1024, 0).large("/streamed", 0, 400_000);
        FetchException announced = assertThrows(FetchException.class, () -> small.fetch(
                FetchRequest.of(server.url("/announced")), FetchProgress.NONE, new Cancellation()));
        assertEquals(Problem.TOO_LARGE, announced.problem());
        assertEquals(server.url("/announced") + ": the programme is 30.0 MB, more than the 0.1 MB a programme may be;"
                + " nothing more was downloaded", announced.getMessage());
        AtomicLong most = new AtomicLong();
        FetchException streamed = assertThrows(FetchException.class, () -> small.fetch(
                FetchRequest.of(server.url("/streamed")), (n, of) -> most.set(n), new Cancellation()));
        assertEquals(Problem.TOO_LARGE, streamed.problem());
        assertTrue(most.get() <= 100_000, "never more than the limit kept: " + most.get());
    }

    @Test
    void theDefaultLimitIsTheImportLimit() {
        assertEquals(org.roadshow.io.programme.ImportLimits.MAX_BYTES, FetchSettings.DEFAULTS.maxBytes());
    }

    @Test
    void cancelStopsAFetchInProgress() throws Exception {
        server.silent("/slow");
        Fetcher patient = new Fetcher(FetchSettings.DEFAULTS);
        Cancellation cancel = new Cancellation();
        CompletableFuture<FetchException> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                patient.fetch(FetchRequest.of(server.url("/slow")), FetchProgress.NONE, cancel);
                return null;
            } catch (FetchException e) {
                return e;
            }
        });
        while (server.requests().isEmpty()) {
            Thread.onSpinWait();
        }
        cancel.cancel();
        FetchException e = outcome.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(Problem.CANCELLED, e.problem());
    }

    @Test
    void nothingListeningIsOffline() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FetchException e = failure("http://127.0.0.1:" + port + "/schedule.xml");
        assertEquals(Problem.OFFLINE, e.problem());
        assertTrue(e.getMessage().endsWith(": nothing answers at this address; the server may be down, or this computer offline"),
                e.getMessage());
    }

    @Test
    void onlyWebAddressesAreFetched() {
        FetchException file = assertThrows(FetchException.class, () -> FetchRequest.of("file:///etc/passwd"));
        assertEquals("file:///etc/passwd: Roadshow fetches programmes from http:// and https:// addresses only",
                file.getMessage());
        assertEquals(Problem.BAD_ADDRESS, assertThrows(FetchException.class, () -> FetchRequest.of("https://")).problem());
        assertTrue(FetchRequest.isWebAddress(" HTTPS://fosdem.org/2021/schedule/xml"));
        assertFalse(FetchRequest.isWebAddress("fosdem_2021.xml"));
    }

    @Test
    void aProgrammeThatCannotBeReadNamesTheAddress() throws Exception {
        server.programme("/schedule.txt", "just some words".getBytes(), null, null);
        ProgrammeImportException e = assertThrows(ProgrammeImportException.class, () -> ProgrammeDownload.fetch(
                fetcher, server.url("/schedule.txt"), FetchProgress.NONE, new Cancellation()));
        assertTrue(e.getMessage().startsWith(server.url("/schedule.txt") + ": this looks like text starting"), e.getMessage());
    }
}
