package org.roadshow.io.ical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
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

    /**
     * 128 bits of a SHA-256 of the content other than UID, DTSTAMP and SEQUENCE, in 22 URL-safe characters.
     * The hashed text is the fields joined by NUL, times as {@link LocalDateTime#toString()} writes them:
     * earlier exports hold hashes of exactly that text, so it must not change.
     */
    public String hash() {
        Hasher h = HASHER.get();
        StringBuilder text = h.text;
        text.setLength(0);
        text.append("v1\u0000").append(kind.key()).append('\u0000').append(summary).append('\u0000')
                .append(location).append('\u0000').append(description).append('\u0000');
        iso(text, start.time()).append('\u0000').append(start.zone().getId()).append('\u0000');
        iso(text, end.time()).append('\u0000').append(end.zone().getId()).append('\u0000').append(alarmMinutes);
        byte[] digest = h.sha.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    /** What {@link LocalDateTime#toString()} writes, without its two intermediate strings in the usual case. */
    static StringBuilder iso(StringBuilder out, LocalDateTime t) {
        int year = t.getYear();
        if (year < 1000 || year > 9999 || t.getNano() != 0) {
            return out.append(t);
        }
        out.append(year).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append('T');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute());
        return t.getSecond() == 0 ? out : two(out.append(':'), t.getSecond());
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** A digest and a text buffer per thread: an export hashes thousands of events in a row. */
    private static final class Hasher {
        final StringBuilder text = new StringBuilder(512);
        final MessageDigest sha;

        Hasher() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);

    /** The stable UID of an item or session exported as this kind, the same whoever it is exported for. */
    public static String uid(java.util.UUID id, AgendaKind kind) {
        return id + "-" + kind.key() + "@roadshow";
    }
}
