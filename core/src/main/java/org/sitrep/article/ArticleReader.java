package org.sitrep.article;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * The front door of article reading: turns a file, a URL, standard input, plain text or an HTML
 * page into an {@link Article} whose body is the article text alone, paragraphs separated by one
 * blank line, with navigation, share bars, related links and comment forms removed.
 *
 * <p>The publication date is the caller's when given, else the page metadata's, else a date line
 * on top of the text. Instances are thread-safe.
 */
public final class ArticleReader {
    /** An article shorter than this is a stub, an error page or a menu, not a report. */
    /** A web page with less text than this is a page without an article (a menu, a login form). */
    static final int SHORTEST_BODY = 80;
    /** Plain text is the article itself; a one-sentence report is still one. */
    static final int SHORTEST_TEXT = 20;
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    private static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final String STDIN = "stdin";

    /**
     * A web page as fetched, not yet read: enough to tell a feed from an article page before
     * reading it, without fetching it twice.
     *
     * @param url         where the page was found, after redirects
     * @param contentType the Content-Type header, or empty when the server sent none
     * @param body        the bytes of the page, as sent; the array is not copied, so do not change it
     */
    public record Fetched(String url, String contentType, byte[] body) {
        public Fetched {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(body, "body");
            contentType = contentType == null ? "" : contentType;
        }
    }

    private final SizeCap cap;
    private final PageFetcher fetcher;

    /** Creates a reader that connects within 10 s, reads a page within 30 s and reads at most 10 MB. */
    public ArticleReader() {
        this.cap = new SizeCap(DEFAULT_MAX_BYTES);
        this.fetcher = new PageFetcher(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, cap);
    }

