package org.roadshow.model;

/**
 * Where a programme imported from a web address came from, and what the server said about that version:
 * its {@code ETag} and {@code Last-Modified} header values, kept as sent so that an update can ask "changed
 * since?" ({@code If-None-Match}, {@code If-Modified-Since}). {@link #NONE} for a programme read from a file.
 */
public record ProgrammeFeed(String url, String etag, String lastModified) {
    public static final ProgrammeFeed NONE = new ProgrammeFeed("", "", "");

    public ProgrammeFeed {
        url = Lists.text(url);
        etag = Lists.text(etag);
        lastModified = Lists.text(lastModified);
    }

    /** Whether the programme came from a web address and can be updated from it. */
    public boolean hasUrl() {
        return !url.isEmpty();
    }
}
