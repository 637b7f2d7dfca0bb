package org.sitrep.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page furniture that survives into article text, whether the article came as HTML or as
 * text copied from a page: comment forms and threads, share bars, related-link headings. Only whole
 * paragraphs are matched (patterns in {@code boilerplate.tsv}), so a sentence that merely mentions
 * "comments" stays.
 */
final class Boilerplate {
    /** A comment section only ends an article that has begun: a marker before any text is left alone. */
    private static final int ARTICLE_STARTED_AT = 80;

    private static final List<Pattern> CUT = new ArrayList<>();
    private static final List<Pattern> DROP = new ArrayList<>();

    static {
        for (String[] row : TsvResource.rows("boilerplate.tsv")) {
            Pattern pattern = Pattern.compile(row[1],
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            switch (row[0]) {
                case "cut" -> CUT.add(pattern);
                case "drop" -> DROP.add(pattern);
                default -> throw new IllegalStateException("boilerplate.tsv: unknown action " + row[0]);
            }
        }
    }

    private Boilerplate() {
    }

    /**
     * Returns the paragraphs without furniture: a paragraph that opens a comment section (such as
     * "Leave a Reply" or "3 comments") ends the article, other furniture paragraphs are dropped.
     */
    static List<String> strip(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        int textSoFar = 0;
        for (String paragraph : paragraphs) {
            if (textSoFar >= ARTICLE_STARTED_AT && matchesAny(CUT, paragraph)) {
                break;
            }
            if (matchesAny(DROP, paragraph)) {
                continue;
            }
            kept.add(paragraph);
            textSoFar += paragraph.length();
        }
        return kept;
    }

    private static boolean matchesAny(List<Pattern> patterns, String paragraph) {
        String candidate = paragraph.strip();
        // Furniture is short; a long paragraph is text even if a pattern could stretch over it.
        if (candidate.length() > 200) {
            return false;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
        }
        return false;
    }
}
