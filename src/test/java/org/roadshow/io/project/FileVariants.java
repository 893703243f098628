package org.roadshow.io.project;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Broken and odd versions of a valid project file, for comparing two readers: every value deleted or replaced
 * by one of another kind or a wrong form (dates, zones, ids, numbers), unknown fields and duplicate keys in
 * every object, the file cut short and single characters dropped, content after the project. Each variant is
 * the base re-emitted as JSON text with one change, so that the change is all that differs.
 */
final class FileVariants {
    /** A file to read: how it was made, and its bytes. */
    record Variant(String name, byte[] content) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Values of every JSON kind, put in place of each value. */
    static final List<String> OTHER_KINDS = List.of("null", "0", "-1", "1.5", "1.0", "3000000000", "1e400", "\"x\"",
            "\"\"", "true", "false", "[]", "{}", "[true]", "[null]", "{\"a\": 1}", "[\"x\", 2]");

    /** What a newer Roadshow might store under a name this one does not know. */
    static final List<String> UNKNOWN_VALUES = List.of("1", "3000000000", "12345678901234567890123", "2.50", "1E+400",
            "-0.0", "true", "false", "null", "\"\\u00e9\\n\"", "{}", "[]", "{\"a\": [1, {\"b\": null}], \"c\": 0.1}",
            "[[[]], {}, \"s\"]");

    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String base;
    private final JsonNode tree;
    private final List<Variant> out = new ArrayList<>();

    private FileVariants(String base, String text) {
        this.base = base;
        try {
            this.tree = TREES.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The variants of {@code text}: the base as written and compact, then every {@code thin}-th of all the
     * changes (1 for all of them; large files are thinned evenly).
     */
    static List<Variant> of(String base, String text, int thin) {
        FileVariants v = new FileVariants(base, text);
        v.emit("as written", new Change(List.of(), Op.NONE, null), false);
        v.emit("compact", new Change(List.of(), Op.NONE, null), true);
        List<List<Object>> paths = new ArrayList<>();
        collect(v.tree, new ArrayList<>(), paths);
        List<Change> changes = new ArrayList<>();
        int n = 0;
        for (List<Object> path : paths) {
            JsonNode node = at(v.tree, path);
            if (!path.isEmpty()) {
                changes.add(new Change(path, Op.DELETE, null));
                for (String other : OTHER_KINDS) {
                    changes.add(new Change(path, Op.REPLACE, other));
                }
                for (String wrong : WrongForms.of(node, v.tree)) {
                    changes.add(new Change(path, Op.REPLACE, wrong));
                }
            }
            if (node.isObject()) {
                String value = UNKNOWN_VALUES.get(n++ % UNKNOWN_VALUES.size());
                changes.add(new Change(path, Op.ADD_FIRST, "\"zzNewer\": " + value));
                changes.add(new Change(path, Op.ADD_LAST, "\"zzNewer\": " + value));
                changes.add(new Change(path, Op.ADD_LAST, "\"zz\": 1, \"zz\": 2"));
                if (node.size() > 0) {
                    changes.add(new Change(path, Op.DUPLICATE_FIRST, null));
                }
            }
        }
        for (int i = 0; i < changes.size(); i += thin) {
            Change c = changes.get(i);
            v.emit(c.op() + " " + pathText(c.path()) + (c.raw() == null ? "" : " " + c.raw()), c, i % 5 == 4);
        }
        return v.out;
    }

    /** The text cut after each {@code step}-th byte (every byte of the first 300). */
    static List<Variant> truncated(String base, byte[] content, int step) {
        List<Variant> out = new ArrayList<>();
        for (int end = 0; end < content.length; end += end < 300 ? 1 : step) {
            out.add(new Variant(base + " cut at " + end, java.util.Arrays.copyOf(content, end)));
        }
        return out;
    }

    /** One structural character ({}[],:") dropped, at each {@code step}-th of them. */
    static List<Variant> dropped(String base, byte[] content, int step) {
        List<Variant> out = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < content.length; i++) {
            if ("{}[],:\"".indexOf(content[i]) >= 0 && seen++ % step == 0) {
                byte[] b = new byte[content.length - 1];
                System.arraycopy(content, 0, b, 0, i);
                System.arraycopy(content, i + 1, b, i, content.length - i - 1);
                out.add(new Variant(base + " without byte " + i + " '" + (char) content[i] + "'", b));
            }
        }
        return out;
    }

    /** Content around the project: after it, a byte-order mark before it. */
    static List<Variant> around(String base, String text) {
        List<Variant> out = new ArrayList<>();
        for (String after : List.of("{}", "garbage", "]", "}", "null", "1", "\"x\"", "[]", "\n\n  \t", "/", ",")) {
            out.add(new Variant(base + " followed by " + after, (text + after).getBytes(StandardCharsets.UTF_8)));
        }
        out.add(new Variant(base + " after a BOM", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)));
        out.add(new Variant(base + " in UTF-16", text.getBytes(StandardCharsets.UTF_16)));
        return out;
    }

