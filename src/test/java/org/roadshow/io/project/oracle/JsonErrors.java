package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.nio.file.Path;
import org.roadshow.io.project.ProjectFileException;

/** Turns reading errors into a {@link ProjectFileException} a person can act on: where, and what. */
final class JsonErrors {
    private JsonErrors() {
    }

    static ProjectFileException of(Path file, JsonProcessingException e, String prefix) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        return new ProjectFileException(file, line, column, prefix + describe(e), e);
    }

    static ProjectFileException of(Path file, InvalidProjectException e, String prefix) {
        return new ProjectFileException(file, e.line(), e.column(), prefix + e.getMessage(), e);
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the file ends in the middle of the project (is it cut short?)";
        }
        if (e instanceof StreamConstraintsException) {
            return "the file is nested too deeply or holds a value too long to read: " + clean(e.getOriginalMessage());
        }
        if (e instanceof BadValueException) {
            return e.getOriginalMessage(); // "trips[0].talks[2].start.time: '2017-02-30T11:30' is not a date and time ..."
        }
        return "this is not valid JSON: " + clean(e.getOriginalMessage());
    }

    /** Jackson's messages without their "[Source: ...]" parts, which repeat what we already say. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable content";
        }
        return message.replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll("\\s*\\((start marker at|for [A-Za-z]+ starting at)\\s*\\)", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
