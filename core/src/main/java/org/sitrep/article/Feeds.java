package org.sitrep.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads news feeds, RSS 2.0, RSS 1.0 (RDF) and Atom, into the items they list. A feed is
 * untrusted input: its DTD is never loaded and its external entities never resolved, so a feed
 * cannot make Sitrep read a local file or call another server.
 */
public final class Feeds {
    private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /** Media types that only feeds have; text/xml and application/xml need a look at the root. */
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml");
    /** Enough of a document to pass its XML declaration, comments and DOCTYPE. */
    private static final int SAMPLE = 8192;
    /** The root element of a feed, after what may come before it in an XML document. */
    private static final Pattern FEED_ROOT = Pattern.compile(
            "^\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*|<!DOCTYPE[^\\[>]*(?:\\[.*?]\\s*)?>\\s*)*"
                    + "<(?:[A-Za-z_][\\w.-]*:)?(?:rss|feed|RDF)[\\s>/]",
            Pattern.DOTALL);

    /** Without this the parser also prints every fatal error to standard error. */
    private static final ErrorHandler FATAL_ERRORS_ONLY = new ErrorHandler() {
        @Override
        public void warning(SAXParseException warning) {
            // a warning does not make the feed unreadable
        }

        @Override
        public void error(SAXParseException validityError) {
            // validity errors only matter to a validating parser; this one only checks well-formedness
        }

        @Override
        public void fatalError(SAXParseException malformed) throws SAXParseException {
            throw malformed;
        }
    };

    private Feeds() {
    }

    /**
     * Tells a feed from a web page by its Content-Type and first bytes: an RSS or Atom media type,
     * or an XML document whose root element is rss, feed or rdf:RDF. Servers often send feeds as
     * text/xml or even text/html, so the bytes are looked at whatever the type.
     *
     * @param contentType the Content-Type header, or null or empty when unknown
     * @param head        the first bytes of the document (a few kilobytes are enough), or null
     * @return true when the document looks like a feed, false for a web page or anything else
     */
    public static boolean looksLikeFeed(String contentType, byte[] head) {
        if (contentType != null && FEED_TYPES.contains(ContentSniffer.mediaType(contentType))) {
            return true;
        }
        if (head == null || head.length == 0) {
            return false;
        }
        Charset charset = TextDecoder.unicodeBom(head).orElse(StandardCharsets.ISO_8859_1);
        String start = new String(head, 0, Math.min(head.length, SAMPLE), charset).replace("\uFEFF", "");
        return FEED_ROOT.matcher(start).find();
    }

    /**
     * Returns the items of a feed in the order the feed lists them.
     *
     * @param xml     the feed document; its encoding comes from its byte-order mark or XML
     *                declaration, UTF-8 when it has neither
     * @param baseUrl the URL the feed was fetched from, to resolve relative links against; may be null
     * @param input   how the user named the feed, for messages
     * @return the items, possibly none; never null
     * @throws UnreadableArticleException if the document is empty, not well-formed XML, or XML
     *                                    whose root is not rss, rdf:RDF or Atom's feed
     */
    public static List<FeedEntry> parse(byte[] xml, String baseUrl, String input) throws UnreadableArticleException {
        if (xml == null || xml.length == 0) {
            throw new UnreadableArticleException(input, "empty feed");
        }
        Element root = parseXml(xml, input).getDocumentElement();
        List<FeedEntry> entries = new ArrayList<>();
        switch (root.getLocalName()) {
            case "rss" -> {
                for (Element channel : children(root, root.getNamespaceURI(), "channel")) {
                    for (Element item : children(channel, channel.getNamespaceURI(), "item")) {
                        entries.add(rssItem(item, baseUrl));
                    }
                }
            }
            // RSS 1.0 lists its items beside the channel, not inside it, and in its own namespace.
            case "RDF" -> {
                for (Element item : children(root, null, "item")) {
                    entries.add(rssItem(item, baseUrl));
                }
            }
            case "feed" -> {
                for (Element entry : children(root, root.getNamespaceURI(), "entry")) {
                    entries.add(atomEntry(entry, baseUrl));
                }
            }
            default -> throw new UnreadableArticleException(input,
                    "not an RSS or Atom feed (root element " + root.getTagName() + ")");
        }
        return entries;
    }

    /** An RSS 2.0 or 1.0 item; its own elements share its namespace, modules have theirs. */
    private static FeedEntry rssItem(Element item, String baseUrl) {
        String own = item.getNamespaceURI();
        String link = text(child(item, own, "link"));
        if (link == null) {
            link = permalinkGuid(child(item, own, "guid"));
        }
        if (link == null && !item.getAttributeNS(RDF, "about").isBlank()) {
            link = item.getAttributeNS(RDF, "about");
        }
        LocalDate published = FeedDate.parse(text(child(item, own, "pubDate")));
        if (published == null) {
            published = FeedDate.parse(text(child(item, DUBLIN_CORE, "date")));
        }
        String html = text(child(item, CONTENT_MODULE, "encoded"));
        if (html == null) {
            html = text(child(item, own, "description"));
        }
        String title = oneLine(text(child(item, own, "title")));
        return new FeedEntry(link == null ? null : absolute(link, item, baseUrl), title, published, html);
    }

    /** A guid is the item's link unless it says otherwise, but many guids are no URL at all. */
    private static String permalinkGuid(Element guid) {
        String id = text(guid);
        if (id == null || guid.getAttribute("isPermaLink").strip().equalsIgnoreCase("false")) {
            return null;
        }
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? id : null;
    }

