package org.sitrep.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one spelling of body text: paragraphs with their inner whitespace collapsed to single
 * spaces, separated by exactly one blank line. Evidence offsets point into this string, so text
 * and HTML copies of an article must come out identical.
 */
final class Paragraphs {
    /** Any run of whitespace, including the no-break and typographic spaces pages use. */
    private static final Pattern WHITESPACE =
            Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");
    /** Characters that render as nothing: zero-width spaces and joiners, byte-order marks, soft hyphens. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0\\f\\u000B]*\\n");
    /** A sentence stop, perhaps followed by closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");

    private Paragraphs() {
    }

    /**
     * Returns the paragraphs of plain text: the blocks between blank lines, normalised. Text
     * without any blank line whose lines mostly end like sentences has a paragraph per line;
     * otherwise single line breaks are wrapping and become spaces.
     */
    static List<String> split(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] blocks = BLANK_LINE.matcher(unified).find() || !linePerParagraph(unified)
                ? BLANK_LINE.split(unified)
                : unified.split("\n");
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks) {
            String paragraph = normalise(block);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** Hard-wrapped text breaks lines mid-sentence; one paragraph per line ends most lines with a stop. */
    private static boolean linePerParagraph(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        long stops = lines.stream().filter(line -> SENTENCE_END.matcher(line).find()).count();
        return lines.size() > 1 && stops * 2 >= lines.size();
    }

    /** Returns one paragraph with invisible characters removed and whitespace collapsed. */
    static String normalise(String paragraph) {
        String visible = INVISIBLE.matcher(paragraph).replaceAll("");
        return WHITESPACE.matcher(visible).replaceAll(" ").strip();
    }

    /** Returns the body text: the paragraphs separated by one blank line. */
    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}
