package org.roadshow.io.fetch;

/** How far a download is: bytes received so far and the size the server announced (-1 when it did not). */
@FunctionalInterface
public interface FetchProgress {
    FetchProgress NONE = (received, total) -> { };

    /** Called on the network thread as the body arrives. */
    void received(long bytes, long total);
}
