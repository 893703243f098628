package org.roadshow.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which proxy an address goes through: Java's properties, else the environment as curl reads it, else the desktop. */
class ProxiesTest {
    /** Stands for the JDK's selector (Java's properties or the desktop's settings). */
    private static final ProxySelector JDK = new ProxySelector() {
        @Override
        public List<Proxy> select(URI uri) {
            return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("desktop.example", 8080)));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        }
    };

    private static String via(Map<String, String> env, Properties properties, String url) {
        Proxy p = Proxies.of(env, properties, JDK).select(URI.create(url)).get(0);
        if (p.type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress a = (InetSocketAddress) p.address();
        return a.getHostString() + ":" + a.getPort();
    }

    private static String via(Map<String, String> env, String url) {
        return via(env, new Properties(), url);
    }

    @Test
    void eachSchemeHasItsVariableAndAllProxyCoversBoth() {
        Map<String, String> env = Map.of("https_proxy", "http://secure.example:3128", "http_proxy", "plain.example:8000");
        assertEquals("secure.example:3128", via(env, "https://fosdem.org/2021/schedule/xml"));
        assertEquals("plain.example:8000", via(env, "http://fosdem.org/2021/schedule/xml"));
        assertEquals("any.example:1080", via(Map.of("ALL_PROXY", "any.example"), "https://fosdem.org/"),
                "no scheme means http, no port means 1080, as in curl");
        assertEquals("secure.example:3128", via(Map.of("HTTPS_PROXY", "secure.example:3128", "all_proxy", "any.example"),
                "https://fosdem.org/"));
        assertEquals("direct", via(Map.of("https_proxy", "secure.example:3128"), "http://fosdem.org/"),
                "a variable for the other scheme only: straight to the server, as curl goes");
        assertEquals("desktop.example:8080", via(Map.of("HTTP_PROXY", "plain.example:8000"), "http://fosdem.org/"),
                "upper-case HTTP_PROXY is not read (a CGI program gets it from a request header)");
    }

    @Test
    void javaPropertiesComeFirstAndTheDesktopLast() {
        Properties java = new Properties();
        java.setProperty("https.proxyHost", "set-for-java.example");
        assertEquals("desktop.example:8080", via(Map.of("https_proxy", "secure.example:3128"), java, "https://fosdem.org/"),
                "with Java's properties set the JDK's selector answers (it reads them)");
        assertEquals("desktop.example:8080", via(Map.of(), "https://fosdem.org/"));
        assertEquals("direct", Proxies.none().select(URI.create("https://fosdem.org/")).get(0).type() == Proxy.Type.DIRECT
                ? "direct" : "proxy");
    }

    @Test
    void noProxyMatchesNamesAndTheNamesUnderThemAsCurlDoes() {
        NoProxy list = NoProxy.parse(" .fosdem.org, pretalx.com:443 ,internal , 10.0.0.0/8 ,192.168.1.7,[::1], fd00::/8");
        for (String host : List.of("fosdem.org", "www.fosdem.org", "FOSDEM.org.", "pretalx.com", "cfp.pretalx.com",
                "internal", "10.1.2.3", "192.168.1.7", "[::1]", "::1", "[fd12::7]")) {
            assertTrue(list.matches(host), host);
        }
        for (String host : List.of("notfosdem.org", "fosdem.org.evil.example", "pretalx.community", "internal.example",
                "11.1.2.3", "192.168.1.70", "[::2]", "fe80::1", "")) {
            assertFalse(list.matches(host), host);
        }
        assertTrue(NoProxy.parse("*").matches("anything.example"));
        assertFalse(NoProxy.parse("").matches("fosdem.org"));
        assertFalse(NoProxy.parse("10.0.0.0/x, 999.1.1.1").matches("10.0.0.1"), "broken entries are skipped");
    }

    @Test
    void noProxyAppliesToTheEnvironmentsProxies() {
        Map<String, String> env = Map.of("https_proxy", "secure.example:3128", "NO_PROXY", "fosdem.org");
        assertEquals("direct", via(env, "https://archive.fosdem.org/2021/schedule/xml"));
        assertEquals("secure.example:3128", via(env, "https://pretalx.com/"));
    }

    @Test
    void aPasswordInTheProxysAddressAnswersTheProxyOnly() {
        assertTrue(Proxies.of(Map.of("https_proxy", "http://lena:s%40cret@secure.example:3128"), new Properties(), JDK)
                .authenticator().isPresent());
        assertFalse(Proxies.of(Map.of("https_proxy", "http://secure.example:3128"), new Properties(), JDK)
                .authenticator().isPresent());
    }

    @Test
    void anUnreadableOrUnusableProxyIsAProblemNamedWithoutItsPassword() {
        Proxies socks = Proxies.of(Map.of("all_proxy", "socks5h://lena:secret@socks.example"), new Properties(), JDK);
        String problem = socks.problem(URI.create("https://fosdem.org/")).orElseThrow();
        assertEquals("the proxy in all_proxy, socks5h://socks.example:1080, is not one Roadshow can use: it goes through "
                + "http:// proxies only", problem);
        assertTrue(Proxies.of(Map.of("http_proxy", "http://bad host:80"), new Properties(), JDK)
                .problem(URI.create("http://fosdem.org/")).orElseThrow().contains("(not an address)"));
        assertTrue(Proxies.of(Map.of("http_proxy", "proxy.example:3128"), new Properties(), JDK)
                .problem(URI.create("http://fosdem.org/")).isEmpty());
    }
}
