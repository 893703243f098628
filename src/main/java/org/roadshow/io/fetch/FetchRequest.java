package org.roadshow.io.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A programme address to fetch, with the version tags of the copy already held (empty for a first fetch): an
 * update sends them as {@code If-None-Match} and {@code If-Modified-Since}.
 */
public record FetchRequest(String url, URI uri, String etag, String lastModified) {
    public FetchRequest {
        etag = etag == null ? "" : etag;
        lastModified = lastModified == null ? "" : lastModified;
    }

    /** A first fetch of {@code url}, which must be an http or https address with a host. */
    public static FetchRequest of(String url) throws FetchException {
        return of(url, "", "");
    }

    public static FetchRequest of(String url, String etag, String lastModified) throws FetchException {
        String text = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new FetchException(text, FetchException.Problem.BAD_ADDRESS,
                    "this is not a web address (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(text, FetchException.Problem.BAD_ADDRESS,
                    "Roadshow fetches programmes from http:// and https:// addresses only");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException(text, FetchException.Problem.BAD_ADDRESS, "the address names no server");
        }
        return new FetchRequest(text, uri, etag, lastModified);
    }

    /** Whether the text is meant as a web address rather than a file name. */
    public static boolean isWebAddress(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Whether this asks "changed since?" rather than for the programme outright. */
    public boolean isConditional() {
        return !etag.isEmpty() || !lastModified.isEmpty();
    }
}
