package org.roadshow.io.project;

import java.io.IOException;

/** Like {@link java.util.function.Consumer}, for code that writes and may throw {@link IOException}. */
@FunctionalInterface
public interface IOConsumer<T> {
    void accept(T value) throws IOException;
}
