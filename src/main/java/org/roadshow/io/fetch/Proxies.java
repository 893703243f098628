package org.roadshow.io.fetch;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which proxy a fetch goes through, from the settings a user has already made, in this order:
 * <ol>
 * <li>Java's own proxy properties ({@code -Dhttps.proxyHost=…}, {@code http.proxyHost}, {@code socksProxyHost}), as
 * the JDK reads them, with {@code http.nonProxyHosts};</li>
 * <li>else the environment, as curl reads it: {@code https_proxy}/{@code HTTPS_PROXY} for https addresses,
 * {@code http_proxy} (lower case only, as in curl) for http, {@code all_proxy}/{@code ALL_PROXY} for either, and
 * {@code no_proxy}/{@code NO_PROXY} for the hosts reached directly ({@link NoProxy}); a proxy written without a
 * scheme is an http one, without a port it is on 1080; {@code user:password@} in it answers the proxy's request
 * for a password;</li>
 * <li>else the desktop's settings ({@code java.net.useSystemProxies}, on unless the user turned it off).</li>
 * </ol>
 * The JDK's client speaks to http:// proxies only: any other kind named in the environment is reported by
 * {@link #problem} rather than silently bypassed.
 */
public final class Proxies extends ProxySelector {
    /** A proxy named in the environment: which variable named it, and its address (null when unreadable). */
    private record Named(String variable, URI uri) {
        boolean usable() {
            return uri != null && "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        }

        /** The proxy for messages: scheme, host and port, never the password. */
        String shown() {
            return uri == null || uri.getHost() == null ? "(not an address)"
                    : uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + ":" + address().getPort();
        }

        InetSocketAddress address() {
            return InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() < 0 ? 1080 : uri.getPort());
        }
    }

    private final ProxySelector jdk;
    private final boolean javaProperties;
    private final Named https;
    private final Named http;
    private final NoProxy direct;

    private Proxies(ProxySelector jdk, boolean javaProperties, Named https, Named http, NoProxy direct) {
        this.jdk = jdk;
        this.javaProperties = javaProperties;
        this.https = https;
        this.http = http;
        this.direct = direct;
    }

    /** This process's settings: its environment, its system properties and the JDK's default selector. */
    public static Proxies system() {
        return of(System.getenv(), System.getProperties(), ProxySelector.getDefault());
    }

    /** No proxy at all, whatever the machine says (tests of servers on this machine, benchmarks). */
    public static Proxies none() {
        return new Proxies(null, false, null, null, NoProxy.NONE);
    }

    /** The settings in {@code env} and {@code properties}; {@code jdk} answers for Java's properties and the desktop. */
    public static Proxies of(Map<String, String> env, Properties properties, ProxySelector jdk) {
        boolean javaProperties = List.of("https.proxyHost", "http.proxyHost", "socksProxyHost").stream()
                .anyMatch(p -> !properties.getProperty(p, "").isBlank());
        Named all = named(env, "all_proxy", "ALL_PROXY");
        Named https = named(env, "https_proxy", "HTTPS_PROXY");
        Named http = named(env, "http_proxy"); // not HTTP_PROXY: a CGI program gets that from a request's header
        NoProxy direct = NoProxy.parse(first(env, "no_proxy", "NO_PROXY"));
        return new Proxies(jdk, javaProperties, https != null ? https : all, http != null ? http : all, direct);
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (javaProperties || (https == null && http == null)) {
            return jdk == null ? List.of(Proxy.NO_PROXY) : jdk.select(uri);
        }
        Named proxy = fromEnvironment(uri);
        return proxy == null || !proxy.usable() ? List.of(Proxy.NO_PROXY)
                : List.of(new Proxy(Proxy.Type.HTTP, proxy.address()));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        if (jdk != null) {
            jdk.connectFailed(uri, address, e);
        }
    }

    /** A proxy named in the environment that cannot be used for {@code uri}, in words for the error message. */
    public Optional<String> problem(URI uri) {
        Named proxy = javaProperties ? null : fromEnvironment(uri);
        if (proxy == null || proxy.usable()) {
            return Optional.empty();
        }
        return Optional.of("the proxy in " + proxy.variable() + ", " + proxy.shown() + ", is not one Roadshow can use: "
                + "it goes through http:// proxies only");
    }

    /** "the proxy proxy.example:3128 (from https_proxy)", when the environment sends {@code uri} through one. */
    public Optional<String> describe(URI uri) {
        Named proxy = javaProperties ? null : fromEnvironment(uri);
        return proxy == null ? Optional.empty()
                : Optional.of("the proxy " + proxy.shown() + " (from " + proxy.variable() + ")");
    }

    /** Answers an environment proxy's request for a password with the user and password written in it. */
    public Optional<Authenticator> authenticator() {
        if (javaProperties || (credentials(https) == null && credentials(http) == null)) {
            return Optional.empty();
        }
        return Optional.of(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                if (getRequestorType() != RequestorType.PROXY) {
                    return null;
                }
                for (Named n : new Named[] {https, http}) {
                    PasswordAuthentication p = credentials(n);
                    if (p != null && n.usable() && n.uri().getHost().equalsIgnoreCase(getRequestingHost())) {
                        return p;
                    }
                }
                return null;
            }
        });
    }

    private Named fromEnvironment(URI uri) {
        if (direct.matches(uri.getHost())) {
            return null;
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
    }

    private static PasswordAuthentication credentials(Named n) {
        String user = n == null || n.uri() == null ? null : n.uri().getUserInfo();
        if (user == null || user.isEmpty()) {
            return null;
        }
        int colon = user.indexOf(':');
        return colon < 0 ? new PasswordAuthentication(user, new char[0])
                : new PasswordAuthentication(user.substring(0, colon), user.substring(colon + 1).toCharArray());
    }

    private static Named named(Map<String, String> env, String... variables) {
        for (String variable : variables) {
            String text = env.get(variable);
            if (text != null && !text.isBlank()) {
                String t = text.strip();
                try {
                    return new Named(variable, new URI(t.contains("://") ? t : "http://" + t).parseServerAuthority());
                } catch (URISyntaxException e) { // not an address: the fetch says so, as curl would fail
                    return new Named(variable, null);
                }
            }
        }
        return null;
    }

    private static String first(Map<String, String> env, String... variables) {
        for (String variable : variables) {
            String text = env.get(variable);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }
}