    /**
     * Creates a reader with other limits.
     *
     * @param timeout  the longest wait both to connect and to read a whole page
     * @param maxBytes the most bytes read from any source
     * @throws IllegalArgumentException if the timeout is not positive or maxBytes is not between 1
     *                                  and about 2 GB
     */
    public ArticleReader(Duration timeout, long maxBytes) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.cap = new SizeCap(maxBytes);
        this.fetcher = new PageFetcher(timeout, timeout, cap);
    }

    /**
     * Reads one source into an article.
     *
     * <p>A file named .html or .htm, or one that starts like HTML, is read as a page, anything
     * else as plain text; its id is the file name. A URL's id is the URL as given, its
     * {@link Article#url()} where the page was found after redirects. Standard input's id is a
     * hash of its content.
     *
     * @param source    a file path, an http or https URL, or "-" for standard input
     * @param published the caller's publication date, which overrides any the article gives; may
     *                  be null
     * @return the article, never null
     * @throws UnreadableArticleException if the source is missing, a directory, empty, binary, not
     *                                    UTF-8 text (and declares no other charset), in a charset
     *                                    Java does not know, too large, unreachable, answers with
     *                                    an HTTP error, or holds no article text
     */
    public Article read(String source, LocalDate published) throws UnreadableArticleException {
        if (source == null || source.isBlank()) {
            throw new UnreadableArticleException(String.valueOf(source), "no file or URL given");
        }
        if (source.equals("-")) {
            return readStdin(published);
        }
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return readUrl(source, published);
        }
        if (lower.startsWith("file:")) {
            return readFile(source, fileUriPath(source), published);
        }
        if (URL_SCHEME.matcher(source).matches()) {
            throw new UnreadableArticleException(source,
                    "unsupported URL scheme " + source.substring(0, source.indexOf(':')));
        }
        try {
            return readFile(source, Path.of(source), published);
        } catch (InvalidPathException invalid) {
            throw new UnreadableArticleException(source, "not a valid file name");
        }
    }

    /**
     * Reads an article given as plain text. A date line on top ("July 13, 2024", "13 July 2024",
     * "2024-07-13") gives the date when the caller has none and leaves the body; so does an
     * obvious headline, which becomes the title.
     *
     * @param id        the article's id, or null to use a hash of the text
     * @param text      the text
     * @param published the caller's publication date, which overrides a date line; may be null
     * @return the article, never null
     * @throws UnreadableArticleException if the text is blank, binary, or holds no article text
     */
    public Article fromText(String id, String text, LocalDate published) throws UnreadableArticleException {
        String articleId = id == null ? contentHash(text) : id;
        checkText(articleId, text, "empty text");
        return finish(articleId, articleId, null, PlainTextArticle.parse(text), published, false);
    }

    /**
     * Reads an article out of an HTML page: title from og:title, the title element or the h1,
     * date from the page metadata, outlet from og:site_name, language from the html lang attribute
     * or guessed from the text, and the body from the main content.
     *
     * @param id        the article's id, or null to use a hash of the page
     * @param url       where the page came from, or null
     * @param html      the page
     * @param published the caller's publication date, which overrides the page's; may be null
     * @return the article, never null
     * @throws UnreadableArticleException if the page is blank, binary, or holds no article text
     */
    public Article fromHtml(String id, String url, String html, LocalDate published)
            throws UnreadableArticleException {
        String articleId = id == null ? contentHash(html) : id;
        checkText(articleId, html, "empty page");
        return finish(articleId, articleId, url, HtmlArticle.parse(html, url), published, true);
    }

    /**
     * Fetches a web page without reading it, within this reader's time limit and size cap,
     * following redirects.
     *
     * @param url an http or https URL
     * @return the page and where it was found, never null
     * @throws UnreadableArticleException if the URL is not a valid http or https URL, or the host is
     *                                    unknown or unreachable, the server answers with an HTTP
     *                                    error, is too slow, or sends more than the cap
     */
    public Fetched fetch(String url) throws UnreadableArticleException {
        if (url == null || url.isBlank()) {
            throw new UnreadableArticleException(String.valueOf(url), "no URL given");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            throw new UnreadableArticleException(url, "not a valid URL (" + malformed.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnreadableArticleException(url, "not an http or https URL");
        }
        if (uri.getHost() == null) {
            throw new UnreadableArticleException(url, "not a valid URL (no host)");
        }
        return fetcher.fetch(uri, url);
    }

    /**
     * Reads a fetched page as {@link #read} reads a URL: an HTML page (by its Content-Type, or by
     * its first bytes when the server names none) as a page, other text as plain text, in the
     * charset the header or else the page's meta tag declares, UTF-8 when neither does.
     *
     * @param page      the page, as {@link #fetch} returned it
     * @param published the caller's publication date, which overrides any the page gives; may be
     *                  null
     * @return the article, whose id and url are where the page was found; never null
     * @throws UnreadableArticleException if the page is empty, binary, neither text nor HTML by its
     *                                    Content-Type, in a charset Java does not know, or holds no
     *                                    article text
     */
    public Article fromPage(Fetched page, LocalDate published) throws UnreadableArticleException {
        return readPage(page.url(), page, published);
    }

    /** The most bytes this reader takes from one source; archives apply it to each record. */
    SizeCap cap() {
        return cap;
    }

    private Article readStdin(LocalDate published) throws UnreadableArticleException {
        byte[] bytes;
        try {
            bytes = LocalInput.read(System.in, STDIN, cap);
        } catch (IOException e) {
            throw new UnreadableArticleException(STDIN, "cannot read (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new UnreadableArticleException(STDIN, "empty input");
        }
        return fromLocalBytes(STDIN, contentHash(bytes), bytes, false, published);
    }

    private Article readFile(String input, Path path, LocalDate published) throws UnreadableArticleException {
        byte[] bytes = LocalInput.readFile(path, input, cap);
        if (bytes.length == 0) {
            throw new UnreadableArticleException(input, "empty file");
        }
        Path name = path.getFileName();
        String id = name == null ? input : name.toString();
        String lowerName = id.toLowerCase(Locale.ROOT);
        boolean htmlByName = lowerName.endsWith(".html") || lowerName.endsWith(".htm")
                || lowerName.endsWith(".xhtml");
        return fromLocalBytes(input, id, bytes, htmlByName, published);
    }

    /** Local text must be UTF-8, except a page that declares its charset in a meta tag. */
    private Article fromLocalBytes(String input, String id, byte[] bytes, boolean htmlByName, LocalDate published)
            throws UnreadableArticleException {
        if (ContentSniffer.looksBinary(bytes)) {
            throw new UnreadableArticleException(input, "binary data, not text");
        }
        String text;
        boolean html;
        try {
            text = TextDecoder.strictUtf8(bytes);
            html = htmlByName || ContentSniffer.looksLikeHtml(text);
        } catch (CharacterCodingException notUtf8) {
            String asLatin1 = new String(bytes, StandardCharsets.ISO_8859_1);
            html = htmlByName || ContentSniffer.looksLikeHtml(asLatin1);
            Optional<String> declared = html ? ContentSniffer.metaCharset(bytes) : Optional.empty();
            if (declared.isEmpty()) {
                throw new UnreadableArticleException(input, "not UTF-8 text");
            }
            text = TextDecoder.declared(bytes, declared.get(), input);
        }
        checkText(input, text, input.equals(STDIN) ? "empty input" : "empty file");
        Draft draft = html ? HtmlArticle.parse(text, null) : PlainTextArticle.parse(text);
        return finish(input, id, null, draft, published, html);
    }

    private Article readUrl(String source, LocalDate published) throws UnreadableArticleException {
        return readPage(source, fetch(source), published);
    }

    /** The id is how the caller named the page; the article's url is where it was found. */
    private Article readPage(String id, Fetched page, LocalDate published) throws UnreadableArticleException {
        byte[] bytes = page.body();
        if (bytes.length == 0) {
            throw new UnreadableArticleException(id, "empty page");
        }
        String mediaType = ContentSniffer.mediaType(page.contentType());
        boolean html;
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
            html = true;
        } else if (mediaType.startsWith("text/")) {
            html = false;
        } else if (mediaType.isEmpty() || mediaType.equals("application/octet-stream")) {
            if (ContentSniffer.looksBinary(bytes)) {
                throw new UnreadableArticleException(id, "binary data, not text");
            }
            html = ContentSniffer.looksLikeHtml(new String(bytes, StandardCharsets.ISO_8859_1));
        } else {
            throw new UnreadableArticleException(id, "not an article page (content type " + mediaType + ")");
        }
        Optional<String> charset = ContentSniffer.headerCharset(page.contentType())
                .or(() -> html ? ContentSniffer.metaCharset(bytes) : Optional.empty());
        String text = TextDecoder.declared(bytes, charset.orElse("UTF-8"), id);
        checkText(id, text, "empty page");
        Draft draft = html ? HtmlArticle.parse(text, page.url()) : PlainTextArticle.parse(text);
        return finish(id, id, page.url(), draft, published, html);
    }

    private static Article finish(String input, String id, String url, Draft draft, LocalDate published, boolean page)
            throws UnreadableArticleException {
        String body = Paragraphs.join(draft.paragraphs());
        if (body.isEmpty()) {
            throw new UnreadableArticleException(input, "no article text found");
        }
        if (body.length() < (page ? SHORTEST_BODY : SHORTEST_TEXT)) {
            throw new UnreadableArticleException(input,
                    "no article text found (only " + body.length() + " characters)");
        }
        String language = draft.language() != null ? draft.language() : LanguageGuesser.guess(body);
        LocalDate date = published != null ? published : draft.published();
        return new Article(id, url, draft.title(), date, language, draft.source(), body);
    }

    private static void checkText(String input, String text, String blankProblem) throws UnreadableArticleException {
        if (text.isBlank()) {
            throw new UnreadableArticleException(input, blankProblem);
        }
        if (ContentSniffer.looksBinary(text)) {
            throw new UnreadableArticleException(input, "binary data, not text");
        }
    }

    private static Path fileUriPath(String source) throws UnreadableArticleException {
        try {
            return Path.of(new URI(source));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException bad) {
            throw new UnreadableArticleException(source, "not a valid file URL");
        }
    }

    private static String contentHash(String text) {
        return contentHash(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first 16 hex digits of the SHA-256 of the content: stable across runs and machines. */
    private static String contentHash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
