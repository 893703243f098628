package org.roadshow.io.programme;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content lines of an iCalendar file as real feeds write them, read leniently: a UTF-8 byte-order
 * mark; CRLF, bare LF, bare CR and stray CRs before a line end (CR CR LF); folds unfolded on the bytes,
 * before decoding, so a fold that splits a UTF-8 sequence costs nothing; lines of any length; each
 * unfolded line decoded as UTF-8, else in its vCalendar 1.0 {@code CHARSET}, else as Windows-1252 (Latin-1);
 * vCalendar 1.0 quoted-printable values with their soft line breaks. Each line keeps the 1-based line of
 * the file where it starts.
 */
final class IcsLines {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One unfolded, decoded line of the file: its first line number and its text. */
    record Raw(int line, String text) {
    }

    private IcsLines() {
    }

    /** Whether a line was not UTF-8 and was read in another charset: the caller says so once. */
    static final class Result {
        final List<Raw> lines = new ArrayList<>();
        int firstNotUtf8 = -1;
    }

    static Result read(byte[] data) {
        Result out = new Result();
        int n = data.length;
        int pos = startAfterBom(data);
        int lineNo = 1;
        int startLine = 1;
        java.io.ByteArrayOutputStream current = null;
        while (pos <= n) {
            int end = pos;
            while (end < n && data[end] != '\n' && data[end] != '\r') {
                end++;
            }
            int next = end;
            int breaks = 0;
            // CR LF, LF, a lone CR and any run of CRs before an LF (CR CR LF) each end one line
            if (next < n) {
                while (next < n && data[next] == '\r') {
                    next++;
                }
                if (next < n && data[next] == '\n') {
                    next++;
                }
                breaks = 1;
            } else {
                next = n + 1;
            }
            boolean continuation = end > pos && (data[pos] == ' ' || data[pos] == '\t');
            if (continuation && current != null) {
                current.write(data, pos + 1, end - pos - 1);
            } else if (end > pos && !isBlank(data, pos, end)) {
                flush(out, current, startLine);
                current = new java.io.ByteArrayOutputStream(Math.max(32, end - pos));
                current.write(data, pos, end - pos);
                startLine = lineNo;
                // vCalendar 1.0 quoted-printable: a value ending in '=' goes on over the next line
                int last = end - 1;
                while (data[last] == '=' && next < n && isQuotedPrintable(current)) {
                    int e2 = next;
                    while (e2 < n && data[e2] != '\n' && data[e2] != '\r') {
                        e2++;
                    }
                    byte[] sofar = current.toByteArray();
                    current.reset();
                    current.write(sofar, 0, sofar.length - 1);
                    current.write(data, next, e2 - next);
                    if (e2 == next) {
                        break;
                    }
                    last = e2 - 1;
                    lineNo++;
                    next = e2;
                    while (next < n && data[next] == '\r') {
                        next++;
                    }
                    if (next < n && data[next] == '\n') {
                        next++;
                    }
                }
            }
            lineNo += breaks;
            pos = next;
        }
        flush(out, current, startLine);
        return out;
    }

    private static int startAfterBom(byte[] data) {
        return data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static boolean isBlank(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] != ' ' && data[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuotedPrintable(java.io.ByteArrayOutputStream line) {
        String head = head(line);
        int colon = head.indexOf(':');
        return colon > 0 && head.substring(0, colon).toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
    }

    private static String head(java.io.ByteArrayOutputStream line) {
        byte[] b = line.toByteArray();
        return new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
    }

    private static void flush(Result out, java.io.ByteArrayOutputStream current, int line) {
        if (current == null || current.size() == 0) {
            return;
        }
        byte[] bytes = current.toByteArray();
        String text = utf8(bytes);
        if (text == null) {
            if (out.firstNotUtf8 < 0) {
                out.firstNotUtf8 = line;
            }
            text = new String(bytes, declaredCharset(bytes));
        }
        out.lines.add(new Raw(line, text));
    }

    /** The bytes as UTF-8, or null when they are not UTF-8. */
    static String utf8(byte[] bytes) {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The line's vCalendar 1.0 CHARSET parameter when Java knows it, else Windows-1252 (a superset of Latin-1). */
    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        int colon = head.indexOf(':');
        String params = (colon < 0 ? head : head.substring(0, colon)).toUpperCase(Locale.ROOT);
        int at = params.indexOf("CHARSET=");
        if (at >= 0) {
            String name = params.substring(at + 8).split("[;:]", 2)[0].replace("\"", "").strip();
            try {
                Charset cs = Charset.forName(name);
                if (!cs.equals(StandardCharsets.UTF_8)) {
                    return cs;
                }
            } catch (IllegalArgumentException unknown) {
                // an unknown or misspelt charset: the usual Windows one below
            }
        }
        return WINDOWS_1252;
    }

    /** Decodes a vCalendar 1.0 quoted-printable value ("Caf=C3=A9") in the given charset. */
    static String quotedPrintable(String value, Charset charset) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '=' && i + 2 < value.length() && hex(value.charAt(i + 1)) >= 0 && hex(value.charAt(i + 2)) >= 0) {
                bytes.write(hex(value.charAt(i + 1)) * 16 + hex(value.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(charset);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(charset);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
