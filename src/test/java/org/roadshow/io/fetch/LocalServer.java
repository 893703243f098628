package org.roadshow.io.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A web server on this machine for tests: the JDK's HttpServer on a free port of 127.0.0.1, serving what the
 * test puts at each path (a programme with its ETag and Last-Modified, answering 304 to a matching conditional
 * request; a redirect; an error status; a server that never answers; a body that never ends), and keeping the
 * headers of each request it was sent.
 */
public final class LocalServer implements AutoCloseable {
    /** One request as the server saw it. */
    public record Seen(String path, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            seen.add(new Seen(exchange.getRequestURI().getPath(), exchange.getRequestHeaders()));
            Handler h = handlers.get(exchange.getRequestURI().getPath());
            try {
                if (h == null) {
                    send(exchange, 404, "text/plain", "not here".getBytes());
                } else {
                    h.handle(exchange);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away (cancelled, timed out, refused a large body): nothing to answer
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code body}; answers 304 when If-None-Match names {@code etag} or If-Modified-Since is {@code lastModified}. */
    public LocalServer programme(String path, byte[] body, String etag, String lastModified) {
        handlers.put(path, exchange -> {
            String ifNone = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            if (etag != null) {
                exchange.getResponseHeaders().set("ETag", etag);
            }
            if (lastModified != null) {
                exchange.getResponseHeaders().set("Last-Modified", lastModified);
            }
            if ((ifNone != null && ifNone.equals(etag)) || (ifNone == null && ifSince != null && ifSince.equals(lastModified))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, "application/xml", body);
        });
        return this;
    }

    public LocalServer redirect(String path, String to) {
        handlers.put(path, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            exchange.sendResponseHeaders(302, -1);
        });
        return this;
    }

    public LocalServer status(String path, int status) {
        handlers.put(path, exchange -> send(exchange, status, "text/plain", ("status " + status).getBytes()));
        return this;
    }

    public LocalServer html(String path) {
        handlers.put(path, exchange -> send(exchange, 200, "text/html",
                "<!DOCTYPE html>\n<html><head><title>Schedule</title></head><body>Schedule</body></html>".getBytes()));
        return this;
    }

    /** Never answers (until the server closes). */
    public LocalServer silent(String path) {
        handlers.put(path, exchange -> closing.await(60, TimeUnit.SECONDS));
        return this;
    }

    /** Sends the headers and a first part of the body, then nothing more (until the server closes). */
    public LocalServer stalling(String path) {
        handlers.put(path, exchange -> {
            exchange.sendResponseHeaders(200, 100_000);
            OutputStream out = exchange.getResponseBody();
            out.write("<schedule>".getBytes());
            out.flush();
            closing.await(60, TimeUnit.SECONDS);
        });
        return this;
    }

    /** Announces {@code announced} bytes (or streams without a length when 0) and sends {@code sent} of them. */
    public LocalServer large(String path, long announced, int sent) {
        handlers.put(path, exchange -> {
            exchange.sendResponseHeaders(200, announced);
            OutputStream out = exchange.getResponseBody();
            byte[] chunk = new byte[8192];
            java.util.Arrays.fill(chunk, (byte) 'x');
            chunk[0] = '<';
            for (int written = 0; written < sent; written += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, sent - written));
                chunk[0] = 'x';
            }
        });
        return this;
    }

    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    public Seen lastRequest() {
        return seen.get(seen.size() - 1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
