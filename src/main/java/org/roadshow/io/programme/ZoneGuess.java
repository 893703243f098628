package org.roadshow.io.programme;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The suggestion for a programme whose file does not say its zone: the zone it states; Europe/Brussels
 * for FOSDEM; the zone of the trip's conference (or of the programme being updated); the IANA zone named
 * after the file's city ("Brisbane" gives Australia/Brisbane). Empty when nothing fits.
 */
public final class ZoneGuess {
    private ZoneGuess() {
    }

    /** @param known the conference's or the existing programme's zone, if any (may be null) */
    public static Optional<ZoneId> guess(ParsedProgramme parsed, ZoneId known) {
        if (parsed.statedZone() != null) {
            return Optional.of(parsed.statedZone());
        }
        String title = parsed.title().toLowerCase(Locale.ROOT);
        String city = parsed.city().strip();
        if (title.contains("fosdem") || city.equalsIgnoreCase("Brussels") || city.equalsIgnoreCase("Bruxelles")) {
            return Optional.of(ZoneId.of("Europe/Brussels"));
        }
        if (known != null) {
            return Optional.of(known);
        }
        return cityZone(city);
    }

    static Optional<ZoneId> cityZone(String city) {
        if (city.isBlank()) {
            return Optional.empty();
        }
        String wanted = city.strip().replace(' ', '_');
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> !id.startsWith("ical4j") && id.contains("/"))
                .filter(id -> id.substring(id.lastIndexOf('/') + 1).equalsIgnoreCase(wanted))
                .sorted()
                .findFirst()
                .map(ZoneId::of);
    }
}
