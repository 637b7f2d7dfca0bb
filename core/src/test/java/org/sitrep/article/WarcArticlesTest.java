package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.sitrep.model.Article;

class WarcArticlesTest {
    private static final String ARTICLE_URL = "https://sahel-ledger.example/2024/07/15/gao-market";
    private static final Instant CRAWLED = Instant.parse("2024-07-15T23:10:00Z");
    private static final String FIRST_PARAGRAPH = "At least 12 people were killed on Sunday when armed men attacked "
            + "the weekly market near Gao, in northern Mali, local officials said.";
    private static final String SECOND_PARAGRAPH = "The attackers arrived on motorbikes and opened fire on traders. "
            + "Soldiers reached the village two hours later, and the wounded were taken to the hospital in Gao.";
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Gunmen kill 12 at market near Gao</title></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Gunmen kill 12 at market near Gao</h1>
            <p>%s</p>
            <p>%s</p></article></body></html>
            """.formatted(FIRST_PARAGRAPH, SECOND_PARAGRAPH);

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path temp;

    @Test
    void gzippedArchiveGivesTheArticlePageAlone() throws Exception {
        Path warc = crawl("news.warc.gz");

        List<Article> articles = read(warc);

        assertEquals(1, articles.size());
        Article article = articles.get(0);
        assertEquals(ARTICLE_URL, article.id());
        assertEquals(ARTICLE_URL, article.url());
        assertEquals("Gunmen kill 12 at market near Gao", article.title());
        assertEquals(FIRST_PARAGRAPH + "\n\n" + SECOND_PARAGRAPH, article.body());
    }

    @Test
    void pageWithoutDateIsDatedByTheDayItWasArchived() throws Exception {
        Article article = read(crawl("news.warc.gz")).get(0);

        assertEquals(LocalDate.of(2024, 7, 15), article.published());
    }

    @Test
    void uncompressedArchiveIsReadAlike() throws Exception {
        Path plain = crawl("news.warc");
        Path gzipped = crawl("news.warc.gz");

        assertFalse(isGzip(plain));
        assertTrue(isGzip(gzipped));
        assertEquals(read(gzipped), read(plain));
    }

    @Test
    void errorsImagesAndStubsAreSkippedButRequestsAreNotCounted() throws Exception {
        var counts = WarcArticles.forEach(crawl("news.warc.gz"), reader, article -> { });

        assertEquals(new WarcArticles.Counts(1, 3), counts);
    }

    @Test
    void pageDateWinsOverTheArchiveDate() throws Exception {
        String dated = PAGE.replace("<meta charset=\"utf-8\">",
                "<meta charset=\"utf-8\"><meta property=\"article:published_time\" content=\"2024-07-14T18:00:00Z\">");
        Path warc = temp.resolve("dated.warc.gz");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(response(ARTICLE_URL, 200, "text/html; charset=utf-8", dated.getBytes(StandardCharsets.UTF_8)));
        }

        assertEquals(LocalDate.of(2024, 7, 14), read(warc).get(0).published());
    }

    @Test
    void httpCharsetDecodesThePage() throws Exception {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String french = PAGE.replace("<meta charset=\"utf-8\">", "")
                .replace(FIRST_PARAGRAPH, "Des hommes armés ont incendié le marché hebdomadaire d'un village "
                        + "de la région de Mopti, selon des élus locaux.");
        Path warc = temp.resolve("latin1.warc.gz");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(response(ARTICLE_URL, 200, "text/html; charset=ISO-8859-1", french.getBytes(latin1)));
        }

        assertTrue(read(warc).get(0).body().startsWith("Des hommes armés ont incendié le marché"));
    }

    @Test
    void fileThatIsNoWarcIsRejected() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.warc"), "Gunmen killed 12 people near Gao.\n");

        var problem = assertThrows(UnreadableArticleException.class, () -> read(notes));

        assertTrue(problem.getMessage().startsWith(notes + ": not a WARC file"), problem.getMessage());
        assertFalse(problem.getMessage().contains("\n"));
    }

    @Test
    void cutOffDownloadSaysSoAfterHandingOnWhatCameBefore() throws IOException {
        byte[] whole = Files.readAllBytes(crawl("news.warc.gz"));
        Path cut = Files.write(temp.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 20));
        List<Article> articles = new ArrayList<>();

        var problem = assertThrows(UnreadableArticleException.class,
                () -> WarcArticles.forEach(cut, reader, articles::add));

        assertTrue(problem.getMessage().startsWith(cut + ": damaged after record "), problem.getMessage());
        assertEquals(1, articles.size());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = temp.resolve("CC-NEWS-20240715.warc.gz");

        var problem = assertThrows(UnreadableArticleException.class, () -> read(missing));

        assertEquals(missing + ": no such file", problem.getMessage());
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.warc.gz"));

        var problem = assertThrows(UnreadableArticleException.class, () -> read(empty));

        assertEquals(empty + ": empty file", problem.getMessage());
    }

    /** A crawl as CC-NEWS records it: warcinfo, then request and response pairs. */
    private Path crawl(String name) throws IOException {
        Path warc = temp.resolve(name); // WarcWriter gzips a .gz file
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(new Warcinfo.Builder()
                    .fields(Map.of("software", List.of("sitrep-test"), "isPartOf", List.of("CC-NEWS")))
                    .build());
            writer.write(new WarcRequest.Builder(ARTICLE_URL)
                    .date(CRAWLED)
                    .body(new HttpRequest.Builder("GET", "/2024/07/15/gao-market")
                            .addHeader("Host", "sahel-ledger.example")
                            .build())
                    .build());
            writer.write(response(ARTICLE_URL, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://sahel-ledger.example/2024/07/15/gone", 404, "text/html",
                    "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://sahel-ledger.example/photos/gao.jpg", 200, "image/jpeg",
                    new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}));
            writer.write(response("https://sahel-ledger.example/login", 200, "text/html",
                    "<html><body><form><p>Sign in</p></form></body></html>".getBytes(StandardCharsets.UTF_8)));
        }
        return warc;
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body)
                .build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }

    private List<Article> read(Path warc) throws UnreadableArticleException {
        List<Article> articles = new ArrayList<>();
        WarcArticles.forEach(warc, reader, articles::add);
        return articles;
    }

    private static boolean isGzip(Path file) throws IOException {
        byte[] head = Files.readAllBytes(file);
        return head.length > 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }
}
