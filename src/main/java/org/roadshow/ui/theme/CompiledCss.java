package org.roadshow.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.CRC32;
import javafx.css.Stylesheet;

/**
 * The window's stylesheets in JavaFX's binary form ({@code .bss}), made at build time: on a cold start,
 * loading one takes a few milliseconds where parsing the CSS (and loading the CSS parser) takes a hundred or
 * more. A compiled file is named after a checksum of the CSS it came from ({@code light-1a2b3c4d.bss}), so a
 * CSS file edited since the last build is used as it is, never an out-of-date compilation.
 */
public final class CompiledCss {
    private CompiledCss() {
    }

    /** The stylesheet URL to give JavaFX for a CSS file next to {@code owner}: its current compiled form, else the CSS. */
    public static String url(Class<?> owner, String cssName) {
        URL css = Objects.requireNonNull(owner.getResource(cssName), cssName);
        if (!"false".equals(System.getProperty("binary.css"))) { // JavaFX's switch for binary stylesheets
            try (InputStream in = css.openStream()) {
                URL compiled = owner.getResource(compiledName(cssName, in.readAllBytes()));
                if (compiled != null) {
                    return compiled.toExternalForm();
                }
            } catch (IOException e) {
                // the text stylesheet below works too, only slower to start
                java.util.logging.Logger.getLogger(CompiledCss.class.getName())
                        .log(java.util.logging.Level.FINE, "No compiled stylesheet for " + cssName, e);
            }
        }
        return css.toExternalForm();
    }

    static String compiledName(String cssName, byte[] css) {
        CRC32 crc = new CRC32();
        crc.update(css);
        String base = cssName.endsWith(".css") ? cssName.substring(0, cssName.length() - 4) : cssName;
        return base + "-" + Long.toHexString(crc.getValue()) + ".bss";
    }

    /** Build step (process-classes): compiles each CSS file named, next to it. */
    public static void main(String[] cssFiles) throws IOException {
        for (String name : cssFiles) {
            Path css = Path.of(name);
            Path bss = css.resolveSibling(compiledName(css.getFileName().toString(), Files.readAllBytes(css)));
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
    }
}
