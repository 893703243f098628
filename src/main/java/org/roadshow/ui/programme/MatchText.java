package org.roadshow.ui.programme;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text with the parts a search matched marked (a label styled {@code search-match}), so that a person sees
 * why a session was found: in a table cell as one line, in the details as a flowing paragraph.
 */
final class MatchText {
    static final String MATCH = "search-match";

    private MatchText() {
    }

    /** One line for a table cell: plain labels between marked ones (a cell shows it as its graphic). */
    static HBox line(String text, List<int[]> matches) {
        HBox line = new HBox();
        line.getStyleClass().add("match-line");
        line.setMinWidth(0);
        int at = 0;
        for (int[] m : matches) {
            if (m[0] > at) {
                line.getChildren().add(part(text.substring(at, m[0]), false));
            }
            line.getChildren().add(part(text.substring(m[0], m[1]), true));
            at = m[1];
        }
        if (at < text.length()) {
            line.getChildren().add(part(text.substring(at), false));
        }
        return line;
    }

    private static Label part(String text, boolean match) {
        Label label = new Label(text);
        label.setMinWidth(match ? Label.USE_PREF_SIZE : 0);
        if (match) {
            label.getStyleClass().add(MATCH);
        }
        return label;
    }

    /** Fills {@code flow} with the text, its matches marked; the rest as wrapping text nodes. */
    static void fill(TextFlow flow, String text, List<int[]> matches) {
        List<Node> nodes = new java.util.ArrayList<>();
        int at = 0;
        for (int[] m : matches) {
            if (m[0] > at) {
                nodes.add(plain(text.substring(at, m[0])));
            }
            Label mark = new Label(text.substring(m[0], m[1]));
            mark.getStyleClass().add(MATCH);
            nodes.add(mark);
            at = m[1];
        }
        if (at < text.length()) {
            nodes.add(plain(text.substring(at)));
        }
        flow.getChildren().setAll(nodes);
    }

    private static Text plain(String text) {
        Text t = new Text(text);
        t.getStyleClass().add("flow-text");
        return t;
    }

    /** The text of a flow as a person reads it (for tests and accessibility). */
    static String textOf(TextFlow flow) {
        StringBuilder b = new StringBuilder();
        for (Node n : flow.getChildren()) {
            b.append(n instanceof Text t ? t.getText() : n instanceof Label l ? l.getText() : "");
        }
        return b.toString();
    }
}
