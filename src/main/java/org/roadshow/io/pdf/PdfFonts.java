package org.roadshow.io.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of Roadshow's PDFs: Liberation Sans (SIL Open Font License 1.1), which OpenPDF's jar
 * carries. It is embedded as a Unicode (Identity-H) subset, so accented, Cyrillic and Greek names print
 * and stay selectable text. Bold is drawn by OpenPDF as a stroked fill, since the jar has no bold face.
 */
public final class PdfFonts {
    static final String RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);
    private static final Color MUTED = new Color(0x60, 0x60, 0x60);

    private PdfFonts() {
    }

    /** Read once: the font file is 400 KB, and every PDF uses only the glyphs it prints. */
    private static final class Holder {
        static final BaseFont BASE = load();

        private static BaseFont load() {
            try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The PDF font " + RESOURCE + " is missing from the class path");
                }
                return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("The PDF font " + RESOURCE + " cannot be read", e);
            }
        }
    }

    public static BaseFont base() {
        return Holder.BASE;
    }

    public static Font regular(float size) {
        return new Font(base(), size, Font.NORMAL, TEXT);
    }

    public static Font bold(float size) {
        return new Font(base(), size, Font.BOLD, TEXT);
    }

    /** For secondary text: dates, places, the footer. */
    public static Font muted(float size) {
        return new Font(base(), size, Font.NORMAL, MUTED);
    }
}
