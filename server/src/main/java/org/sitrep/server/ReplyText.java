package org.sitrep.server;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a typed reply becomes HTML: plain text whose blank lines start paragraphs and
 * whose line breaks stay, plus the few tags a comment may use (em, strong, code, blockquote, and
 * links to http(s) addresses, marked {@code rel="nofollow ugc noopener"}). Every other tag and every
 * other attribute is dropped, so no script, event handler or {@code javascript:} address survives.
 */
final class ReplyText {
    /** A sanitized comment and how many links it holds, for the link limit. */
    record Safe(String html, int links) {
        /** Whether nothing but markup was typed: no text, no link left once it was made safe. */
        boolean isEmpty() {
            return links == 0 && TAG.matcher(html).replaceAll("").replace("&nbsp;", "").isBlank();
        }
    }

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ANCHOR = Pattern.compile("(?is)<a\\s[^>]*>.*?</a>");
    /** The sanitizer writes the rels in no fixed order; pages and tests read better with one. */
    private static final Pattern REL = Pattern.compile("rel=\"[^\"]*\"");
    static final String LINK_RELS = "nofollow ugc noopener";
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "blockquote", "a")
            .allowUrlProtocols("http", "https")
            // Only absolute http(s) addresses: a relative one would point into Sitrep itself.
            .allowAttributes("href").matching(Pattern.compile("(?i)https?://[^\\s\"'<>`]+")).onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private ReplyText() {
    }

    /** Returns {@code typed} as safe HTML, paragraphs in {@code <p>}, line breaks as {@code <br>}. */
    static Safe of(String typed) {
        String text = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            if (paragraph.isBlank()) continue;
            html.append("<p>").append(paragraph.strip().replace("\n", "<br>\n")).append("</p>\n");
        }
        // Quotes in text and URLs come out escaped, so rel="..." can only be an anchor's attribute.
        String safe = REL.matcher(POLICY.sanitize(html.toString())).replaceAll("rel=\"" + LINK_RELS + "\"");
        return new Safe(safe, links(safe));
    }

    /** Links, counted as a reader sees them: each anchor, and each http(s) address typed as text. */
    private static int links(String safe) {
        Matcher anchors = ANCHOR.matcher(safe);
        int count = 0;
        while (anchors.find()) count++;
        String text = TAG.matcher(anchors.replaceAll(" ")).replaceAll(" ");
        Matcher bare = HTTP_URL.matcher(text);
        while (bare.find()) count++;
        return count;
    }
}
