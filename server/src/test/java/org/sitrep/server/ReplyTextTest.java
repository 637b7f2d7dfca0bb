package org.sitrep.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyTextTest {
    @Test
    void blankLinesStartParagraphsAndLineBreaksStay() {
        assertEquals("<p>First line<br />\nsecond line</p>\n<p>Next paragraph</p>\n",
                ReplyText.of("First line\nsecond line\n\nNext paragraph").html());
    }

    @Test
    void plainTextIsEscaped() {
        assertEquals("<p>1 &lt; 2 &amp; 3 &gt; 2</p>\n", ReplyText.of("1 < 2 & 3 > 2").html());
    }

    @Test
    void emphasisCodeAndQuotesSurvive() {
        String html = ReplyText.of("<em>a</em> <strong>b</strong> <code>c</code> <blockquote>d</blockquote>").html();
        for (String tag : new String[] {"<em>a</em>", "<strong>b</strong>", "<code>c</code>", "<blockquote>d</blockquote>"}) {
            assertTrue(html.contains(tag), html);
        }
    }

    @Test
    void httpLinksGetUgcRelsAndNothingElse() {
        String html = ReplyText.of("<a href=\"https://example.org/x?a=1&b=2\" title=\"t\" style=\"color:red\">see</a>").html();
        assertEquals("<p><a href=\"https://example.org/x?a&#61;1&amp;b&#61;2\" rel=\"nofollow ugc noopener\">see</a></p>\n", html);
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsNeverSurvive() {
        String html = ReplyText.of("<script>alert(1)</script> <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a>"
                + " <a href=\"/relative\">r</a> <em onclick=\"alert(1)\">e</em> <iframe src=\"https://evil.example\"></iframe>").html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("alert"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript"), html);
        assertFalse(html.contains("href"), html);
        assertFalse(html.contains("iframe"), html);
        assertTrue(html.contains("<em>e</em>"), html);
    }

    @Test
    void linksAreCountedWhetherAnchorsOrTyped() {
        ReplyText.Safe safe = ReplyText.of("<a href=\"https://a.example/\">https://a.example/</a> and http://b.example/ and"
                + " https://c.example/ but not ftp://d.example/");
        assertEquals(3, safe.links());
    }

    @Test
    void onlyMarkupIsEmpty() {
        assertTrue(ReplyText.of("<script>alert(1)</script>").isEmpty());
        assertFalse(ReplyText.of("hello").isEmpty());
    }
}
