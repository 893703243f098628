package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word-prefix search: a word typed must begin a word of the text, and the marks fall on what it matched. */
class SessionSearchTest {
    private static boolean finds(String text, String query) {
        return SessionSearch.matches(SessionSearch.lower(text), SessionSearch.words(query));
    }

    @Test
    void aWordMustBeginAWord() {
        assertFalse(finds("Trusted Computing in practice", "rust"), "\"rust\" is inside \"Trusted\", not at its start");
        assertTrue(finds("Rust for Linux", "rust"));
        assertTrue(finds("Writing rustc plugins", "rust"), "a prefix of a word is enough");
        assertTrue(finds("The (Rust) track", "rust"), "after punctuation a word begins");
        assertTrue(finds("Trusted Rust", "rust"), "found where it begins a word, after one where it does not");
        assertTrue(finds("Ana Rust\nK.4.201", "k.4"));
        assertFalse(finds("Rust for Linux", "rust go"), "every word must be found");
        assertTrue(finds("Rust for Linux", "LIN rust"), "in any order and case");
        assertTrue(finds("anything", "   "), "a blank search finds everything");
    }

    @Test
    void marksAreTheMatchedPartsOfTheTextAsShown() {
        String title = "Rust in Trusted Rustaceans' Hands";
        List<int[]> marks = SessionSearch.marks(title, SessionSearch.words("rust han"));
        assertEquals(3, marks.size());
        assertArrayEquals(new int[] {0, 4}, marks.get(0));
        assertEquals("Rust", title.substring(marks.get(1)[0], marks.get(1)[1]));
        assertEquals(title.indexOf("Rustaceans"), marks.get(1)[0]);
        assertEquals("Han", title.substring(marks.get(2)[0], marks.get(2)[1]));
        assertTrue(SessionSearch.marks(title, SessionSearch.words("")).isEmpty());
        assertTrue(SessionSearch.marks("İstanbul talk", SessionSearch.words("talk")).stream()
                .allMatch(m -> "İstanbul talk".substring(m[0], m[1]).equals("talk")), "positions kept past a dotted İ");
    }
}
