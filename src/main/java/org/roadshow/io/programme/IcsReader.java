package org.roadshow.io.programme;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits the lines of {@link IcsLines} into name, parameters and value and builds the component tree, as
 * leniently as python-icalendar: lower-case names and spaces around them are accepted, a line that is
 * not a property is reported with its line and left out, an END closes the nearest open component of its
 * name (those opened inside it and never ended are marked unclosed), and a file that stops before
 * {@code END:VCALENDAR} keeps what it has.
 */
final class IcsReader {
    /** Deeper nesting than real calendars ever use is refused rather than followed. */
    private static final int MAX_DEPTH = 32;
    /** Unreadable lines reported one by one before the rest are only counted. */
    private static final int MAX_LINE_WARNINGS = 20;

    private final List<ImportWarning> warnings;
    private final List<IcsComponent> roots = new ArrayList<>();
    private final List<IcsComponent> stack = new ArrayList<>();
    private int unreadable;
    private int count;

    private IcsReader(List<ImportWarning> warnings) {
        this.warnings = warnings;
    }

    /** The top-level components (normally one VCALENDAR); problems go to {@code warnings}. */
    static List<IcsComponent> read(byte[] data, String source, List<ImportWarning> warnings) throws ProgrammeImportException {
        IcsReader reader = new IcsReader(warnings);
        IcsLines.Result lines = IcsLines.read(data, reader::line);
        if (reader.count > ImportLimits.MAX_LINES) {
            throw new ProgrammeImportException(source, "the file has more than " + ImportLimits.MAX_LINES
                    + " lines, more than Roadshow reads in one programme");
        }
        if (lines.firstNotUtf8 > 0) {
            warnings.add(0, new ImportWarning(lines.firstNotUtf8, "the file is not all UTF-8: lines that are not were read "
                    + "as Windows-1252 (Latin-1)"));
        }
        if (reader.unreadable > MAX_LINE_WARNINGS) {
            warnings.add(new ImportWarning(-1, (reader.unreadable - MAX_LINE_WARNINGS)
                    + " more lines that are not iCalendar properties were left out"));
        }
        return reader.roots;
    }

    /** Takes one line into the tree; false once the file has more lines than a programme may have. */
    private boolean line(IcsLines.Raw raw) {
        if (++count > ImportLimits.MAX_LINES) {
            return false;
        }
        IcsComponent.Property p = parse(raw);
        if (p == null) {
            unreadable(raw.line(), "this line is not an iCalendar property (NAME:value) and is left out");
            return true;
        }
        if (p.name().equals("BEGIN")) {
            String component = p.value().strip().toUpperCase(Locale.ROOT);
            if (stack.size() >= MAX_DEPTH) {
                unreadable(raw.line(), "components nested deeper than " + MAX_DEPTH + " levels are left out");
                return true;
            }
            IcsComponent c = new IcsComponent(component, raw.line());
            if (stack.isEmpty()) {
                roots.add(c);
            } else {
                stack.get(stack.size() - 1).children.add(c);
            }
            stack.add(c);
        } else if (p.name().equals("END")) {
            String component = p.value().strip().toUpperCase(Locale.ROOT);
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).name.equals(component)) {
                    stack.get(i).closed = true;
                    stack.subList(i, stack.size()).clear();
                    return true;
                }
            }
            unreadable(raw.line(), "END:" + component + " closes nothing that was begun and is left out");
        } else if (!stack.isEmpty()) {
            stack.get(stack.size() - 1).properties.add(p);
        }
        return true;
    }

    private void unreadable(int line, String why) {
        unreadable++;
        if (unreadable <= MAX_LINE_WARNINGS) {
            warnings.add(new ImportWarning(line, why));
        }
    }

    /** NAME;PARAM=value;PARAM="quoted:value":value, or null when the line has no name or no ':'. */
    static IcsComponent.Property parse(IcsLines.Raw raw) {
        String s = raw.text();
        int nameEnd = -1;
        int valueStart = -1;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ';' || c == ':')) {
                if (nameEnd < 0) {
                    nameEnd = i;
                }
                if (c == ':') {
                    valueStart = i + 1;
                    break;
                }
            }
        }
        if (valueStart < 0) {
            return null;
        }
        String name = s.substring(0, nameEnd).strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty() || !isName(name)) {
            return null;
        }
        Map<String, String> params = params(s.substring(nameEnd, valueStart - 1));
        String value = s.substring(valueStart);
        if (params.getOrDefault("ENCODING", "").equalsIgnoreCase("QUOTED-PRINTABLE")) {
            value = IcsLines.quotedPrintable(value, charset(params.getOrDefault("CHARSET", "")));
        }
        return new IcsComponent.Property(raw.line(), name, params, value);
    }

    private static boolean isName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** ";KEY=value;KEY2="v"" → upper-case keys; vCalendar 1.0 bare words (";QUOTED-PRINTABLE") are ENCODING. */
    private static Map<String, String> params(String text) {
        if (text.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int from = 1;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !quoted && text.charAt(i) == ';') {
                parts.add(text.substring(from, i));
                from = i + 1;
            } else if (text.charAt(i) == '"') {
                quoted = !quoted;
            }
        }
        for (String part : parts) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                String word = part.strip().toUpperCase(Locale.ROOT);
                if (word.equals("QUOTED-PRINTABLE") || word.equals("8BIT") || word.equals("BASE64")) {
                    out.putIfAbsent("ENCODING", word);
                }
                continue;
            }
            String key = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            out.putIfAbsent(key, value);
        }
        return out;
    }

    private static Charset charset(String name) {
        try {
            return name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
