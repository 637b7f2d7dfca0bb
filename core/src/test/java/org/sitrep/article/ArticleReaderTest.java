package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class ArticleReaderTest {
    private static final LocalDate JULY_13 = LocalDate.of(2024, 7, 13);
    private static final String SEED = "niger-tahoua-attack.txt";

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path temp;

    // --- the founding example, as text and as a page

    @Test
    void dateLineBecomesPublicationDate() throws Exception {
        Article article = reader.read(fixture(SEED).toString(), null);

        assertEquals(JULY_13, article.published());
    }

    @Test
    void dateLineLeavesTheBody() throws Exception {
        Article article = reader.read(fixture(SEED).toString(), null);

        assertTrue(article.body().startsWith("At least 29 soldiers have been killed in Niger"), article.body());
    }

    @Test
    void commentFormIsNotPartOfTheTextBody() throws Exception {
        Article article = reader.read(fixture(SEED).toString(), null);

        assertFalse(article.body().contains("Leave a Reply"));
        assertFalse(article.body().contains("Required fields"));
        assertTrue(article.body().endsWith("to fight the militants or any external aggression."));
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLine() throws Exception {
        Article article = reader.read(fixture(SEED).toString(), null);

        assertEquals(18, article.body().split("\n\n").length);
        assertFalse(article.body().contains("\n\n\n"));
    }

    @Test
    void curlyQuotesAreKept() throws Exception {
        Article article = reader.read(fixture(SEED).toString(), null);

        assertTrue(article.body().contains("“several dozen terrorists”"));
        assertTrue(article.body().contains("France’s ambassador"));
    }

    @Test
    void fileIdIsTheFileName() throws Exception {
        Article article = reader.read(fixture(SEED).toString(), null);

        assertEquals(SEED, article.id());
        assertNull(article.url());
    }

    @Test
    void textWithoutObviousHeadlineHasNoTitle() throws Exception {
        Article article = reader.read(fixture(SEED).toString(), null);

        assertEquals("", article.title());
    }

    @Test
    void htmlPageBodyEqualsTextBody() throws Exception {
        Article text = reader.read(fixture(SEED).toString(), null);
        Article page = reader.read(fixture("niger-tahoua-attack.html").toString(), null);

        assertEquals(text.body(), page.body());
    }

    @Test
    void htmlPageHasTitleOutletDateAndLanguage() throws Exception {
        Article page = reader.read(fixture("niger-tahoua-attack.html").toString(), null);

        assertEquals("Niger: at least 29 soldiers killed in Tahoua region attack", page.title());
        assertEquals("The Sahel Ledger", page.source());
        assertEquals(JULY_13, page.published());
        assertEquals("en", page.language());
    }

    @Test
    void htmlFurnitureIsNotPartOfTheBody() throws Exception {
        String body = reader.read(fixture("niger-tahoua-attack.html").toString(), null).body();

        for (String furniture : new String[] {"Security", "Share this", "WhatsApp", "Related",
                "Twelve soldiers killed in motorbike raid", "Leave a Reply", "Post Comment", "cookies",
                "All rights reserved", "Most read", "Newsletter", "Posted on"}) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    // --- plain text

    @Test
    void obviousHeadlineOfPlainTextBecomesTitle() throws Exception {
        Article article = reader.read(fixture("headline-and-date.txt").toString(), null);

        assertEquals("Gunmen kill five at a checkpoint near Diffa", article.title());
        assertEquals(JULY_13, article.published());
        assertTrue(article.body().startsWith("Gunmen on motorcycles attacked"), article.body());
    }

    @Test
    void wrappedLinesJoinIntoOneParagraph() throws Exception {
        Article article = reader.read(fixture("headline-and-date.txt").toString(), null);

        assertTrue(article.body().contains("the road between Diffa and N'Guigmi on Friday evening"));
    }

    @Test
    void lineBreaksSeparateParagraphsWhenTextHasNoBlankLines() throws Exception {
        String text = "July 13, 2024\nAt least 29 soldiers have been killed in Niger.\n"
                + "The soldiers were killed by hundreds of jihadists, the defence ministry said.\n";

        Article article = reader.fromText("lines", text, null);

        assertEquals(JULY_13, article.published());
        assertEquals("At least 29 soldiers have been killed in Niger.\n\n"
                + "The soldiers were killed by hundreds of jihadists, the defence ministry said.", article.body());
    }

    @Test
    void shareBarAndRelatedLinksLeavePlainText() throws Exception {
        Article article = reader.read(fixture("headline-and-date.txt").toString(), null);

        assertTrue(article.body().endsWith("No group has claimed responsibility."), article.body());
    }

    @Test
    void callerDateOverridesDateLine() throws Exception {
        LocalDate caller = LocalDate.of(2024, 7, 20);

        Article article = reader.fromText("seed", text(SEED), caller);

        assertEquals(caller, article.published());
        assertFalse(article.body().startsWith("July 13, 2024"));
    }

    @Test
    void dayFirstAndIsoDateLinesAreRead() throws Exception {
        String body = "\n\nAt least 29 soldiers have been killed in Niger in the deadliest attack since the coup.";

        assertEquals(JULY_13, reader.fromText("a", "13 July 2024" + body, null).published());
        assertEquals(JULY_13, reader.fromText("b", "2024-07-13" + body, null).published());
    }

    @Test
    void textWithoutDateLineHasNoDate() throws Exception {
        Article article = reader.fromText("x", text(SEED).replace("July 13, 2024", ""), null);

        assertNull(article.published());
    }

    @Test
    void frenchTextIsGuessedFrench() throws Exception {
        Article article = reader.fromText("fr", "13 juillet 2024\n\nAu moins 29 soldats ont été tués au Niger "
                + "dans l'attaque la plus meurtrière depuis le coup d'État mené par l'armée en juillet, "
                + "selon le ministère de la Défense.\n\nLaisser un commentaire\n\nVotre adresse e-mail ne "
                + "sera pas publiée.", null);

        assertEquals("fr", article.language());
        assertEquals(JULY_13, article.published());
        assertFalse(article.body().contains("commentaire"));
    }

    @Test
    void textWithoutIdIsNamedByItsContent() throws Exception {
        Article once = reader.fromText(null, text(SEED), null);
        Article again = reader.fromText(null, text(SEED), null);

        assertEquals(16, once.id().length());
        assertEquals(once.id(), again.id());
    }

    // --- metadata precedence in pages

    @Test
    void callerDateOverridesPageMetadata() throws Exception {
        LocalDate caller = LocalDate.of(2024, 7, 20);

        Article article = reader.fromHtml("p", null, page(meta("article:published_time", "2024-07-13"), ""), caller);

        assertEquals(caller, article.published());
    }

    @Test
    void articlePublishedTimeWinsOverJsonLdAndTimeElement() throws Exception {
        String head = meta("article:published_time", "2024-07-13T23:30:00-05:00") + jsonLd("2024-07-10");

        Article article = reader.fromHtml("p", null, page(head, "<time datetime=\"2024-07-09\">9 July</time>"), null);

        assertEquals(JULY_13, article.published());
    }

    @Test
    void datePublishedMetaIsRead() throws Exception {
        String head = "<meta itemprop=\"datePublished\" content=\"2024-07-13\">";

        assertEquals(JULY_13, reader.fromHtml("p", null, page(head, ""), null).published());
    }

    @Test
    void jsonLdDateIsUsedWithoutMetaTags() throws Exception {
        Article article = reader.fromHtml("p", null, page(jsonLd("2024-07-13T08:00:00Z"),
                "<time datetime=\"2024-07-09\">9 July</time>"), null);

        assertEquals(JULY_13, article.published());
    }

    @Test
    void timeElementIsUsedWithoutOtherMetadata() throws Exception {
        Article article = reader.fromHtml("p", null, page("", "<time datetime=\"2024-07-13T09:00\">Saturday</time>"), null);

        assertEquals(JULY_13, article.published());
    }

    @Test
    void pageMetadataWinsOverDateLineWhichStillLeavesTheBody() throws Exception {
        Article article = reader.fromHtml("p", null,
                page(meta("article:published_time", "2024-07-13"), "<p>July 1, 2024</p>"), null);

        assertEquals(JULY_13, article.published());
        assertTrue(article.body().startsWith("At least 29 soldiers"), article.body());
    }

    @Test
    void htmlLangIsHonoured() throws Exception {
        Article article = reader.fromHtml("p", null,
                page("", "").replace("<html>", "<html lang=\"es-ES\">"), null);

        assertEquals("es", article.language());
    }

    @Test
    void titleFallsBackToTitleElementWithoutSiteName() throws Exception {
        String head = "<title>Attack in Tahoua | Ledger</title>" + meta("og:site_name", "Ledger");

        Article article = reader.fromHtml("p", null, page(head, ""), null);

        assertEquals("Attack in Tahoua", article.title());
        assertEquals("Ledger", article.source());
    }

    @Test
    void replyFormInPlainParagraphsIsCutFromPages() throws Exception {
        String html = page("", "").replace("</article>",
                "<p>Leave a Reply</p><p>Your email address will not be published. Required fields are marked *</p>"
                        + "<p>A commenter wrote that the attack was expected.</p></article>");

        Article article = reader.fromHtml("p", null, html, null);

        assertTrue(article.body().endsWith("near the border with Mali."), article.body());
    }

    @Test
    void densestParagraphsAreFoundWithoutArticleElement() throws Exception {
        String html = "<html><body><div class=\"top\"><p>Breaking: markets</p></div><div class=\"story\">"
                + "<p>At least 29 soldiers have been killed in Niger in the deadliest attack since July.</p>"
                + "<p>The attack took place near the border with Mali, the defence ministry said.</p></div>"
                + "</body></html>";

        Article article = reader.fromHtml("p", null, html, null);

        assertTrue(article.body().startsWith("At least 29 soldiers"), article.body());
        assertFalse(article.body().contains("Breaking"));
    }

    @Test
    void metaCharsetDecodesLatin1Page() throws Exception {
        Article article = reader.read(fixture("latin1-meta-charset.html").toString(), null);

        assertTrue(article.body().contains("incendié le marché hebdomadaire"), article.body());
        assertTrue(article.body().contains("« Nous n'avons plus rien à vendre"), article.body());
        assertEquals("fr", article.language());
        assertEquals(LocalDate.of(2024, 7, 20), article.published());
    }

    @Test
    void standardInputIsReadAndNamedByItsContent() throws Exception {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(fixture(SEED))));

            Article article = reader.read("-", null);

            assertEquals(JULY_13, article.published());
            assertEquals(16, article.id().length());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void emptyStandardInputIsRejected() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(new byte[0]));

            var problem = assertThrows(UnreadableArticleException.class, () -> reader.read("-", null));

            assertEquals("stdin: empty input", problem.getMessage());
        } finally {
            System.setIn(original);
        }
    }

    // --- bad input

    @Test
    void missingFileIsNamed() {
        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read("missing.txt", null));

        assertEquals("missing.txt: no such file", problem.getMessage());
    }

    @Test
    void directoryIsRejected() {
        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read(temp.toString(), null));

        assertEquals(temp + ": is a directory, not a file", problem.getMessage());
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.txt"));

        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read(empty.toString(), null));

        assertEquals("empty file", problem.problem());
    }

    @Test
    void blankFileIsRejected() throws IOException {
        Path blank = Files.writeString(temp.resolve("blank.txt"), " \n\n\t \n");

        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read(blank.toString(), null));

        assertEquals("empty file", problem.problem());
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path image = Files.write(temp.resolve("photo.txt"), png);

        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read(image.toString(), null));

        assertEquals("binary data, not text", problem.problem());
    }

    @Test
    void nonUtf8TextIsRejected() throws IOException {
        Path latin1 = Files.write(temp.resolve("latin1.txt"),
                "Des hommes armés ont incendié le marché.".getBytes(StandardCharsets.ISO_8859_1));

        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read(latin1.toString(), null));

        assertEquals("not UTF-8 text", problem.problem());
    }

    @Test
    void unknownMetaCharsetIsRejected() throws IOException {
        byte[] page = "<html><head><meta charset=\"klingon-8\"></head><body><p>caf\u00e9</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(temp.resolve("page.html"), page);

        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read(file.toString(), null));

        assertEquals("undecodable charset klingon-8", problem.problem());
    }

    @Test
    void pageOfNavigationOnlyHasNoArticle() {
        var problem = assertThrows(UnreadableArticleException.class,
                () -> reader.read(fixture("nav-only.html").toString(), null));

        assertTrue(problem.problem().startsWith("no article text found"), problem.getMessage());
    }

    @Test
    void aFragmentOfTextIsNoArticle() {
        var problem = assertThrows(UnreadableArticleException.class,
                () -> reader.fromText("short", "Niger: killed.", null));

        assertEquals("short: no article text found (only 14 characters)", problem.getMessage());
    }

    @Test
    void aOneSentenceTextReportIsAnArticle() throws UnreadableArticleException {
        Article a = reader.fromText("one", "Gunmen killed two farmers in Djibo on Monday.", null);

        assertEquals("Gunmen killed two farmers in Djibo on Monday.", a.body());
    }

    @Test
    void fileOverTheCapIsRejected() throws IOException {
        Path big = Files.writeString(temp.resolve("big.txt"), "word ".repeat(1000));

        var problem = assertThrows(UnreadableArticleException.class,
                () -> new ArticleReader(Duration.ofSeconds(1), 1024).read(big.toString(), null));

        assertEquals("larger than 1 KB", problem.problem());
    }

    @Test
    void unsupportedSchemeIsRejected() {
        var problem = assertThrows(UnreadableArticleException.class,
                () -> reader.read("ftp://example.org/a.txt", null));

        assertEquals("ftp://example.org/a.txt: unsupported URL scheme ftp", problem.getMessage());
    }

    @Test
    void fetchRefusesWhatIsNoWebUrl() {
        var problem = assertThrows(UnreadableArticleException.class, () -> reader.fetch("file:///etc/hosts"));

        assertEquals("file:///etc/hosts: not an http or https URL", problem.getMessage());
    }

    // --- pages fetched once, then read

    @Test
    void fetchedPageIsReadWithoutFetchingAgain() throws Exception {
        byte[] html = Files.readAllBytes(fixture("niger-tahoua-attack.html"));
        var page = new ArticleReader.Fetched("https://sahel-ledger.example/niger", "text/html; charset=utf-8", html);

        Article article = reader.fromPage(page, null);

        assertEquals("https://sahel-ledger.example/niger", article.id());
        assertEquals("https://sahel-ledger.example/niger", article.url());
        assertEquals(JULY_13, article.published());
        assertEquals(reader.fromText("seed", text(SEED), null).body(), article.body());
    }

    @Test
    void fetchedPageCharsetComesFromItsContentType() throws Exception {
        String french = "<html><body><article><p>Des hommes armés ont incendié le marché hebdomadaire d'un "
                + "village de la région de Mopti, selon des élus locaux.</p></article></body></html>";
        var page = new ArticleReader.Fetched("https://example.org/mopti", "text/html; charset=ISO-8859-1",
                french.getBytes(StandardCharsets.ISO_8859_1));

        assertTrue(reader.fromPage(page, null).body().startsWith("Des hommes armés ont incendié"));
    }

    @Test
    void fetchedFeedIsNotAnArticlePage() {
        var page = new ArticleReader.Fetched("https://example.org/feed", "application/rss+xml",
                "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8));

        var problem = assertThrows(UnreadableArticleException.class, () -> reader.fromPage(page, null));

        assertEquals("https://example.org/feed: not an article page (content type application/rss+xml)",
                problem.getMessage());
    }

    @Test
    void problemMessagesAreOneLine() {
        var problem = new UnreadableArticleException("a\nb.txt", "no such\nfile");

        assertEquals("a b.txt: no such file", problem.getMessage());
    }

    // --- helpers

    private static Path fixture(String name) {
        try {
            return Path.of(ArticleReaderTest.class.getResource("/articles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String name) throws IOException {
        return Files.readString(fixture(name));
    }

    private static String meta(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + content + "\">";
    }

    private static String jsonLd(String datePublished) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"" + datePublished + "\"}</script>";
    }

    /** A small news page with the given head and extra body elements before two paragraphs. */
    private static String page(String head, String bodyStart) {
        return "<html><head>" + head + "</head><body><article>" + bodyStart
                + "<p>At least 29 soldiers have been killed in Niger in the deadliest attack since July.</p>"
                + "<p>The attack took place near the border with Mali.</p></article></body></html>";
    }
}