    private static FeedEntry atomEntry(Element entry, String baseUrl) {
        String own = entry.getNamespaceURI();
        Element link = alternateLink(entry);
        String url = link == null ? null : absolute(link.getAttribute("href"), link, baseUrl);
        LocalDate published = FeedDate.parse(text(child(entry, own, "published")));
        if (published == null) {
            published = FeedDate.parse(text(child(entry, own, "updated")));
        }
        Element content = child(entry, own, "content");
        // Content with a src attribute lives elsewhere; the summary is all the feed holds then.
        String html = content == null || content.hasAttribute("src") ? null : atomHtml(content);
        if (html == null) {
            html = atomHtml(child(entry, own, "summary"));
        }
        return new FeedEntry(url, atomTitle(child(entry, own, "title")), published, html);
    }

    /** Atom: a link without rel is the alternate; a web page beats other formats of the same item. */
    private static Element alternateLink(Element entry) {
        Element alternate = null;
        for (Element link : children(entry, entry.getNamespaceURI(), "link")) {
            String rel = link.getAttribute("rel").strip();
            if (link.getAttribute("href").isBlank() || !(rel.isEmpty() || rel.equals("alternate"))) {
                continue;
            }
            String type = ContentSniffer.mediaType(link.getAttribute("type"));
            if (type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml")) {
                return link;
            }
            if (alternate == null) {
                alternate = link;
            }
        }
        return alternate;
    }

    /** Atom text constructs are text, escaped HTML or inline XHTML (RFC 4287, section 3.1). */
    private static String atomHtml(Element construct) {
        if (construct == null) {
            return null;
        }
        if (construct.getAttribute("type").strip().equals("xhtml")) {
            return blankToNull(serializeXhtml(construct));
        }
        return text(construct);
    }

    private static String atomTitle(Element title) {
        String text = text(title);
        if (text == null) {
            return "";
        }
        // Inline XHTML is already text once its tags are gone; escaped HTML still has them.
        return oneLine(title.getAttribute("type").strip().equals("html") ? Jsoup.parse(text).text() : text);
    }

    /** Atom wraps inline XHTML in one div that is not part of the content. */
    private static String serializeXhtml(Element construct) {
        Element div = child(construct, "http://www.w3.org/1999/xhtml", "div");
        Node holder = div == null ? construct : div;
        LSSerializer serializer = ((DOMImplementationLS) construct.getOwnerDocument().getImplementation())
                .createLSSerializer();
        serializer.getDomConfig().setParameter("xml-declaration", false);
        StringBuilder html = new StringBuilder();
        for (Node node = holder.getFirstChild(); node != null; node = node.getNextSibling()) {
            html.append(serializer.writeToString(node));
        }
        return html.toString();
    }

    /** A link as written when there is nothing to resolve it against or it is no valid URI. */
    private static String absolute(String link, Element where, String feedUrl) {
        return resolve(base(where, feedUrl), link.strip());
    }

    /** The base of relative links: the feed's URL, as changed by any xml:base on the way down. */
    private static String base(Node node, String feedUrl) {
        if (!(node instanceof Element element)) {
            return feedUrl;
        }
        String outer = base(element.getParentNode(), feedUrl);
        String own = element.getAttributeNS(XMLConstants.XML_NS_URI, "base").strip();
        return own.isEmpty() ? outer : resolve(outer, own);
    }

    private static String resolve(String base, String link) {
        if (base == null || base.isBlank()) {
            return link;
        }
        try {
            URI baseUri = new URI(base.strip());
            if (baseUri.getRawAuthority() != null && baseUri.getRawPath().isEmpty()) {
                // java.net.URI would resolve "news/1" against "https://example.org" to "https://example.orgnews/1".
                baseUri = baseUri.resolve("/");
            }
            return baseUri.resolve(new URI(link)).toString();
        } catch (URISyntaxException | IllegalArgumentException notAUri) {
            return link;
        }
    }

    private static Document parseXml(byte[] xml, String input) throws UnreadableArticleException {
        try {
            DocumentBuilder builder = untrustedXml().newDocumentBuilder();
            builder.setErrorHandler(FATAL_ERRORS_ONLY);
            // Belt and braces: even if a parser ignored the features above, it gets nothing to read.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException malformed) {
            throw new UnreadableArticleException(input, "not well-formed XML (line " + malformed.getLineNumber()
                    + ", column " + malformed.getColumnNumber() + ": " + malformed.getMessage() + ")");
        } catch (SAXException | IOException malformed) {
            throw new UnreadableArticleException(input, "not well-formed XML (" + malformed.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
        }
    }

    /**
     * The JDK's parser, hardened as OWASP's XXE cheat sheet advises when DOCTYPEs must be allowed
     * (old RSS 0.91 feeds declare Netscape's DTD): no external DTD, no external entities, no
     * XInclude. Entities the document declares itself are left unexpanded, which also defuses
     * "billion laughs"; secure processing caps expansion should that ever change.
     */
    private static DocumentBuilderFactory untrustedXml() throws ParserConfigurationException {
        // The JDK's own parser: newInstance() would pick up whatever parser a library puts on the
        // class path (CoreNLP brings an old Xerces), with other features and other holes.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** The child elements of that local name, in the namespace given, or in any when it is null. */
    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && (namespace == null || namespace.equals(element.getNamespaceURI()))) {
                found.add(element);
            }
        }
        return found;
    }

    /** The first child element of that local name in exactly that namespace (null for none). */
    private static Element child(Element parent, String namespace, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && Objects.equals(namespace, element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.getTextContent());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
