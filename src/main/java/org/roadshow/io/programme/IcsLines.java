package org.roadshow.io.programme;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;

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

    /** What reading found besides the lines. */
    static final class Result {
        /** The first line that was not UTF-8 and was read in another charset: the caller says so once. */
        int firstNotUtf8 = -1;
    }

    /**
     * Hands each unfolded line to {@code lines}, one at a time so that a file of millions of lines is never
     * held twice, until it returns false.
     */
    static Result read(byte[] data, Predicate<Raw> lines) {
        Result out = new Result();
        Buffer joined = new Buffer();
        int n = data.length;
        int pos = startAfterBom(data);
        int lineNo = 1;
        while (pos < n) {
            int end = lineEnd(data, pos);
            int next = afterBreak(data, end);
            int first = lineNo;
            lineNo++;
            if (isBlank(data, pos, end)) {
                pos = next;
                continue;
            }
            boolean isJoined = false;
            // folds: following lines that start with a space or tab, blank lines between them allowed (as
            // python-icalendar); vCalendar 1.0 quoted-printable: a value ending in '=' goes on over the next line
            while (next < n) {
                int q = next;
                int blanks = 0;
                int e = lineEnd(data, q);
                while (q < n && isBlank(data, q, e)) {
                    q = afterBreak(data, e);
                    blanks++;
                    e = lineEnd(data, q);
                }
                boolean fold = q < n && (data[q] == ' ' || data[q] == '\t');
                boolean soft = !fold && blanks == 0 && q < n && lastByte(data, end, joined, isJoined) == '='
                        && isQuotedPrintable(data, pos, end, joined, isJoined);
                if (!fold && !soft) {
                    break;
                }
                if (!isJoined) {
                    joined.reset();
                    joined.write(data, pos, end - pos);
                    isJoined = true;
                }
                if (soft) {
                    joined.length--; // the '=' of the soft break
                    joined.write(data, q, e - q);
                } else {
                    joined.write(data, q + 1, e - q - 1);
                }
                lineNo += blanks + 1;
                next = afterBreak(data, e);
            }
            Raw raw = isJoined ? decode(joined.bytes, 0, joined.length, first, out) : decode(data, pos, end - pos, first, out);
            if (!lines.test(raw)) {
                break;
            }
            pos = next;
        }
        return out;
    }

    /** A growable byte array that can drop its last byte (a ByteArrayOutputStream cannot). */
    private static final class Buffer {
        byte[] bytes = new byte[256];
        int length;

        void reset() {
            length = 0;
        }

        void write(byte[] from, int offset, int count) {
            if (length + count > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(from, offset, bytes, length, count);
            length += count;
        }
    }

    /** The index of the CR or LF that ends the line starting at {@code from}, or the end of the data. */
    private static int lineEnd(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != '\n' && data[i] != '\r') {
            i++;
        }
        return i;
    }

    /** Past one line break: CR LF, LF, a lone CR, or any run of CRs before an LF (CR CR LF). */
    private static int afterBreak(byte[] data, int end) {
        int i = end;
        while (i < data.length && data[i] == '\r') {
            i++;
        }
        if (i < data.length && data[i] == '\n') {
            i++;
        }
        return i;
    }

    private static int lastByte(byte[] data, int end, Buffer joined, boolean isJoined) {
        return isJoined ? joined.bytes[joined.length - 1] : data[end - 1];
    }

    private static boolean isQuotedPrintable(byte[] data, int pos, int end, Buffer joined, boolean isJoined) {
        String head = isJoined ? new String(joined.bytes, 0, Math.min(joined.length, 200), StandardCharsets.ISO_8859_1)
                : new String(data, pos, Math.min(end - pos, 200), StandardCharsets.ISO_8859_1);
        int colon = head.indexOf(':');
        return colon > 0 && head.substring(0, colon).toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
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

    private static Raw decode(byte[] bytes, int offset, int length, int line, Result out) {
        String text = utf8(bytes, offset, length);
        if (text == null) {
            if (out.firstNotUtf8 < 0) {
                out.firstNotUtf8 = line;
            }
            text = new String(bytes, offset, length, declaredCharset(bytes, offset, length));
        }
        return new Raw(line, text);
    }

    /** The bytes as UTF-8, or null when they are not UTF-8. */
    static String utf8(byte[] bytes, int offset, int length) {
        boolean ascii = true;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The line's vCalendar 1.0 CHARSET parameter when Java knows it, else Windows-1252 (a superset of Latin-1). */
    private static Charset declaredCharset(byte[] bytes, int offset, int length) {
        String head = new String(bytes, offset, Math.min(length, 200), StandardCharsets.ISO_8859_1);
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
