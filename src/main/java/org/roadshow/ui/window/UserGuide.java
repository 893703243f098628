package org.roadshow.ui.window;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.roadshow.ui.theme.DialogTheme;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Help › User Guide: the short guide bundled as {@code user-guide.html} (a small XHTML subset: h1, h2, p,
 * ul/li, b, em, kbd), shown as styled text in a scrolling dialog. It needs no browser and no network.
 */
final class UserGuide {
    static final String RESOURCE = "user-guide.html";

    /** A piece of text in one style: plain, "b", "em" or "kbd". */
    record Span(String text, String style) {
    }

    /** A heading ("h1", "h2"), paragraph ("p") or list item ("li") with its text. */
    record Block(String kind, List<Span> spans) {
        String text() {
            StringBuilder s = new StringBuilder();
            spans.forEach(span -> s.append(span.text()));
            return s.toString();
        }
    }

    private UserGuide() {
    }

    /** The guide's blocks in order, read from the bundled resource. */
    static List<Block> blocks() {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            Element body = (Element) factory.newDocumentBuilder().parse(in).getElementsByTagName("body").item(0);
            List<Block> blocks = new ArrayList<>();
            collectBlocks(body, blocks);
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(RESOURCE + " is not well-formed: " + e.getMessage(), e);
        }
    }

    private static void collectBlocks(Element parent, List<Block> blocks) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                switch (e.getTagName()) {
                    case "h1", "h2", "p", "li" -> {
                        List<Span> spans = new ArrayList<>();
                        collectSpans(e, "", spans);
                        blocks.add(new Block(e.getTagName(), spans));
                    }
                    default -> collectBlocks(e, blocks); // ul and anything else: their blocks
                }
            }
        }
    }

    private static void collectSpans(Element parent, String style, List<Span> spans) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                collectSpans(e, e.getTagName(), spans);
            } else if (n.getNodeType() == Node.TEXT_NODE) {
                String text = n.getNodeValue().replaceAll("\\s+", " ");
                if (spans.isEmpty()) {
                    text = text.stripLeading();
                }
                if (!text.isEmpty()) {
                    spans.add(new Span(text, style));
                }
            }
        }
    }

    static VBox page(List<Block> blocks) {
        VBox page = new VBox(8);
        page.getStyleClass().add("user-guide");
        for (Block block : blocks) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("guide-" + block.kind());
            if (block.kind().equals("li")) {
                flow.getChildren().add(text("•  ", ""));
            }
            for (Span span : block.spans()) {
                flow.getChildren().add(text(span.text(), span.style()));
            }
            page.getChildren().add(flow);
        }
        return page;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add("guide-text");
        if (!style.isEmpty()) {
            t.getStyleClass().add("guide-" + style);
        }
        return t;
    }

    static void show(Window owner) {
        Dialog<Void> dialog = DialogTheme.follow(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle("Roadshow User Guide");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ScrollPane scroll = new ScrollPane(page(blocks()));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 560);
        scroll.getStyleClass().add("user-guide-scroll");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStyleClass().add("user-guide-dialog");
        dialog.setResizable(true);
        dialog.show();
    }
}
