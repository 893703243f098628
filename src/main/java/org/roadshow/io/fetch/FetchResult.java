package org.roadshow.io.fetch;

import java.net.URI;

/** What a fetch brought: the body with the server's version tags, or word that nothing changed (HTTP 304). */
public sealed interface FetchResult {
    /** The address finally answered, after redirects. */
    URI uri();

    /** A body (HTTP 200) and the {@code ETag} and {@code Last-Modified} that came with it ("" when absent). */
    record Fetched(URI uri, byte[] body, String etag, String lastModified) implements FetchResult {
    }

    /** The version asked about is still the current one. */
    record NotModified(URI uri) implements FetchResult {
    }
}
