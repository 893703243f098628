package org.roadshow.io.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy on this machine for tests: the JDK's HttpServer on a free port of 127.0.0.1, taking requests in
 * the proxy form ({@code GET http://host:port/path}), passing each on to its server with the client's conditional
 * headers, and sending the answer back with its status, version tags and body. It keeps the address of every
 * request it was sent, so a test can tell whether a fetch went through it.
 */
public final class LocalProxy implements AutoCloseable {
    private static final Set<String> PASSED_ON = Set.of("If-None-Match", "If-Modified-Since", "Accept", "User-Agent");
    private static final Set<String> PASSED_BACK = Set.of("ETag", "Last-Modified", "Content-Type", "Location");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient onward = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private final List<URI> seen = new CopyOnWriteArrayList<>();

    public LocalProxy() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try {
                passOn(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client or the server went away: nothing to answer
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    private void passOn(HttpExchange exchange) throws IOException, InterruptedException {
        URI target = exchange.getRequestURI();
        seen.add(target);
        if (target.getHost() == null) { // not the proxy form: a client that does not know this is a proxy
            exchange.sendResponseHeaders(400, -1);
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target).GET();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (PASSED_ON.stream().anyMatch(name::equalsIgnoreCase)) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<byte[]> answer = onward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        answer.headers().map().forEach((name, values) -> {
            if (PASSED_BACK.stream().anyMatch(name::equalsIgnoreCase)) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** "127.0.0.1:PORT", as a user writes it in http_proxy. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The addresses of the requests this proxy was sent, in order. */
    public List<URI> requests() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
