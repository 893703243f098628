package org.roadshow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Roadshow's version, as pom.xml gives it (Maven filters {@code version.properties}). The command line's
 * {@code --version}, Help › About and the PRODID of exported calendars all read it here.
 */
public final class Version {
    private static final String NUMBER = read();

    private Version() {
    }

    /** The version number, such as {@code 0.1.0-SNAPSHOT}. */
    public static String number() {
        return NUMBER;
    }

    /** The product and its version, such as {@code Roadshow 0.1.0-SNAPSHOT}. */
    public static String text() {
        return "Roadshow " + NUMBER;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.startsWith("${")) {
                throw new IllegalStateException("version.properties was not filtered by Maven: " + v);
            }
            return v.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
