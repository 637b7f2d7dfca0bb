package org.sitrep.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.UnreadableArticleException;
import org.sitrep.model.Article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An article as a client posts it to {@code /api/articles}, before it is read: its plain text, its
 * HTML page, or only a URL to fetch it from, with the caller's id and publication date when given.
 *
 * <p>The body is either a JSON object with the fields {@link #JSON_FIELDS}, or the raw text
 * ({@code text/plain}) or page ({@code text/html}) with {@link #RAW_PARAMETERS} in the query.
 *
 * @param id        the caller's id for the article, or null (the URL, else a content hash)
 * @param url       where the article was published, or null; alone, where to fetch it
 * @param published the caller's publication date, or null (the article's own)
 * @param text      the article as plain text, or null
 * @param html      the article's page, or null
 */
record ArticleSubmission(String id, String url, LocalDate published, String text, String html) {
    static final List<String> JSON_FIELDS = List.of("text", "html", "url", "published", "id");
    static final List<String> RAW_PARAMETERS = List.of("id", "url", "published");

    /** @throws ApiError (400) when it has both or neither of text and html and no URL, or a URL that is not http(s) */
    ArticleSubmission {
        if (text != null && html != null) throw ApiError.badParameter("html", "Give either text or html, not both.");
        if (text == null && html == null && url == null) {
            throw ApiError.badParameter("text", "The article is missing: give its text, its html or its url.");
        }
        if (url != null) checkUrl(url);
    }

    /**
     * Returns the submission a request's body and query carry.
     *
     * @param contentType the Content-Type header, or null
     * @throws ApiError 415 for a body that is neither JSON, plain text nor HTML; 400 for bad JSON,
     *                  an unknown field or parameter, a bad date or URL, or text that does not
     *                  decode in its charset
     */
    static ArticleSubmission fromRequest(String contentType, byte[] body, Map<String, List<String>> query) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (mediaType) {
            case "application/json" -> fromJson(body, query);
            case "text/plain" -> fromRaw(false, decode(body, charset(contentType)), query);
            case "text/html" -> fromRaw(true, decode(body, charset(contentType)), query);
            default -> throw new ApiError(415, "Post a JSON object (application/json), plain text (text/plain)"
                    + " or an HTML page (text/html), not " + (mediaType.isEmpty() ? "a body without Content-Type" : mediaType) + ".", null);
        };
    }

    /**
     * Returns the article: the text or page read as {@link ArticleReader} reads it, or the page
     * fetched from the URL.
     *
     * @throws ApiError (400) naming text, html or url when no article can be read from it
     */
    Article read(ArticleReader reader) {
        String articleId = id != null ? id : url;
        try {
            if (text != null) {
                Article a = reader.fromText(articleId, text, published);
                return url == null ? a : new Article(a.id(), url, a.title(), a.published(), a.language(), a.source(), a.body());
            }
            if (html != null) return reader.fromHtml(articleId, url, html, published);
        } catch (UnreadableArticleException e) {
            String field = text != null ? "text" : "html";
            throw ApiError.badParameter(field, "No article can be read from the " + field + ": " + e.problem() + ".");
        }
        try {
            Article fetched = reader.fromPage(reader.fetch(url), published);
            return id == null ? fetched : fetched.withId(id);
        } catch (UnreadableArticleException e) {
            throw ApiError.badParameter("url", "No article can be read from " + url + ": " + e.problem() + ".");
        }
    }

    private static ArticleSubmission fromJson(byte[] body, Map<String, List<String>> query) {
        if (!query.isEmpty()) {
            String name = query.keySet().iterator().next();
            throw ApiError.badParameter(name, "With a JSON body, give '" + name + "' in the body, not in the query.");
        }
        JsonNode root;
        try {
            root = ApiJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new ApiError(400, "The body is not valid JSON: " + e.getOriginalMessage() + ".", null);
        } catch (java.io.IOException e) {
            throw new ApiError(400, "The body cannot be read: " + e.getMessage() + ".", null);
        }
        if (root == null || !root.isObject()) {
            throw new ApiError(400, "The body must be a JSON object with text, html or url.", null);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!JSON_FIELDS.contains(name)) {
                throw ApiError.badParameter(name, "Unknown field '" + name + "'; the body takes "
                        + String.join(", ", JSON_FIELDS) + ".");
            }
        }
        return new ArticleSubmission(string(root, "id"), string(root, "url"), date(string(root, "published")),
                string(root, "text"), string(root, "html"));
    }

    private static ArticleSubmission fromRaw(boolean isHtml, String body, Map<String, List<String>> query) {
        QueryParameters p = new QueryParameters(query, RAW_PARAMETERS);
        return new ArticleSubmission(p.text("id"), p.text("url"), date(p.text("published")),
                isHtml ? null : body, isHtml ? body : null);
    }

    /** Returns the field's text, or null when it is absent or null. */
    private static String string(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiError.badParameter(field, field + " must be a string.");
        return v.asText();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter("published", "published must be a date as YYYY-MM-DD, not '" + value + "'.");
        }
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return;
        } catch (URISyntaxException e) {
            // answered below, as any other URL that is not http(s)
        }
        throw ApiError.badParameter("url", "url must be an http or https URL, not '" + url + "'.");
    }

    /** The charset the Content-Type names, UTF-8 when it names none. */
    private static Charset charset(String contentType) {
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                String name = kv[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new ApiError(415, "Unknown charset '" + name + "' in the Content-Type.", null);
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Decodes strictly: a wrong charset is the client's mistake to hear about, not text to guess at. */
    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiError(400, "The body is not valid " + charset.name() + " text.", null);
        }
    }
}
