package org.roadshow.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Help › About names the version pom.xml gives, as --version and the calendar PRODID do. */
class AboutVersionTest {
    @Test
    void aboutShowsThePomVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>roadshow</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        String pom = m.group(1).strip();
        assertEquals(pom, AboutDialog.facts(null).get("Version"));
        assertTrue(AboutDialog.asText(AboutDialog.facts(null)).startsWith("Roadshow " + pom + "\n"));
    }
}
