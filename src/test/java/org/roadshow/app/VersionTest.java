package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roadshow.io.ical.IcsExport;

/** The version is written once, in pom.xml: --version and the PRODID of exported calendars say the same. */
class VersionTest {
    /** The project's own version: the first {@code <version>} after {@code <artifactId>roadshow}. */
    static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>roadshow</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "pom.xml names its version");
        return m.group(1).strip();
    }

    @Test
    void versionOptionPrintsThePomVersion() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--version"));
        assertEquals("Roadshow " + pomVersion(), out.toString().strip());
    }

    @Test
    void exportedCalendarsNameThePomVersion() throws Exception {
        assertEquals("-//Roadshow//Roadshow " + pomVersion() + "//EN", IcsExport.PRODID);
    }
}
