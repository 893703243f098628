package org.roadshow.app;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Finds a person, trip or booth by the name typed on the command line: the exact name (ignoring case and
 * accents, so "Zoe Muller" finds "Zoë Müller"), else the one name that starts with what was typed
 * ("Zoe", "FOSDEM"). Errors list the names there are, so the next try is right.
 */
final class NameLookup {
    private NameLookup() {
    }

    /** The one candidate the typed name means; throws with a message naming the choices otherwise. */
    static <T> T find(String what, String typed, List<T> candidates, Function<T, String> name) {
        String key = normalize(typed);
        List<T> exact = candidates.stream().filter(c -> normalize(name.apply(c)).equals(key)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<T> prefix = candidates.stream().filter(c -> normalize(name.apply(c)).startsWith(key)).toList();
        if (exact.isEmpty() && prefix.size() == 1 && !key.isEmpty()) {
            return prefix.get(0);
        }
        List<T> choices = exact.size() > 1 ? exact : prefix.size() > 1 ? prefix : candidates;
        String listed = String.join(", ", choices.stream().map(c -> "\"" + name.apply(c) + "\"").toList());
        String problem = exact.size() > 1 || prefix.size() > 1
                ? "\"" + typed + "\" could be more than one " + what + ": " + listed
                : "there is no " + what + " called \"" + typed + "\"";
        throw new IllegalArgumentException(problem + (choices.isEmpty() ? " (the project has none)"
                : exact.size() > 1 || prefix.size() > 1 ? "" : "; the project has " + listed));
    }

    static String normalize(String s) {
        String decomposed = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
