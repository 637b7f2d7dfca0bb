package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventWriter;
import org.sitrep.model.Evidence;
import org.sitrep.store.EventSource;
import org.sitrep.store.EventStatus;
import org.sitrep.store.EventStore;
import org.sitrep.store.HistoryEntry;
import org.sitrep.store.Replies;
import org.sitrep.store.Reply;
import org.sitrep.store.StoredArticle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The analysts' pages: the map page and its static files from the class path, and each event and
 * article as a page built here, every stored value escaped by {@link Html}.
 */
final class WebPages {
    /** Where the page's files are on the class path: index.html, app.js, app.css and vendor/. */
    static final String ROOT = "/org/sitrep/server/web/";
    /** Only our own origin: the page never asks another host for anything. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    /** The files /assets/ serves, by their extension; anything else (a directory, a licence) is not found. */
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "png", "image/png",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8");
    private static final Pattern ASSET_PATH = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
    private static final String VENDOR_STYLES = """
                <link rel="stylesheet" href="/assets/vendor/leaflet/leaflet.css">
                <link rel="stylesheet" href="/assets/app.css">
            """;
    private static final String VENDOR_SCRIPTS = """
                <script src="/assets/vendor/leaflet/leaflet.js"></script>
                <script src="/assets/vendor/topojson-client/topojson-client.min.js"></script>
                <script src="/assets/common.js"></script>
            """;

    private final EventStore store;
    private final Replies replies;
    private final FormToken tokens;
    private final ReviewSection review;

    WebPages(EventStore store, Replies replies, FormToken tokens, ReviewSection review) {
        this.store = store;
        this.replies = replies;
        this.tokens = tokens;
        this.review = review;
    }

    /** {@code GET /}: the map page. */
    void index(Context ctx) {
        byte[] page = resource("index.html").orElseThrow(() -> new IllegalStateException("the jar lacks index.html"));
        html(ctx, 200).result(page);
    }

    /** {@code GET /assets/<path>}: a file of the page, by its extension's type; no listings, no way out of the folder. */
    void asset(Context ctx) {
        String path = ctx.pathParam("path");
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? null : CONTENT_TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
        Optional<byte[]> file = type == null || !ASSET_PATH.matcher(path).matches() || path.contains("..")
                ? Optional.empty() : resource(path);
        if (file.isEmpty()) {
            notFound(ctx, "There is no file /assets/" + path + ".");
            return;
        }
        ctx.header("Cache-Control", "public, max-age=3600").header("X-Content-Type-Options", "nosniff");
        ctx.contentType(type).result(file.get());
    }

    /**
     * {@code GET /events/{id}}: every coded field, the sources with their evidence marked, the
     * history, and the reply thread with its form.
     */
    void event(Context ctx) {
        Optional<String> into = store.event(ctx.pathParam("id")).isPresent() ? Optional.empty()
                : store.mergedInto(ctx.pathParam("id"));
        if (into.isPresent()) {
            // a reviewer merged it: links to it lead to the event it became part of
            ctx.status(301).header("Location", pagePath("event", into.get()));
            return;
        }
        event(ctx, 200, blankForm(ctx));
    }

