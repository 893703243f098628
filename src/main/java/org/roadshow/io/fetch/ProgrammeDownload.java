package org.roadshow.io.fetch;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.programme.ProgrammeImportException;
import org.roadshow.model.Programme;
import org.roadshow.model.ProgrammeFeed;

/**
 * A programme fetched from its web address and read: the same checks as a file (format from the content,
 * limits), with messages that name the address. An update passes the feed it has, so an unchanged programme
 * costs one short request.
 */
public final class ProgrammeDownload {
    /** What the address gave. */
    public sealed interface Outcome {
        ProgrammeFeed feed();
    }

    /** A programme (new, or changed since the version held), with the feed to keep beside it. */
    public record Changed(ParsedProgramme parsed, ProgrammeFeed feed, int bytes) implements Outcome {
    }

    /** The server says the version held is still current. */
    public record Unchanged(ProgrammeFeed feed) implements Outcome {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private ProgrammeDownload() {
    }

    /**
     * When the version held was made, for "no change since …": the server's Last-Modified in {@code zone}, else
     * when it was imported.
     */
    public static String since(Programme held, ZoneId zone) {
        String stamp = held.feed().lastModified();
        if (!stamp.isEmpty()) {
            try {
                return WHEN.format(ZonedDateTime.parse(stamp, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .withZoneSameInstant(zone));
            } catch (DateTimeParseException e) { // a server's own format: shown as sent
                return stamp;
            }
        }
        return held.importedAt() == null ? "it was imported" : WHEN.format(held.importedAt().atZone(zone));
    }

    /** Fetches and reads {@code url} outright. */
    public static Outcome fetch(Fetcher fetcher, String url, FetchProgress progress, Cancellation cancel)
            throws FetchException, ProgrammeImportException {
        return fetch(fetcher, FetchRequest.of(url), progress, cancel);
    }

    /** Asks the feed's address whether the programme changed since the version the feed describes. */
    public static Outcome update(Fetcher fetcher, ProgrammeFeed held, FetchProgress progress, Cancellation cancel)
            throws FetchException, ProgrammeImportException {
        return fetch(fetcher, FetchRequest.of(held.url(), held.etag(), held.lastModified()), progress, cancel);
    }

    private static Outcome fetch(Fetcher fetcher, FetchRequest request, FetchProgress progress, Cancellation cancel)
            throws FetchException, ProgrammeImportException {
        FetchResult result = fetcher.fetch(request, progress, cancel);
        if (result instanceof FetchResult.Fetched got) {
            ParsedProgramme parsed = ProgrammeImport.parse(got.body(), request.url());
            return new Changed(parsed, new ProgrammeFeed(request.url(), got.etag(), got.lastModified()), got.body().length);
        }
        return new Unchanged(new ProgrammeFeed(request.url(), request.etag(), request.lastModified()));
    }
}
