package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:media="http://search.yahoo.com/mrss/">
              <channel>
                <title>The Sahel Ledger</title>
                <link>https://sahel-ledger.example/</link>
                <item>
                  <title>Gunmen kill 12 at market near Gao</title>
                  <link>https://sahel-ledger.example/2024/07/15/gao-market</link>
                  <media:title>Photo: the market after the attack</media:title>
                  <pubDate>Mon, 15 Jul 2024 22:40:00 -0500</pubDate>
                  <description>Armed men on motorbikes opened fire on traders.</description>
                  <content:encoded><![CDATA[<p>At least 12 people were killed on Sunday.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Floods cut the road to Mopti</title>
                  <guid>https://sahel-ledger.example/2024/07/14/mopti-floods</guid>
                  <pubDate>Sun, 14 Jul 2024 09:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Heavy rain washed away a bridge.&lt;/p&gt;</description>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Horn Monitor</title>
              <entry>
                <title type="html">Shelling in &lt;b&gt;El Fasher&lt;/b&gt; kills five</title>
                <link rel="edit" href="/api/entries/42"/>
                <link href="/news/2024/07/16/el-fasher-shelling"/>
                <updated>2024-07-16T21:15:00+03:00</updated>
                <summary>Five civilians were killed when shells hit a market.</summary>
              </entry>
              <entry xml:base="https://mirror.example/horn/">
                <title>Protest in Mogadishu</title>
                <link rel="alternate" type="text/html" href="mogadishu-protest"/>
                <published>2024-07-12T08:00:00Z</published>
                <updated>2024-07-13T10:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hundreds marched.</p></div></content>
              </entry>
            </feed>
            """;

    private static final String RDF = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://lake-chad.example/rss">
                <title>Lake Chad Dispatch</title>
                <items><rdf:Seq><rdf:li rdf:resource="https://lake-chad.example/diffa-raid"/></rdf:Seq></items>
              </channel>
              <item rdf:about="https://lake-chad.example/diffa-raid">
                <title>Raid on Diffa camp</title>
                <link>https://lake-chad.example/diffa-raid</link>
                <description>Militants raided a camp for displaced people.</description>
                <dc:date>2024-07-10T06:30:00+01:00</dc:date>
              </item>
            </rdf:RDF>
            """;

    @TempDir
    Path temp;

    @Test
    void rssItemGivesLinkTitleDateAndEncodedContent() throws Exception {
        FeedEntry first = Feeds.parse(bytes(RSS), "https://sahel-ledger.example/feed", "feed.xml").get(0);

        assertEquals("https://sahel-ledger.example/2024/07/15/gao-market", first.url());
        assertEquals("Gunmen kill 12 at market near Gao", first.title());
        assertEquals(LocalDate.of(2024, 7, 15), first.published()); // the outlet's day, not UTC's 16th
        assertEquals("<p>At least 12 people were killed on Sunday.</p>", first.html());
    }

    @Test
    void rssItemWithoutLinkUsesItsPermalinkGuidAndDescription() throws Exception {
        FeedEntry second = Feeds.parse(bytes(RSS), null, "feed.xml").get(1);

        assertEquals("https://sahel-ledger.example/2024/07/14/mopti-floods", second.url());
        assertEquals(LocalDate.of(2024, 7, 14), second.published());
        assertEquals("<p>Heavy rain washed away a bridge.</p>", second.html());
    }

    @Test
    void atomRelativeLinkResolvesAgainstTheFeedUrl() throws Exception {
        FeedEntry first = Feeds.parse(bytes(ATOM), "https://horn.example/feeds/all.atom", "horn").get(0);

        assertEquals("https://horn.example/news/2024/07/16/el-fasher-shelling", first.url());
    }

    @Test
    void atomEntryWithoutPublishedIsDatedByUpdated() throws Exception {
        FeedEntry first = Feeds.parse(bytes(ATOM), "https://horn.example/feeds/all.atom", "horn").get(0);

        assertEquals(LocalDate.of(2024, 7, 16), first.published());
        assertEquals("Five civilians were killed when shells hit a market.", first.html());
    }

    @Test
    void atomHtmlTitleBecomesText() throws Exception {
        FeedEntry first = Feeds.parse(bytes(ATOM), null, "horn").get(0);

        assertEquals("Shelling in El Fasher kills five", first.title());
    }

    @Test
    void atomXmlBaseAndPublishedWin() throws Exception {
        FeedEntry second = Feeds.parse(bytes(ATOM), "https://horn.example/feeds/all.atom", "horn").get(1);

        assertEquals("https://mirror.example/horn/mogadishu-protest", second.url());
        assertEquals(LocalDate.of(2024, 7, 12), second.published());
        assertTrue(second.html().contains("<p") && second.html().contains("Hundreds marched.</p>"), second.html());
    }

    @Test
    void rdfItemsBesideTheChannelAreRead() throws Exception {
        List<FeedEntry> entries = Feeds.parse(bytes(RDF), null, "chad.rdf");

        assertEquals(List.of(new FeedEntry("https://lake-chad.example/diffa-raid", "Raid on Diffa camp",
                LocalDate.of(2024, 7, 10), "Militants raided a camp for displaced people.")), entries);
    }

    @Test
    void feedsAreRecognisedByTheirRootElement() {
        assertTrue(Feeds.looksLikeFeed("text/xml; charset=utf-8", bytes(RSS)));
        assertTrue(Feeds.looksLikeFeed(null, bytes(ATOM)));
        assertTrue(Feeds.looksLikeFeed("application/xml", bytes(RDF)));
    }

    @Test
    void feedSentAsHtmlIsStillAFeed() {
        assertTrue(Feeds.looksLikeFeed("text/html", bytes("<!-- generator: ... -->\n<rss version=\"2.0\"><channel/></rss>")));
    }

    @Test
    void feedMediaTypeIsEnough() {
        assertTrue(Feeds.looksLikeFeed("application/atom+xml", new byte[0]));
    }

    @Test
    void webPageIsNotAFeed() {
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><title>Gunmen kill 12 at market near Gao</title>
                <link rel="alternate" type="application/rss+xml" href="/feed"></head>
                <body><p>At least 12 people were killed.</p></body></html>
                """;

        assertFalse(Feeds.looksLikeFeed("text/html; charset=utf-8", bytes(page)));
        assertFalse(Feeds.looksLikeFeed(null, bytes(page)));
    }

    @Test
    void wellFormedPageIsNoFeed() {
        var problem = assertThrows(UnreadableArticleException.class,
                () -> Feeds.parse(bytes("<html><body><p>Hello</p></body></html>"), null, "page.xhtml"));

        assertEquals("page.xhtml: not an RSS or Atom feed (root element html)", problem.getMessage());
    }

    @Test
    void malformedXmlIsOneLineError() {
        String broken = "<rss version=\"2.0\">\n<channel>\n<item><title>Cut off</channel>\n</rss>";

        var problem = assertThrows(UnreadableArticleException.class,
                () -> Feeds.parse(bytes(broken), null, "broken.xml"));

        assertTrue(problem.getMessage().startsWith("broken.xml: not well-formed XML (line 3"), problem.getMessage());
        assertFalse(problem.getMessage().contains("\n"));
    }

    @Test
    void externalEntityIsNotExpanded() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><item>
                  <title>Leak &xxe; here</title>
                  <link>https://attacker.example/</link>
                  <description>&xxe;</description>
                </item></channel></rss>
                """.formatted(secret.toUri());

        List<FeedEntry> entries = Feeds.parse(bytes(attack), null, "attack.xml");

        assertEquals(1, entries.size());
        assertFalse(entries.get(0).title().contains("TOP-SECRET"), entries.get(0).title());
        assertNull(entries.get(0).html());
    }

    @Test
    void entityExpansionBombIsNotExpanded() throws Exception {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol%d \"%s\">".formatted(i, ("&lol" + (i - 1) + ";").repeat(10)));
        }
        String bomb = "<!DOCTYPE rss [" + dtd + "]><rss><channel><item><title>&lol9;</title></item></channel></rss>";

        List<FeedEntry> entries = Feeds.parse(bytes(bomb), null, "bomb.xml"); // a billion "lol"s would take 3 GB

        assertEquals("", entries.get(0).title());
    }

    @Test
    void netscapeDoctypeIsAllowedButNotFetched() throws Exception {
        String old = """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><item>
                  <title>Old feeds still work</title><link>https://old.example/1</link>
                </item></channel></rss>
                """;

        assertEquals("Old feeds still work", Feeds.parse(bytes(old), null, "old.xml").get(0).title());
    }

    @Test
    void emptyDocumentIsRejected() {
        var problem = assertThrows(UnreadableArticleException.class, () -> Feeds.parse(new byte[0], null, "none.xml"));

        assertEquals("none.xml: empty feed", problem.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
