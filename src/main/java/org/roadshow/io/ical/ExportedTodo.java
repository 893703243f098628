package org.roadshow.io.ical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.roadshow.model.Moment;

/**
 * What one VTODO says: a checklist item with a due date. {@code due} is the due time in the zone of what the
 * item belongs to, or null for a due date without a time ({@code dueDate} alone, written as a DATE).
 * {@code completed}: ticked since an earlier export wrote it, so the calendar app shows it done.
 */
public record ExportedTodo(String uid, String summary, String description, LocalDate dueDate, Moment due,
                           boolean completed) {
    public ExportedTodo {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(dueDate, "dueDate");
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
    }

    /** Like {@link ExportedEvent#hash()}: a fingerprint of what a calendar shows, to raise SEQUENCE on change. */
    public String hash() {
        String text = "t1\u0000" + summary + '\u0000' + description + '\u0000' + dueDate + '\u0000'
                + (due == null ? "" : due.time() + "\u0000" + due.zone().getId()) + '\u0000' + completed;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
