package org.roadshow.ui.form;

import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds zones the way people name them: by city ("los angeles"), country ("Belgium"), common abbreviation
 * ("CET", "PST", "BST") or offset ("GMT+1", "UTC+5:30", "+2"). An offset finds the zones that are at that
 * offset, in winter or in summer; it never finds "Etc/GMT+1", which is UTC−1 whatever its name says.
 */
public final class ZoneSearch {
    private static final Pattern OFFSET = Pattern.compile("(?:utc|gmt)?\\s*([+\\-\u2212])\\s*(\\d{1,2})(?::?(\\d{2}))?");

    /** One zone, with what it is found by. */
    private record Entry(ZoneId zone, String label, String haystack, String city, Set<String> abbreviations,
                         ZoneOffset standard, ZoneOffset summer) {
    }

    /** What a typed text resolves to: a zone, or why not. */
    public record Resolution(ZoneId zone, String problem) {
    }

    private static List<Entry> index;

    private ZoneSearch() {
    }

    /** The pickable zones that fit the query, best first; every zone for a blank query. */
    public static List<ZoneId> find(String query) {
        String q = normal(query);
        if (q.isEmpty()) {
            return Zones.all();
        }
        Matcher offset = OFFSET.matcher(q);
        List<Ranked> hits = new ArrayList<>();
        if (offset.matches()) {
            int minutes = Integer.parseInt(offset.group(2)) * 60
                    + (offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3)));
            int seconds = (offset.group(1).equals("+") ? 1 : -1) * minutes * 60;
            for (Entry e : index()) {
                boolean fixed = e.standard().equals(e.summer());
                if (fixed && e.standard().getTotalSeconds() == seconds && e.zone().getId().startsWith("Etc/")) {
                    hits.add(new Ranked(e, 0));
                } else if (e.standard().getTotalSeconds() == seconds) {
                    hits.add(new Ranked(e, 1));
                } else if (e.summer().getTotalSeconds() == seconds) {
                    hits.add(new Ranked(e, 2));
                }
            }
        } else {
            String[] words = q.split("\\s+");
            for (Entry e : index()) {
                int rank = rank(e, q, words);
                if (rank >= 0) {
                    hits.add(new Ranked(e, rank));
                }
            }
        }
        // a country's own zone before an old alias of it (Europe/London before Europe/Belfast)
        hits.sort(Comparator.comparingInt(Ranked::rank).thenComparing(r -> Zones.country(r.entry().zone()).isEmpty())
                .thenComparing(r -> r.entry().zone().getId()));
        return hits.stream().map(r -> r.entry().zone()).toList();
    }

    private record Ranked(Entry entry, int rank) {
    }

    /** 0 an abbreviation, 1 a city starting so, 2 a name or id containing every word, 3 a country; -1 no. */
    private static int rank(Entry e, String q, String[] words) {
        if (e.abbreviations().contains(q)) {
            return 0;
        }
        if (e.city().startsWith(q)) {
            return 1;
        }
        for (String w : words) {
            if (!e.haystack().contains(w)) {
                return -1;
            }
        }
        return e.haystack().indexOf(words[0]) < e.haystack().indexOf('|') ? 2 : 3;
    }

    /**
     * The zone a typed text names: its id or label (any case, spaces for underscores), else the only zone the
     * text finds. Otherwise a problem: "unknown time zone “Mars/Olympus”", or that several fit.
     */
    public static Resolution resolve(String text) {
        String q = normal(text);
        for (Entry e : index()) {
            if (normal(e.zone().getId()).equals(q) || normal(e.label()).equals(q)) {
                return new Resolution(e.zone(), null);
            }
        }
        List<ZoneId> found = find(text);
        if (found.size() == 1) {
            return new Resolution(found.get(0), null);
        }
        String shown = text.strip();
        if (found.isEmpty()) {
            return new Resolution(null, "unknown time zone “" + shown + "”");
        }
        return new Resolution(null, "“" + shown + "” fits " + found.size() + " zones: pick one from the list");
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('\u2212', '-');
    }

    private static synchronized List<Entry> index() {
        if (index == null) {
            int year = Year.now().getValue();
            List<Entry> entries = new ArrayList<>();
            for (ZoneId zone : Zones.all()) {
                entries.add(entry(zone, year));
            }
            index = List.copyOf(entries);
        }
        return index;
    }

    private static Entry entry(ZoneId zone, int year) {
        String label = Zones.label(zone);
        String id = normal(zone.getId());
        String city = id.substring(id.lastIndexOf('/') + 1);
        ZoneOffset winter = zone.getRules().getOffset(java.time.LocalDate.of(year, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC));
        ZoneOffset july = zone.getRules().getOffset(java.time.LocalDate.of(year, 7, 15).atStartOfDay().toInstant(ZoneOffset.UTC));
        boolean southern = zone.getRules().isDaylightSavings(java.time.LocalDate.of(year, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC));
        ZoneOffset standard = southern ? july : winter;
        ZoneOffset summer = southern ? winter : july;
        Set<String> abbreviations = new LinkedHashSet<>();
        TimeZone tz = TimeZone.getTimeZone(zone);
        addAbbreviation(abbreviations, tz.getDisplayName(false, TimeZone.SHORT, Locale.ENGLISH));
        if (!standard.equals(summer)) {
            addAbbreviation(abbreviations, tz.getDisplayName(true, TimeZone.SHORT, Locale.ENGLISH));
        }
        // Etc ids are matched by their label only, so that "gmt+1" never finds Etc/GMT+1 (UTC-1)
        String names = zone.getId().startsWith("Etc/GMT") && !label.equals(zone.getId()) ? normal(label) : id + " " + normal(label);
        String haystack = names + " | " + normal(Zones.country(zone));
        return new Entry(zone, label, haystack, city, abbreviations, standard, summer);
    }

    private static void addAbbreviation(Set<String> into, String name) {
        if (name != null && name.matches("[A-Z]{2,5}")) {
            into.add(name.toLowerCase(Locale.ROOT));
        }
    }
}
