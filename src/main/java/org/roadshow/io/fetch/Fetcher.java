package org.roadshow.io.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.roadshow.Version;
import org.roadshow.io.fetch.FetchException.Problem;

/**
 * Fetches a programme over HTTP or HTTPS with the JDK's client: the proxy the user set ({@link Proxies}), normal redirects
 * (never from https to http), time-outs for connecting, for the answer and for each pause in the body, the size
 * limit enforced while the body streams, and Cancel. Every failure becomes a {@link FetchException} that names
 * the address. Nothing here runs unless the user asks for a fetch.
 */
public final class Fetcher {
    static {
        // The system's proxy settings (GNOME, Windows, macOS) unless the user chose otherwise. The JDK reads this
        // when ProxySelector is first used: nothing in Roadshow uses it before the first Fetcher is made.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        // The client reads the socket into buffers of this size and hands each on through its flow: with the
        // default 16 KB a 1.6 MB programme is a hundred hand-overs between threads, which cost more than the
        // bytes (measured: FOSDEM 2021 from a local address about 1.5x faster with 256 KB). Read once, when the
        // first client is made.
        if (System.getProperty("jdk.httpclient.bufsize") == null) {
            System.setProperty("jdk.httpclient.bufsize", Integer.toString(256 * 1024));
        }
    }

    private static final String ACCEPT = "application/xml, text/xml, application/json, text/calendar, */*;q=0.5";
    private static final long POLL_MS = 100;
    private static final String TUNNEL_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    private final FetchSettings settings;
    private final Proxies proxies;
    private final HttpClient client;

    /** A fetcher that goes through the proxy this process's properties, environment or desktop name. */
    public Fetcher(FetchSettings settings) {
        this(settings, Proxies.system());
    }

