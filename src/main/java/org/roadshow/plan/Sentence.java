package org.roadshow.plan;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The words of a conflict, made on first use and then kept: a big project has thousands of conflicts of
 * which a view shows a few, and building every sentence up front cost more than finding them. Equal when
 * the words are equal, so a {@link Conflict} compares as if it held the string.
 */
public final class Sentence {
    private Supplier<String> make;
    private volatile String text;

    private Sentence(Supplier<String> make, String text) {
        this.make = make;
        this.text = text;
    }

    /** Words made when first asked for; {@code make} must give the same words whenever it is called. */
    static Sentence later(Supplier<String> make) {
        return new Sentence(Objects.requireNonNull(make, "make"), null);
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            synchronized (this) {
                if (text == null) {
                    text = make.get();
                    make = null; // let go of what the words were made from
                }
                t = text;
            }
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && toString().equals(s.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