    enum Op { NONE, DELETE, REPLACE, ADD_FIRST, ADD_LAST, DUPLICATE_FIRST }

    /** One change at a path of field names (String) and list indices (Integer). */
    record Change(List<Object> path, Op op, String raw) {
    }

    private void emit(String name, Change change, boolean compact) {
        StringBuilder b = new StringBuilder();
        new Emitter(change, compact, b).value(tree, new ArrayList<>(), 0);
        b.append('\n');
        out.add(new Variant(base + ": " + name + (compact ? " (compact)" : ""), b.toString()
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> into) {
        into.add(List.copyOf(path));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                path.add(e.getKey());
                collect(e.getValue(), path, into);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collect(node.get(i), path, into);
                path.remove(path.size() - 1);
            }
        }
    }

    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    private static String pathText(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object step : path) {
            b.append(step instanceof Integer i ? "[" + i + "]" : "." + step);
        }
        return b.length() == 0 ? "(top)" : b.toString();
    }

    /** Writes the tree as pretty or compact JSON text, applying the change where its path is. */
    private record Emitter(Change change, boolean compact, StringBuilder b) {
        void value(JsonNode node, List<Object> path, int depth) {
            boolean here = change.path().equals(path);
            if (here && change.op() == Op.REPLACE) {
                b.append(change.raw());
            } else if (node.isObject()) {
                List<Consumer<Integer>> members = new ArrayList<>();
                if (here && change.op() == Op.ADD_FIRST) {
                    members.add(d -> b.append(change.raw()));
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    List<Object> sub = with(path, e.getKey());
                    if (isDeleted(sub)) {
                        continue;
                    }
                    int count = here && change.op() == Op.DUPLICATE_FIRST && members.isEmpty() ? 2 : 1;
                    for (int c = 0; c < count; c++) {
                        members.add(d -> {
                            b.append('"').append(JsonStringEncoder.getInstance().quoteAsString(e.getKey()))
                                    .append(compact ? "\":" : "\": ");
                            value(e.getValue(), sub, d);
                        });
                    }
                }
                if (here && change.op() == Op.ADD_LAST) {
                    members.add(d -> b.append(change.raw()));
                }
                container('{', '}', members, depth);
            } else if (node.isArray()) {
                List<Consumer<Integer>> members = new ArrayList<>();
                for (int i = 0; i < node.size(); i++) {
                    List<Object> sub = with(path, i);
                    JsonNode element = node.get(i);
                    if (!isDeleted(sub)) {
                        members.add(d -> value(element, sub, d));
                    }
                }
                container('[', ']', members, depth);
            } else {
                b.append(node.toString());
            }
        }

        private void container(char open, char close, List<Consumer<Integer>> members, int depth) {
            b.append(open);
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                newline(depth + 1);
                members.get(i).accept(depth + 1);
            }
            if (!members.isEmpty()) {
                newline(depth);
            }
            b.append(close);
        }

        private void newline(int depth) {
            if (!compact) {
                b.append('\n').append("  ".repeat(depth));
            }
        }

        private boolean isDeleted(List<Object> path) {
            return change.op() == Op.DELETE && change.path().equals(path);
        }

        private static List<Object> with(List<Object> path, Object step) {
            List<Object> sub = new ArrayList<>(path);
            sub.add(step);
            return sub;
        }
    }
}
