package org.roadshow.app;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The command a mistyped word most likely meant: by edit distance (a swap of two letters counts as one edit). */
final class CommandSuggestion {
    private CommandSuggestion() {
    }

    /** The closest command within two edits (one for words of four letters or fewer), or the one it starts. */
    static Optional<String> nearest(String typed, Collection<String> commands) {
        String word = typed.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<String> close = commands.stream().filter(c -> !c.equals("help"))
                .filter(c -> distance(word, c) <= (c.length() <= 4 ? 1 : 2))
                .min(Comparator.comparingInt((String c) -> distance(word, c)).thenComparing(c -> c));
        if (close.isPresent() || word.length() < 3) {
            return close;
        }
        return commands.stream().filter(c -> c.startsWith(word) || word.startsWith(c) && c.length() >= 4).findFirst();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
