package org.roadshow.io.fetch;

import java.time.Duration;
import org.roadshow.io.programme.ImportLimits;

/**
 * How long to wait and how much to take: {@code connectTimeout} for the connection, {@code readTimeout} for the
 * server's answer and for each pause while the body streams in, {@code maxBytes} the most a programme may be
 * (refused as soon as the server announces more, or the moment more has arrived).
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBytes) {
    public static final FetchSettings DEFAULTS = new FetchSettings(Duration.ofSeconds(15), Duration.ofSeconds(30),
            ImportLimits.MAX_BYTES);

    public FetchSettings withReadTimeout(Duration timeout) {
        return new FetchSettings(connectTimeout, timeout, maxBytes);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(connectTimeout, readTimeout, bytes);
    }
}
