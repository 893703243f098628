package org.roadshow.io.ical;

import java.nio.file.Path;

/** A calendar export that could not be written; the message names the file and what went wrong. */
public final class IcsExportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public IcsExportException(Path file, String problem, Throwable cause) {
        super(file == null ? problem : file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
