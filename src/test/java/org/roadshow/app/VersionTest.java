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

/**
 * The version is written once, in pom.xml: --version, the PRODID of exported calendars and the native package's
 * version say the same (the About box is checked in ui/window's AboutVersionTest).
 */
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

    @Test
    void theNativePackageTakesThePomVersion() throws Exception {
        String script = Files.readString(Path.of("packaging/build-installer.sh"));
        Matcher line = Pattern.compile("(?m)^\\s*(version=\\$\\(sed .*version\\.properties\\))\\s*$").matcher(script);
        assertTrue(line.find(), "build-installer.sh reads the version from the built version.properties");
        Process p = new ProcessBuilder("bash", "-c", line.group(1) + "; printf %s \"$version\"")
                .redirectErrorStream(true).start();
        String version = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        // jpackage takes numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0
        assertEquals(pomVersion().replaceFirst("-.*$", ""), version);
    }
}
