package org.sitrep.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an element into paragraphs the way a reader sees them: every block element (p, div, li,
 * h2…) starts a new paragraph, a double line break too, and a paragraph that is mostly link text
 * (a menu, a list of related stories) is not text at all. The h1 is the title, not body.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul");
    /** Stands for a br while a paragraph is collected; a private-use character no page means. */
    private static final char LINE_BREAK = '\uE000';
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\uE000\\s*(?:\uE000\\s*)+");
    /** Above this share of link text, a paragraph is navigation. */
    private static final double MOST_LINKS = 0.7;

    private BlockText() {
    }

    /** Returns the normalised paragraphs of the element's text, without link lists and the h1. */
    static List<String> paragraphs(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    private static final class Collector implements NodeFilter {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int visibleChars;
        private int linkChars;
        private int linkDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String piece = textNode.getWholeText().replace(LINE_BREAK, ' ');
                text.append(piece);
                int visible = (int) piece.codePoints().filter(c -> !Character.isWhitespace(c)).count();
                visibleChars += visible;
                if (linkDepth > 0) {
                    linkChars += visible;
                }
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("h1")) {
                    flush();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    text.append(LINE_BREAK);
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (BLOCKS.contains(tag)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (BLOCKS.contains(tag)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            boolean navigation = visibleChars > 0 && linkChars > MOST_LINKS * visibleChars;
            if (!navigation) {
                for (String piece : PARAGRAPH_BREAK.split(text)) {
                    String paragraph = Paragraphs.normalise(piece.replace(LINE_BREAK, ' '));
                    if (!paragraph.isEmpty()) {
                        paragraphs.add(paragraph);
                    }
                }
            }
            text.setLength(0);
            visibleChars = 0;
            linkChars = 0;
        }
    }
}
