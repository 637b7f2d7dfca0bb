package org.sitrep.article;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text from a page: scripts and styles, navigation, headers,
 * footers, sidebars, forms, figures, and elements whose class or id names them as share bars,
 * comment sections, related links, cookie banners or ads.
 */
final class PageCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, "
            + "svg, canvas, video, audio, picture, img, button, input, select, textarea, label, dialog, "
            + "nav, header, footer, aside, menu, figure, figcaption, "
            + "[hidden], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=search], [role=dialog]";
    /**
     * Words in a class or id that mark furniture. The lookaheads spare look-alikes: "commentary" is
     * an article kind, "responsive" is layout.
     */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "share|sharing|social(?!ist)|comment(?!ary)|reply|replies|respond(?!s?ive)|related|"
                    + "cookie|consent|gdpr|newsletter|subscribe|signup|sign-up|advert|sponsor|promo|"
                    + "sidebar|widget|breadcrumb|navbar|navigation|menu|masthead|footer|popup|modal|"
                    + "caption|screen-reader|sr-only|visually-hidden|paywall|most-read|trending");
    private static final Pattern INVISIBLE_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** An element holding one of these holds the article; its class name cannot make it furniture. */
    private static final String ARTICLE_HOLDER = "article, main, [role=main], [itemprop=articleBody]";

    private PageCleaner() {
    }

    /** Removes the furniture from the page, in place. */
    static void clean(Document page) {
        page.select(NEVER_TEXT).remove();
        Element body = page.body();
        int bodyText = body.text().length();
        Element article = largestArticleHolder(body);
        List<Element> furniture = body.select("*").stream()
                .filter(element -> element != body)
                .filter(PageCleaner::looksLikeFurniture)
                .toList();
        for (Element element : furniture) {
            if (element.parent() != null && !holdsArticle(element, article, bodyText)) {
                element.remove();
            }
        }
    }

    /**
     * The article element with the most text whose own class is not furniture, or null: related
     * cards and comments may be article elements too, but they are shorter than the article.
     */
    private static Element largestArticleHolder(Element body) {
        return body.select(ARTICLE_HOLDER).stream()
                .filter(holder -> !looksLikeFurniture(holder))
                .max(Comparator.comparingInt(holder -> holder.text().length()))
                .orElse(null);
    }

    /**
     * Whether a furniture-looking element holds the article after all: a site wrapper with a class
     * like "comments-open" around the article, or a page-wide form (as ASP.NET pages have).
     */
    private static boolean holdsArticle(Element element, Element article, int bodyText) {
        if (article != null && (element == article || article.parents().contains(element))) {
            return true;
        }
        return element.tagName().equals("form") && element.text().length() * 2 > bodyText;
    }

    private static boolean looksLikeFurniture(Element element) {
        if (element.tagName().equals("form")) {
            return true;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return FURNITURE_NAME.matcher(names).find()
                || INVISIBLE_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find();
    }
}
