package org.roadshow.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled stylesheets: the build makes them, they say what the CSS says, and an edited CSS wins. */
class CompiledCssTest {
    @TempDir
    Path dir;

    @Test
    void theBuildCompilesTheThemesAndTheWindowUsesThem() {
        for (Theme theme : Theme.values()) {
            for (String url : theme.stylesheets()) {
                assertTrue(url.matches(".*/(light|dark)-\\p{XDigit}+\\.bss"), url + " should be the compiled stylesheet");
            }
        }
    }

    @Test
    void aCompiledStylesheetHoldsTheSameRulesAsItsCss() throws Exception {
        Path css = dir.resolve("sample.css");
        Files.writeString(css, ".root { -rs-accent: #3466c9; -fx-font-size: 13px; }\n"
                + ".project-tree .tree-cell:selected { -fx-background-color: -rs-accent; -fx-text-fill: white; }\n",
                StandardCharsets.UTF_8);
        CompiledCss.main(new String[] {css.toString()});
        Path bss = dir.resolve(CompiledCss.compiledName("sample.css", Files.readAllBytes(css)));
        assertTrue(Files.isRegularFile(bss));
        assertEquals(texts(new CssParser().parse(css.toUri().toURL())), texts(Stylesheet.loadBinary(bss.toUri().toURL())));
    }

    @Test
    void anEditedCssDoesNotMatchItsOldCompilation() {
        String before = CompiledCss.compiledName("light.css", ".a { -fx-padding: 1; }".getBytes(StandardCharsets.UTF_8));
        String after = CompiledCss.compiledName("light.css", ".a { -fx-padding: 2; }".getBytes(StandardCharsets.UTF_8));
        assertTrue(before.startsWith("light-") && before.endsWith(".bss"), before);
        assertNotEquals(before, after);
    }

    /** Each rule's selectors and declarations (a compiled rule decodes its declarations when asked). */
    private static List<String> texts(Stylesheet sheet) {
        return sheet.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue()).toList()).toList();
    }
}
