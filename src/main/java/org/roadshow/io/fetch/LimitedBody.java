package org.roadshow.io.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, enforced while it streams: a body the server announces as larger is
 * refused before a byte is read, and one that grows past the limit is cut off the moment it does. Reports
 * progress and when the last bytes came, so that a stalled download can be timed out.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body is larger than the limit; {@code size} is what the server announced, or -1 when it streamed. */
    static final class TooLarge extends IOException {
        final long size;

        TooLarge(long size) {
            super("the body is larger than the limit");
            this.size = size;
        }
    }

    private final long limit;
    private final long announced;
    private final FetchProgress progress;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer;
    private volatile long lastActivity = System.nanoTime();
    private Flow.Subscription subscription;
    private long received;

    LimitedBody(long limit, long announced, FetchProgress progress) {
        this.limit = limit;
        this.announced = announced;
        this.progress = progress;
        this.buffer = new ByteArrayOutputStream((int) Math.min(Math.max(announced, 8192), Math.min(limit, 1 << 24)));
    }

    /** System.nanoTime() of the last bytes received, or of the headers when none came yet. */
    long lastActivity() {
        return lastActivity;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (announced > limit) {
            s.cancel();
            result.completeExceptionally(new TooLarge(announced));
            return;
        }
        progress.received(0, announced);
        s.request(Long.MAX_VALUE); // as fast as it comes: the limit is checked on each part and cancels the rest
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        lastActivity = System.nanoTime();
        long size = 0;
        for (ByteBuffer b : items) {
            size += b.remaining();
        }
        if (received + size > limit) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(-1));
            return;
        }
        for (ByteBuffer b : items) {
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
        received += size;
        progress.received(received, announced);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }
}