    public Fetcher(FetchSettings settings, Proxies proxies) {
        this.settings = settings;
        this.proxies = proxies;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.connectTimeout())
                .proxy(proxies);
        proxies.authenticator().ifPresent(password -> {
            // curl sends a proxy's password before an https tunnel too; the JDK refuses unless told otherwise,
            // and reads this once, when its first client is made (none is made in Roadshow before a fetch)
            if (System.getProperty(TUNNEL_SCHEMES) == null) {
                System.setProperty(TUNNEL_SCHEMES, "");
            }
            builder.authenticator(password);
        });
        this.client = builder.build();
    }

    /** A fetcher made on the first call, so that a dialog that never fetches starts no HTTP client. */
    public static java.util.function.Supplier<Fetcher> whenFirstUsed(FetchSettings settings) {
        return new java.util.function.Supplier<>() {
            private Fetcher made;

            @Override
            public synchronized Fetcher get() {
                if (made == null) {
                    made = new Fetcher(settings);
                }
                return made;
            }
        };
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Fetches the address, asking "changed since?" when the request carries version tags. */
    public FetchResult fetch(FetchRequest request, FetchProgress progress, Cancellation cancel) throws FetchException {
        java.util.Optional<String> badProxy = proxies.problem(request.uri());
        if (badProxy.isPresent()) {
            throw new FetchException(request.url(), Problem.NETWORK, badProxy.get() + "; change the variable, or "
                    + "leave this address out of it with no_proxy");
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri())
                .timeout(settings.readTimeout())
                .header("User-Agent", "Roadshow/" + Version.text().replace("Roadshow ", ""))
                .header("Accept", ACCEPT)
                .GET();
        if (!request.etag().isEmpty()) {
            http.header("If-None-Match", request.etag());
        }
        if (!request.lastModified().isEmpty()) {
            http.header("If-Modified-Since", request.lastModified());
        }
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(http.build(), info -> {
            if (info.statusCode() != 200) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            LimitedBody limited = new LimitedBody(settings.maxBytes(),
                    info.headers().firstValueAsLong("Content-Length").orElse(-1), progress);
            body.set(limited);
            return limited;
        });
        HttpResponse<byte[]> response = await(request, future, body, cancel);
        return answer(request, response);
    }

    /** Waits for the response, checking for Cancel and for a body that stopped coming. */
    private HttpResponse<byte[]> await(FetchRequest request, CompletableFuture<HttpResponse<byte[]>> future,
                                       AtomicReference<LimitedBody> body, Cancellation cancel) throws FetchException {
        long idleLimit = settings.readTimeout().toNanos();
        while (true) {
            try {
                return future.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancel.isCancelled()) {
                    future.cancel(true);
                    throw new FetchException(request.url(), Problem.CANCELLED, "cancelled");
                }
                LimitedBody b = body.get();
                if (b != null && System.nanoTime() - b.lastActivity() > idleLimit) {
                    future.cancel(true);
                    throw new FetchException(request.url(), Problem.TIMED_OUT, "the download stalled: nothing arrived for "
                            + seconds(settings.readTimeout().toMillis()));
                }
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new FetchException(request.url(), Problem.CANCELLED, "cancelled", e);
            } catch (CancellationException e) {
                throw new FetchException(request.url(), Problem.CANCELLED, "cancelled", e);
            } catch (ExecutionException e) {
                throw failure(request, e.getCause());
            }
        }
    }

    private FetchResult answer(FetchRequest request, HttpResponse<byte[]> response) throws FetchException {
        int status = response.statusCode();
        String url = request.url();
        URI where = response.uri();
        if (status == 200) {
            byte[] data = response.body();
            if (looksLikeHtml(data)) {
                throw new FetchException(url, Problem.NOT_A_PROGRAMME, "this is a web page, not a programme; use the "
                        + "address of the conference's schedule export (XML, JSON or .ics)"
                        + (where.equals(request.uri()) ? "" : " (the server sent Roadshow on to " + where + ")"));
            }
            HttpHeaders h = response.headers();
            return new FetchResult.Fetched(where, data, h.firstValue("ETag").orElse(""),
                    h.firstValue("Last-Modified").orElse(""));
        }
        if (status == 304) {
            return new FetchResult.NotModified(where);
        }
        String http = " (HTTP " + status + ")";
        if (status == 404 || status == 410) {
            throw new FetchException(url, Problem.NOT_FOUND, "not found on the server" + http + "; check the address");
        }
        if (status == 407) {
            throw new FetchException(url, Problem.FORBIDDEN, proxies.describe(request.uri()).orElse("the proxy")
                    + " wants a user name and password" + http + "; write them into the proxy's address (http://USER:"
                    + "PASSWORD@HOST:PORT)");
        }
        if (status == 401 || status == 403) {
            throw new FetchException(url, Problem.FORBIDDEN, "the server refuses access" + http);
        }
        if (status >= 500) {
            throw new FetchException(url, Problem.SERVER_ERROR, "the server had an error" + http + "; try again later");
        }
        if (status >= 300 && status < 400) {
            String next = response.headers().firstValue("Location").orElse("nowhere");
            throw new FetchException(url, Problem.REFUSED, "the server sends Roadshow on to " + next + http
                    + ", which it does not follow (from https to http, or more than five steps)");
        }
        throw new FetchException(url, Problem.REFUSED, "the server did not send the programme" + http);
    }

    private FetchException failure(FetchRequest request, Throwable error) {
        String url = request.url();
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof LimitedBody.TooLarge large) {
            return new FetchException(url, Problem.TOO_LARGE, (large.size > 0 ? "the programme is " + megabytes(large.size)
                    : "the programme is larger than " + megabytes(settings.maxBytes())) + ", more than the "
                    + megabytes(settings.maxBytes()) + " a programme may be; nothing more was downloaded", e);
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new FetchException(url, Problem.TIMED_OUT, "timed out: no connection to the server within "
                    + seconds(settings.connectTimeout().toMillis()), e);
        }
        if (e instanceof HttpTimeoutException) {
            return new FetchException(url, Problem.TIMED_OUT, "timed out: the server did not answer within "
                    + seconds(settings.readTimeout().toMillis()), e);
        }
        if (e instanceof CancellationException) {
            return new FetchException(url, Problem.CANCELLED, "cancelled", e);
        }
        java.util.Optional<String> proxy = proxies.describe(request.uri());
        if (proxy.isPresent() && (causeOf(e, UnknownHostException.class) != null
                || causeOf(e, ConnectException.class) != null)) {
            return new FetchException(url, Problem.OFFLINE, proxy.get() + " does not answer; check the proxy "
                    + "setting, or leave this address out of it with no_proxy", e);
        }
        UnknownHostException unknown = causeOf(e, UnknownHostException.class);
        if (unknown != null) {
            return new FetchException(url, Problem.OFFLINE, "the server's name is unknown; check the address, "
                    + "or whether this computer is online", e);
        }
        if (causeOf(e, ConnectException.class) != null) {
            return new FetchException(url, Problem.OFFLINE, "nothing answers at this address; the server may be "
                    + "down, or this computer offline", e);
        }
        SSLException ssl = causeOf(e, SSLException.class);
        if (ssl != null) {
            return new FetchException(url, Problem.INSECURE, "the secure connection failed (" + ssl.getMessage() + ")", e);
        }
        if (e instanceof IOException) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new FetchException(url, Problem.NETWORK, "the download failed (" + why + ")", e);
        }
        return new FetchException(url, Problem.NETWORK, "the download failed (" + e + ")", e);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A web page rather than a programme: the first non-blank text is an HTML doctype or root element. */
    static boolean looksLikeHtml(byte[] data) {
        int start = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < data.length && Character.isWhitespace(data[start])) {
            start++;
        }
        String head = new String(data, start, Math.min(512, data.length - start), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || (head.startsWith("<") && head.contains("<html"));
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
