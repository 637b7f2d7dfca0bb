package org.sitrep.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an article given as plain text: paragraphs between blank lines, perhaps a date line and a
 * headline on top, perhaps a page's comment form at the bottom (as when a page was copied as text).
 */
final class PlainTextArticle {
    private static final int LONGEST_HEADLINE = 150;

    private PlainTextArticle() {
    }

    /**
     * Returns the draft of the text: the date line on top becomes the date and leaves the body,
     * an obvious headline (a short first line without closing punctuation, followed by a sentence)
     * becomes the title and leaves the body, and boilerplate is removed.
     */
    static Draft parse(String text) {
        List<String> paragraphs = new ArrayList<>(Boilerplate.strip(Paragraphs.split(text)));
        String title = "";
        LocalDate published = null;
        if (!paragraphs.isEmpty() && isHeadline(paragraphs, 0)
                && paragraphs.size() > 1 && DateLine.read(paragraphs.get(1)).isPresent()) {
            title = paragraphs.remove(0);
        }
        if (!paragraphs.isEmpty()) {
            Optional<LocalDate> dateLine = DateLine.read(paragraphs.get(0));
            if (dateLine.isPresent()) {
                published = dateLine.get();
                paragraphs.remove(0);
            }
        }
        if (title.isEmpty() && !paragraphs.isEmpty() && isHeadline(paragraphs, 0)) {
            title = paragraphs.remove(0);
        }
        return new Draft(title, published, null, "", paragraphs);
    }

    /**
     * A headline is short, starts with a capital or digit, does not end like a sentence, and is
     * followed by a longer paragraph that does.
     */
    private static boolean isHeadline(List<String> paragraphs, int index) {
        if (index + 1 >= paragraphs.size()) {
            return false;
        }
        String line = paragraphs.get(index);
        String next = paragraphs.get(index + 1);
        return line.length() <= LONGEST_HEADLINE
                && line.indexOf(' ') > 0
                && (Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0)))
                && !endsLikeSentence(line)
                && DateLine.read(line).isEmpty()
                && (DateLine.read(next).isPresent() || next.length() > line.length() && endsLikeSentence(next));
    }

    private static boolean endsLikeSentence(String paragraph) {
        String trimmed = paragraph.replaceAll("[\"'”’»)\\]]+$", "");
        return trimmed.isEmpty() || ".!?:;,…".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }
}
