package org.roadshow.io.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm), as a user's PDF viewer would.
 * .ci/run installs them; on a machine without them the tests that need them are skipped, except in CI.
 */
public final class Poppler {
    private Poppler() {
    }

    public static void assumeInstalled() {
        boolean found = works("pdftotext", "-v");
        if (!found && System.getenv("CI") != null) {
            throw new AssertionError("pdftotext (poppler-utils) is missing: .ci/run installs it");
        }
        assumeTrue(found, "pdftotext (poppler-utils) is not installed");
    }

    /** The text a user can select and copy, in reading order with the layout kept. */
    public static String text(Path pdf) throws IOException {
        return run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** The text of one page (1-based). */
    public static String pageText(Path pdf, int page) throws IOException {
        return run("pdftotext", "-layout", "-enc", "UTF-8", "-f", String.valueOf(page), "-l", String.valueOf(page),
                pdf.toString(), "-");
    }

    /** pdfinfo's report: "Pages:", "Page size:" and the rest. */
    public static String info(Path pdf) throws IOException {
        return run("pdfinfo", pdf.toString());
    }

    /** pdffonts' table: which fonts are embedded. */
    public static String fonts(Path pdf) throws IOException {
        return run("pdffonts", pdf.toString());
    }

    /** Renders the first page as PNG beside {@code pngPrefix} (pdftoppm adds "-1.png"). */
    public static void firstPagePng(Path pdf, Path pngPrefix, int dpi) throws IOException {
        run("pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", "1", "-l", "1", pdf.toString(), pngPrefix.toString());
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(String... command) throws IOException {
        Path err = Files.createTempFile("roadshow-poppler", ".err");
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(List.of(command) + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(List.of(command) + " exited " + p.exitValue() + ": " + Files.readString(err));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command[0], e);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