    /** The event page with the reply form as {@code form} says, answered with {@code status}. */
    void event(Context ctx, int status, ReplyForm form) {
        String id = ctx.pathParam("id");
        Optional<Event> found = store.event(id);
        if (found.isEmpty()) {
            notFound(ctx, "There is no event '" + id + "'.");
            return;
        }
        Event e = found.get();
        EventStatus verdict = review.status(id);
        if (verdict == EventStatus.REJECTED && !review.reviewing(ctx)) {
            // rejected events are not public: only reviewers see them
            notFound(ctx, "There is no event '" + id + "'.");
            return;
        }
        StringBuilder b = new StringBuilder(8192);
        JsonNode fields = ApiJson.event(e);
        b.append("<h1>").append(Html.text(e.eventId())).append(" <small>").append(Html.text(e.type().label()))
                .append(" &middot; ").append(Html.text(e.date().date().toString())).append("</small></h1>\n");
        b.append("<p id=\"status\">").append(Html.text(verdict.label())).append("</p>\n");
        b.append("<p class=\"notes\">").append(Html.text(e.notes())).append("</p>\n");
        if (e.place().latitude() != null && e.place().longitude() != null) {
            b.append("<div id=\"event-map\" data-lat=\"").append(e.place().latitude())
                    .append("\" data-lon=\"").append(e.place().longitude())
                    .append("\" data-event-type=\"").append(Html.attribute(e.type().label()))
                    .append("\" data-label=\"").append(Html.attribute(e.place().location())).append("\"></div>\n");
        }
        b.append("<h2>Coded fields</h2>\n<dl id=\"fields\">\n");
        for (String name : EventWriter.COLUMNS) {
            b.append("<dt>").append(Html.text(name)).append("</dt><dd data-field=\"").append(Html.attribute(name))
                    .append("\">").append(fieldValue(name, fields.get(name))).append("</dd>\n");
        }
        b.append("</dl>\n<section id=\"sources\">\n<h2>Sources</h2>\n");
        for (EventSource s : store.sourcesOf(id)) {
            String body = store.article(s.articleId()).map(a -> a.article().body()).orElse("");
            List<Html.Mark> marks = new ArrayList<>();
            for (Evidence ev : s.evidence()) mark(body, ev, null).ifPresent(marks::add);
            b.append("<article class=\"source\" data-article-id=\"").append(s.articleId()).append("\">\n");
            b.append("<h3><a href=\"/articles/").append(s.articleId()).append("\">").append(Html.text(s.title()))
                    .append("</a></h3>\n");
            b.append("<p class=\"meta\"><span class=\"outlet\">").append(Html.text(s.source())).append("</span>");
            if (s.published() != null) b.append(" &middot; <time>").append(s.published()).append("</time>");
            b.append(link(s.url())).append("</p>\n");
            b.append("<div class=\"body\">").append(Html.marked(body, marks)).append("</div>\n</article>\n");
        }
        b.append("</section>\n<section id=\"history\">\n<h2>History</h2>\n<ol>\n");
        for (HistoryEntry h : store.history(id)) {
            b.append("<li><span class=\"action\">").append(Html.text(h.action())).append("</span> <time>")
                    .append(Html.text(h.at() == null ? "" : h.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                    .append("</time> <code class=\"detail\">").append(Html.text(h.detail())).append("</code></li>\n");
        }
        b.append("</ol>\n</section>\n");
        b.append(review.html(ctx, e));
        b.append(replySection(ctx, "event", e.eventId(), form));
        page(ctx, status, e.eventId() + " \u2013 Sitrep", b.toString(), true);
    }

    /**
     * {@code GET /articles/{id}}: the article with the evidence of each of its events marked, links
     * to them, and the reply thread with its form.
     */
    void article(Context ctx) {
        article(ctx, 200, blankForm(ctx));
    }

    /** The article page with the reply form as {@code form} says, answered with {@code status}. */
    void article(Context ctx, int status, ReplyForm form) {
        String given = ctx.pathParam("id");
        Optional<StoredArticle> found = storedArticle(given);
        if (found.isEmpty()) {
            notFound(ctx, "There is no article '" + given + "'.");
            return;
        }
        StoredArticle stored = found.get();
        Article a = stored.article();
        List<String> eventIds = store.eventIdsOf(stored.id()).stream().distinct().toList();
        List<Html.Mark> marks = new ArrayList<>();
        for (String eventId : eventIds) {
            for (EventSource s : store.sourcesOf(eventId)) {
                if (s.articleId() != stored.id()) continue;
                for (Evidence ev : s.evidence()) mark(a.body(), ev, eventId).ifPresent(marks::add);
            }
        }
        StringBuilder b = new StringBuilder(a.body().length() * 2 + 2048);
        b.append("<article class=\"article\" data-article-id=\"").append(stored.id()).append("\">\n");
        b.append("<h1 id=\"title\">").append(Html.text(a.title())).append("</h1>\n");
        b.append("<p class=\"meta\"><span class=\"outlet\">").append(Html.text(a.source())).append("</span>");
        if (a.published() != null) b.append(" &middot; <time>").append(a.published()).append("</time>");
        b.append(link(a.url())).append("</p>\n");
        b.append("<section id=\"article-events\">\n<h2>Events coded from it</h2>\n<ul>\n");
        for (String eventId : eventIds) {
            b.append("<li><a class=\"event-link\" href=\"/events/").append(Html.attribute(eventId)).append("\">")
                    .append(Html.text(eventId)).append("</a></li>\n");
        }
        b.append("</ul>\n</section>\n<div class=\"body\" id=\"body\">").append(Html.marked(a.body(), marks))
                .append("</div>\n</article>\n");
        b.append(replySection(ctx, "article", String.valueOf(stored.id()), form));
        page(ctx, status, a.title() + " \u2013 Sitrep", b.toString(), false);
    }

    /** Returns the article with row id {@code given}, or empty when there is none or it is not a number. */
    Optional<StoredArticle> storedArticle(String given) {
        try {
            return store.article(Long.parseLong(given));
        } catch (NumberFormatException e) {
            return Optional.empty(); // not a number, so no article
        }
    }

    /** Returns the path of the page of {@code kind} {@code targetId}: {@code /events/NER-000001}, {@code /articles/7}. */
    static String pagePath(String kind, String targetId) {
        return "/" + kind + "s/" + targetId;
    }

    /** The form of a page asked for by GET: empty, answering {@code ?replyto=ID} when given. */
    private static ReplyForm blankForm(Context ctx) {
        return ReplyForm.blank(ReplyForm.id(ctx.queryParam("replyto")));
    }

    private String replySection(Context ctx, String kind, String targetId, ReplyForm form) {
        String path = pagePath(kind, targetId);
        List<Reply> thread = replies.thread(kind, targetId);
        boolean held = "held".equals(ctx.queryParam("reply"));
        return ReplySection.html(path, thread, form, tokens.issue(path), held);
    }

    /** A page of one sentence, for a request that cannot be answered otherwise (a refused reply). */
    void message(Context ctx, int status, String heading, String sentence, String back) {
        page(ctx, status, heading + " \u2013 Sitrep", "<h1>" + Html.text(heading) + "</h1>\n<p id=\"message\">"
                + Html.text(sentence) + "</p>\n<p><a href=\"" + Html.attribute(back) + "\">Back to the page</a></p>\n", false);
    }

    /** The page a browser gets for a refused write or reviewers' page: 401 leads to the login, 403 says why. */
    void refused(Context ctx, int status, String sentence) {
        boolean login = status == 401;
        ctx.header("Cache-Control", "no-store");
        page(ctx, status, (login ? "Log in needed" : "Not allowed") + " \u2013 Sitrep", "<h1>"
                + (login ? "Log in needed" : "Not allowed") + "</h1>\n<p id=\"refused\">" + Html.text(sentence) + "</p>\n<p>"
                + (login ? "<a id=\"to-login\" href=\"/login\">Log in</a> as a reviewer, or g" : "G")
                + "o <a href=\"/\">back to the map</a>.</p>\n", false);
    }

    /** The 404 page of the HTML routes. */
    void notFound(Context ctx, String sentence) {
        page(ctx, 404, "Not found \u2013 Sitrep", "<h1>Not found</h1>\n<p id=\"not-found\">" + Html.text(sentence)
                + "</p>\n<p><a href=\"/\">Back to the map</a></p>\n", false);
    }

    /** Where evidence sits in {@code body}: its offsets when they hold its text, else the text's first occurrence. */
    private static Optional<Html.Mark> mark(String body, Evidence ev, String eventId) {
        int start = ev.start();
        int end = ev.end();
        boolean fits = start >= 0 && end <= body.length() && start < end
                && (ev.text() == null || body.substring(start, end).equals(ev.text()));
        if (!fits) {
            if (ev.text() == null || ev.text().isEmpty()) return Optional.empty();
            start = body.indexOf(ev.text());
            if (start < 0) return Optional.empty();
            end = start + ev.text().length();
        }
        return Optional.of(new Html.Mark(start, end, ev.field(), eventId));
    }

    /** One field's value as the schema writes it: text as is, evidence as "field: words" items. */
    private static String fieldValue(String name, JsonNode value) {
        if (value == null || value.isNull()) return "";
        if (value.isArray()) {
            StringBuilder b = new StringBuilder("<ul>");
            for (JsonNode item : value) {
                b.append("<li>");
                if (item.has("field")) {
                    b.append("<span class=\"evidence-field\">").append(Html.text(item.path("field").asText()))
                            .append("</span>: ").append(Html.text(item.path("text").asText()));
                } else {
                    b.append(Html.text(item.isValueNode() ? item.asText() : item.toString()));
                }
                b.append("</li>");
            }
            return b.append("</ul>").toString();
        }
        return Html.text(value.isValueNode() ? value.asText() : value.toString());
    }

    private static String link(String url) {
        String safe = Html.safeUrl(url);
        if (safe == null) return url == null || url.isBlank() ? "" : " &middot; <span class=\"url\">" + Html.text(url) + "</span>";
        return " &middot; <a class=\"url\" rel=\"noopener noreferrer nofollow\" href=\"" + Html.attribute(safe) + "\">"
                + Html.text(safe) + "</a>";
    }

    /** Answers {@code status} with a whole page around {@code main}, which must be escaped already. */
    static void page(Context ctx, int status, String title, String main, boolean withMap) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.text(title) + "</title>\n"
                + (withMap ? VENDOR_STYLES : "    <link rel=\"stylesheet\" href=\"/assets/app.css\">\n")
                + "</head>\n<body class=\"page\">\n<header><a href=\"/\">Sitrep</a></header>\n<main>\n" + main
                + "</main>\n<footer>Map data: Natural Earth (public domain) via world-atlas; places: GeoNames (CC BY 4.0);"
                + " map library: Leaflet. See <a href=\"/assets/ATTRIBUTION.txt\">ATTRIBUTION.txt</a>.</footer>\n"
                + (withMap ? VENDOR_SCRIPTS + "    <script src=\"/assets/event.js\"></script>\n" : "")
                + "</body>\n</html>\n";
        html(ctx, status).result(html);
    }

    private static Context html(Context ctx, int status) {
        return ctx.status(status).contentType("text/html; charset=utf-8")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff");
    }

    private static Optional<byte[]> resource(String path) {
        try (InputStream in = WebPages.class.getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
