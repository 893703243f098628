package org.roadshow.io.ical;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/** Writes a calendar as iCalendar text (UTF-8, CRLF, folded at 75 octets by ical4j). */
public final class IcsWriter {
    private IcsWriter() {
    }

    /**
     * Checks the calendar against RFC 5545 with ical4j's validator. CalendarOutputter's own validating
     * mode only logs, so the export calls this before writing anything.
     */
    public static void validate(Calendar calendar) throws IcsExportException {
        ValidationResult result;
        try {
            result = calendar.validate();
        } catch (ValidationException e) {
            throw new IcsExportException(null, "the calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        if (result.hasErrors()) {
            throw new IcsExportException(null, "the calendar is not valid iCalendar: " + result.getEntries(), null);
        }
    }

    /**
     * Writes the calendar and flushes; {@code out} stays open (CalendarOutputter closes what it is given).
     * ical4j's folding writer hands on one character at a time: the buffer keeps that from reaching the
     * UTF-8 encoder a character at a time (a quarter of the writing time without it).
     */
    public static void write(Calendar calendar, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8), 1 << 16);
        try {
            new CalendarOutputter(false).output(calendar, writer);
        } catch (ValidationException e) {
            throw new IllegalStateException("a non-validating outputter validated", e);
        }
        // the outputter closed (so flushed) the writer; KeepOpen kept out open
    }

    public static String toString(Calendar calendar) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(calendar, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Passes writes through and turns close into flush, so the caller can still fsync and close. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
