package org.sitrep.article;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element of a cleaned page that holds the article: the element marked as the article
 * body, else the article element, else main; when none of these holds real text, the densest block
 * of paragraphs.
 */
final class MainContent {
    /** Marked containers, most specific first. */
    private static final String[] MARKED = {"[itemprop=articleBody]", "article", "main, [role=main]"};
    /** Less text than this in a marked container means it is a teaser or a wrapper, not the article. */
    private static final int ENOUGH_TEXT = 80;

    private MainContent() {
    }

    /** Returns the element holding the article text; the body when nothing better stands out. */
    static Element find(Document page) {
        for (String selector : MARKED) {
            Element best = page.select(selector).stream()
                    .max(Comparator.comparingInt(MainContent::textLength))
                    .orElse(null);
            if (best != null && textLength(best) >= ENOUGH_TEXT) {
                return best;
            }
        }
        return densestParagraphs(page);
    }

    /**
     * The element whose paragraphs hold the most text: each p counts fully for its parent and half
     * for its grandparent, so that an article split into several blocks still wins over one long
     * paragraph elsewhere.
     */
    private static Element densestParagraphs(Document page) {
        Map<Element, Double> score = new HashMap<>();
        for (Element paragraph : page.body().select("p")) {
            int length = textLength(paragraph);
            Element parent = paragraph.parent();
            if (length == 0 || parent == null) {
                continue;
            }
            score.merge(parent, (double) length, Double::sum);
            if (parent.parent() != null) {
                score.merge(parent.parent(), length / 2.0, Double::sum);
            }
        }
        return score.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(page.body());
    }

    private static int textLength(Element element) {
        return Paragraphs.join(Boilerplate.strip(BlockText.paragraphs(element))).length();
    }
}
