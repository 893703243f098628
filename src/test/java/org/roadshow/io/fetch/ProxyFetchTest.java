package org.roadshow.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadshow.model.ProgrammeFeed;

/**
 * A programme import through an HTTP proxy named in the environment, as curl would take it: a proxy on this
 * machine passes the request on to the programme's server; no_proxy sends the same address straight there.
 */
class ProxyFetchTest {
    private static final String ETAG = "\"fosdem-2021-v1\"";
    private static final String MODIFIED = "Sat, 06 Feb 2021 08:00:00 GMT";

    private final LocalServer server = new LocalServer();
    private final LocalProxy proxy = new LocalProxy();

    ProxyFetchTest() throws Exception {
        server.programme("/2021/schedule/xml", FetcherTest.fosdem(), ETAG, MODIFIED);
    }

    @AfterEach
    void stop() {
        proxy.close();
        server.close();
    }

    private static Fetcher fetcher(Map<String, String> env) {
        return new Fetcher(FetchSettings.DEFAULTS, Proxies.of(env, new Properties(), null));
    }

    private ProgrammeDownload.Outcome importFrom(Map<String, String> env, String url) throws Exception {
        return ProgrammeDownload.fetch(fetcher(env), url, FetchProgress.NONE, new Cancellation());
    }

    @Test
    void anImportGoesThroughTheProxyInHttpProxyAndAnUpdateToo() throws Exception {
        String url = server.url("/2021/schedule/xml");
        Map<String, String> env = Map.of("http_proxy", "http://" + proxy.hostAndPort());

        ProgrammeDownload.Changed got = assertInstanceOf(ProgrammeDownload.Changed.class, importFrom(env, url));

        assertEquals(773, got.parsed().toResult(ZoneId.of("Europe/Brussels")).sessions().size());
        assertEquals(List.of(URI.create(url)), proxy.requests(), "the proxy was asked for the programme's address");
        assertEquals(new ProgrammeFeed(url, ETAG, MODIFIED), got.feed(), "the version tags came back through it");
        assertInstanceOf(ProgrammeDownload.Unchanged.class, ProgrammeDownload.update(fetcher(env), got.feed(),
                FetchProgress.NONE, new Cancellation()), "the conditional request went through it and 304 came back");
        assertEquals(2, proxy.requests().size());
        assertEquals(2, server.requests().size());
    }

    @Test
    void aProxyWithoutSchemeOrTheUpperCaseAllProxyIsUsedToo() throws Exception {
        String url = server.url("/2021/schedule/xml");
        assertInstanceOf(ProgrammeDownload.Changed.class, importFrom(Map.of("ALL_PROXY", proxy.hostAndPort()), url));
        assertEquals(1, proxy.requests().size());
    }

    @Test
    void noProxyNamingTheHostGoesStraightToTheServer() throws Exception {
        String url = server.url("/2021/schedule/xml");
        for (String bypass : List.of("127.0.0.1", "localhost,127.0.0.0/8", "*")) {
            Map<String, String> env = Map.of("http_proxy", proxy.hostAndPort(), "no_proxy", bypass);
            assertInstanceOf(ProgrammeDownload.Changed.class, importFrom(env, url), bypass);
        }
        assertEquals(List.of(), proxy.requests(), "the proxy was never asked");
        assertEquals(3, server.requests().size());
    }

    @Test
    void httpsProxyIsNotUsedForAnHttpAddressNorUpperCaseHttpProxy() throws Exception {
        String url = server.url("/2021/schedule/xml");
        assertInstanceOf(ProgrammeDownload.Changed.class, importFrom(Map.of("https_proxy", proxy.hostAndPort(),
                "HTTP_PROXY", proxy.hostAndPort()), url));
        assertEquals(List.of(), proxy.requests());
    }

    @Test
    void aProxyThatDoesNotAnswerIsNamedInTheError() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String url = server.url("/2021/schedule/xml");
        FetchException e = assertThrows(FetchException.class,
                () -> importFrom(Map.of("http_proxy", "http://127.0.0.1:" + closed), url));
        assertEquals(FetchException.Problem.OFFLINE, e.problem());
        assertTrue(e.getMessage().startsWith(url + ": the proxy http://127.0.0.1:" + closed + " (from http_proxy) does "
                + "not answer"), e.getMessage());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void aKindOfProxyTheClientCannotUseIsReportedNotBypassed() {
        String url = server.url("/2021/schedule/xml");
        FetchException e = assertThrows(FetchException.class,
                () -> importFrom(Map.of("http_proxy", "socks5://user:secret@proxy.example:1080"), url));
        assertEquals(url + ": the proxy in http_proxy, socks5://proxy.example:1080, is not one Roadshow can use: it goes "
                + "through http:// proxies only; change the variable, or leave this address out of it with no_proxy",
                e.getMessage());
        assertEquals(List.of(), server.requests(), "nothing went round the proxy");
    }
}
