package org.sitrep.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Article;

/**
 * Reads the news articles archived in a WARC file, such as the files of Common Crawl's news
 * crawl (CC-NEWS): every web page the crawler received whole (HTTP 200, HTML) that holds article
 * text. Requests, metadata, redirects, errors, images and pages without article text are passed
 * over.
 */
public final class WarcArticles {
    /**
     * What came out of one WARC file.
     *
     * @param articles how many responses became articles
     * @param skipped  how many responses did not: another HTTP status than 200, not HTML, larger
     *                 than the reader's size cap, damaged, or without article text. Records that
     *                 are not responses (warcinfo, request, metadata) are not counted.
     */
    public record Counts(int articles, int skipped) {
    }

    private WarcArticles() {
    }

    /**
     * Reads each archived page in turn and hands it on as an article, so that a file of any size
     * is read in the memory of one page. A page is read as {@link ArticleReader#fromHtml} reads
     * one, with its target URI as id and url, its charset from the archived HTTP Content-Type or
     * else the page's meta tag; it is dated by its own metadata, else by the day (UTC) it was
     * archived.
     *
     * @param warc   a WARC file, gzipped (.warc.gz) or not (.warc)
     * @param reader reads each page; its size cap applies to each page
     * @param each   receives each article, in the order of the file
     * @return how many articles were read and how many responses were skipped
     * @throws UnreadableArticleException if the file is missing, a directory, empty, not a WARC
     *                                    file, or damaged past some point (the articles before it
     *                                    have been handed on by then)
     */
    public static Counts forEach(Path warc, ArticleReader reader, Consumer<Article> each)
            throws UnreadableArticleException {
        String input = warc.toString();
        requireNonEmptyFile(warc, input);
        int articles = 0;
        int skipped = 0;
        int records = 0;
        try (WarcReader archive = new WarcReader(warc)) {
            for (Optional<WarcRecord> next = archive.next(); next.isPresent(); next = archive.next()) {
                records++;
                if (!(next.get() instanceof WarcResponse response)) {
                    continue;
                }
                Optional<Article> article = article(response, reader);
                if (article.isPresent()) {
                    each.accept(article.get());
                    articles++;
                } else {
                    skipped++;
                }
            }
        } catch (IOException damaged) {
            String why = damaged.getMessage() == null ? damaged.getClass().getSimpleName() : damaged.getMessage();
            throw new UnreadableArticleException(input, records == 0
                    ? "not a WARC file (" + why + ")"
                    : "damaged after record " + records + " (" + why + ")");
        }
        return new Counts(articles, skipped);
    }

    /** Empty when the response is no article; one bad record must not stop a crawl of thousands. */
    private static Optional<Article> article(WarcResponse response, ArticleReader reader) {
        String url = response.target();
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return Optional.empty();
            }
            // Common Crawl names the type it detected when the server named none.
            String contentType = http.headers().first("Content-Type")
                    .or(() -> response.identifiedPayloadType().map(MediaType::toString))
                    .orElse("");
            if (!isHtml(contentType)) {
                return Optional.empty();
            }
            byte[] page;
            // bodyDecoded() undoes a gzip or deflate Content-Encoding the crawler kept; a brotli
            // page is skipped, as jwarc's brotli decoder is an optional dependency Sitrep leaves out.
            try (InputStream body = http.bodyDecoded().stream()) {
                page = LocalInput.read(body, url, reader.cap());
            }
            Article article = reader.fromPage(new ArticleReader.Fetched(url, contentType, page), null);
            return Optional.of(article.published() != null ? article : article.withPublished(archivedOn(response)));
        } catch (IOException | UnreadableArticleException notAnArticle) {
            return Optional.empty();
        }
    }

    /** An empty file is a failed download, not an archive of no pages. */
    private static void requireNonEmptyFile(Path warc, String input) throws UnreadableArticleException {
        LocalInput.requireFile(warc, input);
        try {
            if (Files.size(warc) == 0) {
                throw new UnreadableArticleException(input, "empty file");
            }
        } catch (IOException e) {
            throw new UnreadableArticleException(input, "cannot read file (" + e.getMessage() + ")");
        }
    }

    private static boolean isHtml(String contentType) {
        String mediaType = ContentSniffer.mediaType(contentType);
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    private static LocalDate archivedOn(WarcRecord record) {
        return LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
    }
}
