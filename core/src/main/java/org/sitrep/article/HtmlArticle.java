package org.sitrep.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an article out of a web page: its metadata from the head, its text from the main content
 * with navigation, share bars, related links and comment sections removed.
 */
final class HtmlArticle {
    private HtmlArticle() {
    }

    /**
     * Returns the draft of the page. The date is the page metadata's, else a date line on top of
     * the text; a date line and a repeat of the headline on top of the text leave the body.
     */
    static Draft parse(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata metadata = PageMetadata.read(page);
        PageCleaner.clean(page);
        List<String> paragraphs = new ArrayList<>(
                Boilerplate.strip(BlockText.paragraphs(MainContent.find(page))));
        LocalDate published = metadata.published();
        for (int top = 0; top < 2 && !paragraphs.isEmpty(); top++) {
            Optional<LocalDate> dateLine = DateLine.read(paragraphs.get(0));
            if (dateLine.isPresent()) {
                published = published == null ? dateLine.get() : published;
                paragraphs.remove(0);
            } else if (paragraphs.get(0).equals(metadata.title())) {
                paragraphs.remove(0);
            } else {
                break;
            }
        }
        return new Draft(metadata.title(), published, metadata.language(), metadata.source(), paragraphs);
    }
}
