package org.roadshow.io.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value of the wrong kind or form for an id, zone, date or time field ("'Europe/Brusels' is not a known time
 * zone"), worded for the person who opened the file. Jackson adds the path to it as it passes through the
 * enclosing objects and lists; {@link JsonErrors} puts the two together.
 */
final class BadValueException extends MismatchedInputException {
    BadValueException(JsonParser p, String problem, Class<?> type) {
        super(p, problem, type);
    }
}
