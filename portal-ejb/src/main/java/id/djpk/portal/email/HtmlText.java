package id.djpk.portal.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML e-mail body turned into plain text with a real HTML parser (jsoup): scripts, styles and comments
 * dropped, paragraphs and line breaks kept as lines, links followed by their address. The text is then shown
 * escaped like any text, so nothing of the markup can act in a page.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, noscript, template, iframe, object").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e) {
                    switch (e.normalName()) {
                        case "br" -> out.append('\n');
                        case "li" -> out.append("\n- ");
                        case "p", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol" ->
                            out.append('\n');
                        case "td", "th" -> out.append(' ');
                        default -> {
                            // inline elements add nothing of their own
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    switch (e.normalName()) {
                        case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol" ->
                            out.append('\n');
                        case "a" -> {
                            String href = e.attr("href").strip();
                            if ((href.startsWith("http://") || href.startsWith("https://")) && !e.text().strip().equals(href)) {
                                out.append(" <").append(href).append('>');
                            }
                        }
                        default -> {
                            // nothing after inline elements
                        }
                    }
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return tidy(out.toString());
    }

    /** Trailing blanks off every line, runs of spaces as one, at most one empty line in a row, no blank start or end. */
    static String tidy(String text) {
        String[] lines = text.replace('\u00a0', ' ').split("\n", -1);
        StringBuilder out = new StringBuilder();
        int empty = 0;
        for (String line : lines) {
            String l = line.replaceAll("[ \\t]+", " ").strip();
            if (l.isEmpty()) {
                empty++;
                continue;
            }
            if (out.length() > 0) {
                out.append(empty > 0 ? "\n\n" : "\n");
            }
            empty = 0;
            out.append(l);
        }
        return out.toString();
    }
}
