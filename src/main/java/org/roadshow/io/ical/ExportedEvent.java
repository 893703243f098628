package org.roadshow.io.ical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.roadshow.model.Moment;
import org.roadshow.plan.AgendaKind;

/**
 * What one VEVENT says, in plain values, before it becomes iCalendar. {@code alarmMinutes} is null for
 * no reminder. {@link #hash()} fingerprints everything a calendar shows, so a re-export can tell whether
 * an event changed and must raise its SEQUENCE.
 */
public record ExportedEvent(String uid, AgendaKind kind, String summary, String location, String description,
                            Moment start, Moment end, Integer alarmMinutes) {
    public ExportedEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        summary = summary == null ? "" : summary;
        location = location == null ? "" : location;
        description = description == null ? "" : description;
    }

    /** The CATEGORIES value: the kind as a person reads it. */
    public String category() {
        return kind.label();
    }

    /** 128 bits of a SHA-256 of the content other than UID, DTSTAMP and SEQUENCE, in 22 URL-safe characters. */
    public String hash() {
        String canonical = String.join("\u0000", "v1", kind.key(), summary, location, description,
                start.time().toString(), start.zone().getId(), end.time().toString(), end.zone().getId(),
                String.valueOf(alarmMinutes));
        MessageDigest sha = SHA256.get();
        byte[] digest = sha.digest(canonical.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    /** The stable UID of an item or session exported as this kind, the same whoever it is exported for. */
    public static String uid(java.util.UUID id, AgendaKind kind) {
        return id + "-" + kind.key() + "@roadshow";
    }
}
