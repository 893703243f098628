package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value of the wrong kind or form for its field ("expected text, found a number"), found while reading.
 * It names the token where it was found, and the path to it ("trips[0].talks[2].start"), which the
 * readers of the enclosing objects and lists add as the exception passes through them: nothing is spent
 * on paths while a file reads well.
 */
final class BadValueException extends JsonProcessingException {
    private final String problem;
    /** Field names (String) and list indices (Integer), outermost first. */
    private final Deque<Object> path = new ArrayDeque<>();

    BadValueException(JsonParser p, String problem) {
        this(p.currentTokenLocation(), problem);
    }

    private BadValueException(JsonLocation at, String problem) {
        super(problem, at);
        this.problem = problem;
    }

    BadValueException inField(String name) {
        path.addFirst(name);
        return this;
    }

    BadValueException atIndex(int index) {
        path.addFirst(index);
        return this;
    }

    /** "trips[0].talks[0].title", or "" at the top. */
    String path() {
        StringBuilder b = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                b.append('[').append(index).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(step);
            }
        }
        return b.toString();
    }

    /** "trips[0].talks[0].title: expected text, found a number". */
    @Override
    public String getOriginalMessage() {
        String where = path();
        return where.isEmpty() ? problem : where + ": " + problem;
    }
}
