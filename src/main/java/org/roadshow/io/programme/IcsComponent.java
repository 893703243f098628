package org.roadshow.io.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One component of an iCalendar file (VCALENDAR, VEVENT, VTIMEZONE, ...) as {@link IcsReader} found it:
 * its properties in file order, its sub-components, the line of its BEGIN, and whether its END was there.
 */
final class IcsComponent {
    /** A property: upper-case name, upper-case parameter names, the raw value (text escapes still in). */
    record Property(int line, String name, Map<String, String> params, String value) {
        String param(String key) {
            return params.getOrDefault(key, "");
        }
    }

    final String name;
    final int line;
    final List<Property> properties = new ArrayList<>();
    final List<IcsComponent> children = new ArrayList<>();
    boolean closed;

    IcsComponent(String name, int line) {
        this.name = name;
        this.line = line;
    }

    Optional<Property> first(String property) {
        for (Property p : properties) {
            if (p.name().equals(property)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The raw value of the first such property, or "". */
    String raw(String property) {
        return first(property).map(Property::value).orElse("");
    }

    /** The text value of the first such property with its escapes undone ({@code \n \, \; \\}), or "". */
    String text(String property) {
        return unescape(raw(property));
    }

    List<Property> all(String property) {
        List<Property> out = new ArrayList<>();
        for (Property p : properties) {
            if (p.name().equals(property)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Every component of this name below this one, depth first in file order. */
    void collect(String componentName, List<IcsComponent> into) {
        for (IcsComponent c : children) {
            if (c.name.equals(componentName)) {
                into.add(c);
            }
            c.collect(componentName, into);
        }
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                b.append(e == 'n' || e == 'N' ? '\n' : e);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
