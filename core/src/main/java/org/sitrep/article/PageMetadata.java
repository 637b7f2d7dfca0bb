package org.sitrep.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head and markup, read before any boilerplate is removed.
 *
 * @param title     og:title, else the document title without the site name, else the first h1; or empty
 * @param published the first date found in article:published_time, other date meta tags, JSON-LD
 *                  datePublished, then time elements; or null
 * @param language  the ISO 639-1 code the page declares, or null
 * @param source    og:site_name, or empty
 */
record PageMetadata(String title, LocalDate published, String language, String source) {
    /** Names (in name, property or itemprop) of meta tags that carry the publication date, best first. */
    private static final List<String> DATE_META = List.of(
            "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
            "publishdate", "publish_date", "publish-date", "publication_date", "publication-date",
            "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
            "dcterms.issued", "dcterms.date", "dcterms.created", "originalpublicationdate");
    /** Time elements from most to least likely to mean "published". */
    private static final List<String> TIME_ELEMENTS = List.of(
            "time[datetime][itemprop=datePublished]", "time[datetime][pubdate]",
            "time[datetime].published, time[datetime].entry-date", "article time[datetime]",
            "time[datetime]");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Returns the metadata of a parsed page. */
    static PageMetadata read(Document page) {
        String source = firstMeta(page, "og:site_name").orElse("");
        return new PageMetadata(title(page, source), published(page), language(page), source);
    }

    private static String title(Document page, String source) {
        Optional<String> og = firstMeta(page, "og:title").or(() -> firstMeta(page, "twitter:title"));
        if (og.isPresent()) {
            return og.get();
        }
        String documentTitle = Paragraphs.normalise(page.title());
        if (!documentTitle.isEmpty()) {
            return withoutSiteName(documentTitle, source);
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? "" : Paragraphs.normalise(h1.text());
    }

    /** "Niger: 29 soldiers killed | The Sahel Ledger" is titled "Niger: 29 soldiers killed". */
    private static String withoutSiteName(String title, String source) {
        if (source.isEmpty()) {
            return title;
        }
        for (String separator : List.of(" | ", " - ", " – ", " — ", " · ", " :: ")) {
            if (title.endsWith(separator + source)) {
                return title.substring(0, title.length() - separator.length() - source.length()).strip();
            }
            if (title.startsWith(source + separator)) {
                return title.substring(source.length() + separator.length()).strip();
            }
        }
        return title;
    }

    private static LocalDate published(Document page) {
        for (String name : DATE_META) {
            for (String value : metaValues(page, name)) {
                Optional<LocalDate> date = DateExpression.find(value);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        Optional<LocalDate> linkedData = jsonLdDatePublished(page);
        if (linkedData.isPresent()) {
            return linkedData.get();
        }
        for (String selector : TIME_ELEMENTS) {
            for (Element time : page.select(selector)) {
                Optional<LocalDate> date = DateExpression.find(time.attr("datetime"));
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    private static Optional<LocalDate> jsonLdDatePublished(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException malformed) {
                continue; // a broken block of structured data should not cost the article
            }
            Deque<JsonNode> pending = new ArrayDeque<>();
            if (root != null) {
                pending.add(root);
            }
            // Breadth first, so the page's own datePublished wins over one nested in a citation.
            while (!pending.isEmpty()) {
                JsonNode node = pending.poll();
                JsonNode value = node.get("datePublished");
                if (value != null && value.isTextual()) {
                    Optional<LocalDate> date = DateExpression.find(value.asText());
                    if (date.isPresent()) {
                        return date;
                    }
                }
                node.forEach(pending::add);
            }
        }
        return Optional.empty();
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String declared = html == null ? null : LanguageGuesser.fromTag(html.attr("lang"));
        if (declared == null) {
            Element httpEquiv = page.selectFirst("meta[http-equiv=content-language]");
            declared = httpEquiv == null ? null : LanguageGuesser.fromTag(httpEquiv.attr("content"));
        }
        if (declared == null) {
            declared = LanguageGuesser.fromTag(firstMeta(page, "og:locale").orElse(null));
        }
        return declared;
    }

    private static Optional<String> firstMeta(Document page, String name) {
        return metaValues(page, name).stream().filter(v -> !v.isEmpty()).findFirst();
    }

    /** Values of meta tags naming the property in name, property or itemprop, in page order, normalised. */
    private static List<String> metaValues(Document page, String name) {
        return page.select("meta[content]").stream()
                .filter(meta -> meta.attr("property").equalsIgnoreCase(name)
                        || meta.attr("name").equalsIgnoreCase(name)
                        || meta.attr("itemprop").equalsIgnoreCase(name))
                .map(meta -> Paragraphs.normalise(meta.attr("content")))
                .toList();
    }
}
