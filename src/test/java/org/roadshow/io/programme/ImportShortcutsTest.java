package org.roadshow.io.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The programme import copies text in bulk and draws ids in one go; what comes out must be what a
 * character-by-character reading gives.
 */
class ImportShortcutsTest {
    static Stream<Arguments> abstracts() {
        return Stream.of(
                Arguments.of("<p>One</p><p>Two</p>", "One\nTwo"),
                Arguments.of("a<br>b<br/>c", "a\nb\nc"),
                Arguments.of("<ul><li>x</li><li>y</li></ul>", "x\ny"),
                Arguments.of("<h2>Title</h2>Text", "Title\nText"),
                Arguments.of("<P>upper</P><BR>x", "upper\nx"),
                Arguments.of("Fish &amp; chips &lt;3 &quot;q&quot; &apos;a&apos;&nbsp;b", "Fish & chips <3 \"q\" 'a' b"),
                Arguments.of("&#x1F680; &#233; &#X41;", "\uD83D\uDE80 é A"),
                Arguments.of("AT&T and a & b", "AT&T and a & b"),
                Arguments.of("&unknown; &#xZZ;", "&unknown; &#xZZ;"),
                // as browsers read them (HTML5): out of range gives U+FFFD, 128-159 are Windows-1252
                Arguments.of("&#99999999; &#150;", "\uFFFD \u2013"),
                Arguments.of("Caf&eacute; &mdash; it&rsquo;s &hellip; &euro;5 &frac12; &CounterClockwiseContourIntegral;",
                        "Café — it’s … €5 ½ ∳"),
                Arguments.of("&lt;p&gt;spelt out&lt;/p&gt;", "<p>spelt out</p>"),
                Arguments.of("&aaaaaaaaaaaaaaaa;", "&aaaaaaaaaaaaaaaa;"),
                Arguments.of("2 < 3 and 5 > 4", "2  4"),
                Arguments.of("<a href=\"x\">link</a> text", "link text"),
                Arguments.of("  <p>  padded  </p>  ", "padded"),
                Arguments.of("Zoë’s talk &amp; demo", "Zoë’s talk & demo"),
                Arguments.of("&", "&"),
                Arguments.of("<", "<"),
                Arguments.of("<p>", ""));
    }

    @ParameterizedTest
    @MethodSource("abstracts")
    void abstractsBecomePlainText(String html, String plain) {
        assertEquals(plain, HtmlText.plain(html));
    }

    @Test
    void textSplitAtEntitiesAndCdataIsReadWhole() throws Exception {
        String abstractText = "&lt;p&gt;" + "Long text with ümlauts, € and &amp; more. ".repeat(200) + "&lt;/p&gt;"
                + "<![CDATA[ <b>kept</b> ]]>";
        String xml = "<schedule><conference><title>T</title></conference><day date=\"2021-02-06\">"
                + "<room name=\"R\"><event id=\"1\"><start>09:00</start><duration>00:25</duration>"
                + "<title>Piece &amp; piece</title><abstract>" + abstractText + "</abstract></event></room></day>"
                + "</schedule>";
        ParsedProgramme parsed = ProgrammeImport.parse(xml.getBytes(StandardCharsets.UTF_8), "t.xml");
        ParsedSession session = parsed.sessions().get(0);
        assertEquals("Piece & piece", session.title());
        assertEquals("Long text with ümlauts, € and & more. ".repeat(200) + "\n kept", session.abstractText());
    }

    @Test
    void sessionIdsAreRandomVersionFourUuids() throws Exception {
        List<UUID> ids = ParsedProgramme.randomIds(5000);
        Set<UUID> distinct = new HashSet<>(ids);
        assertEquals(5000, distinct.size());
        for (UUID id : ids) {
            assertEquals(4, id.version());
            assertEquals(2, id.variant());
        }
        byte[] data;
        try (var in = getClass().getResourceAsStream("/schedules/fosdem_2021.xml")) {
            data = in.readAllBytes();
        }
        var result = ProgrammeImport.parse(data, "fosdem_2021.xml").toResult(ZoneId.of("Europe/Brussels"));
        assertEquals(result.sessions().size(), result.sessions().stream().map(s -> s.id()).distinct().count());
    }
}
