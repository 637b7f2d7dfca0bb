package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.sitrep.store.EventStore;
import org.sitrep.store.Replies;
import org.sitrep.store.Reply;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.Fixtures.TAHOUA;

/**
 * The public reply thread under event and article pages, over real HTTP: each test fetches the
 * page for its form token, then posts as a browser would, from a client address of its own (so the
 * per-address limit counts each test's replies alone).
 */
abstract class RepliesIT extends ServerTestBase {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);

    private String eventPage;
    private String articlePage;

    @Override
    void fill(EventStore store) {
        List<EventStore.Report> reports = Fixtures.fill(store);
        eventPage = "/events/" + TAHOUA;
        articlePage = "/articles/" + reports.get(0).article().id();
    }

    /** A client of its own address, 127.0.0.N. */
    private ApiClient client() {
        try {
            return new ApiClient(port, InetAddress.getByName("127.0.0." + NEXT_ADDRESS.getAndIncrement()));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** Fetches {@code page} for its token and posts the form with {@code fields} (name, value, ...) to its replies. */
    private static ApiClient.Reply reply(ApiClient client, String page, String... fields) {
        ApiClient.Reply form = client.get(page);
        assertEquals(200, form.status(), form.body());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("csrf", csrf(form.body()));
        values.put("homepage", "");
        values.put("parent_id", "");
        values.put("website", "");
        for (int i = 0; i + 1 < fields.length; i += 2) values.put(fields[i], fields[i + 1]);
        return post(client, page, values);
    }

    private static ApiClient.Reply post(ApiClient client, String page, Map<String, String> values) {
        StringBuilder body = new StringBuilder();
        values.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return client.post(page + "/replies", null, FORM, body.toString());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(m.find(), "no csrf field");
        return m.group(1);
    }

    private Replies replies() {
        return new Replies(store);
    }

    /** The id of the held reply signed {@code name}. */
    private long heldBy(String name) {
        return replies().held().stream().filter(r -> r.name().equals(name)).map(Reply::id).findFirst()
                .orElseThrow(() -> new AssertionError("no held reply by " + name));
    }

    private boolean storedBy(String name) {
        return replies().held().stream().anyMatch(r -> r.name().equals(name))
                || replies().thread("event", TAHOUA).stream().anyMatch(r -> r.name().equals(name));
    }

    /** Makes {@code email} an approved author, by a first reply approved as a moderator would. */
    private void approvedAuthor(String email, String name) {
        ApiClient.Reply r = reply(client(), eventPage, "name", name, "email", email, "comment", "First words of " + name);
        assertEquals(303, r.status(), r.body());
        assertTrue(replies().approve(heldBy(name)));
    }

    @Test
    void theFormHasTheLabelsAndTheNote() {
        for (String page : List.of(eventPage, articlePage)) {
            String html = api.get(page).body();
            for (String expected : List.of("<h2 id=\"reply-title\">Leave a Reply</h2>",
                    "Your email address will not be published. Required fields are marked *",
                    "<label for=\"reply-name\">Name *</label>", "name=\"name\"",
                    "<label for=\"reply-email\">Email *</label>", "name=\"email\"",
                    "<label for=\"reply-website\">Website</label>", "name=\"website\"",
                    "<label for=\"reply-comment\">Comment *</label>", "<textarea id=\"reply-comment\" name=\"comment\"",
                    "name=\"parent_id\"", "name=\"homepage\"", "name=\"csrf\"",
                    "action=\"" + page + "/replies\"")) {
                assertTrue(html.contains(expected), page + ": " + expected);
            }
        }
    }

    @Test
    void aFirstReplyIsHeldAndNotShownThenApprovedAndShownWithoutItsEmail() {
        String email = "unique.f1rst-7c2e@example.org";
        ApiClient client = client();
        ApiClient.Reply posted = reply(client, eventPage, "name", "Mariam", "email", email, "comment", "Held words 91f3");
        assertEquals(303, posted.status(), posted.body());
        assertEquals(eventPage + "?reply=held#reply-held", posted.header("Location"));
        String notice = client.get(eventPage + "?reply=held").body();
        assertTrue(notice.contains("Your reply is held for moderation"), notice);
        assertFalse(notice.contains("Held words 91f3"));

        ApiClient.Reply onArticle = reply(client, articlePage, "name", "Mariam A", "email", email, "comment", "Article words 5d0e");
        assertEquals(303, onArticle.status(), onArticle.body());
        assertFalse(api.get(articlePage).body().contains("Article words 5d0e"));

        assertTrue(replies().approve(heldBy("Mariam")));
        assertTrue(replies().approve(heldBy("Mariam A")));
        assertTrue(api.get(eventPage).body().contains("Held words 91f3"));
        assertTrue(api.get(articlePage).body().contains("Article words 5d0e"));
        for (String path : List.of(eventPage, articlePage, "/api/events/" + TAHOUA, "/api/events.csv", "/api/events.jsonl",
                "/api/events", "/api/events.geojson", articlePage.replace("/articles/", "/api/articles/"))) {
            ApiClient.Reply r = api.get(path);
            assertEquals(200, r.status(), path);
            assertFalse(r.body().toLowerCase().contains("unique.f1rst-7c2e"), path);
        }
    }

    @Test
    void aSecondReplyFromAnApprovedAuthorIsPublishedAtOnce() {
        approvedAuthor("Known.Author@example.org", "Known Author");
        ApiClient.Reply second = reply(client(), eventPage, "name", "Known Author", "email", "known.AUTHOR@example.org",
                "comment", "Published at once 0b7a");
        assertEquals(303, second.status(), second.body());
        String location = second.header("Location");
        assertTrue(location.matches(Pattern.quote(eventPage) + "#reply-\\d+"), location);
        String html = api.get(eventPage).body();
        assertTrue(html.contains("id=\"" + location.substring(location.indexOf('#') + 1) + "\""), html);
        assertTrue(html.contains("Published at once 0b7a"));
    }

    @Test
    void aReplyToAReplyNestsUnderIt() {
        approvedAuthor("threads@example.org", "Threader");
        ApiClient client = client();
        String top = idOf(reply(client, eventPage, "name", "Threader", "email", "threads@example.org", "comment", "Top 1"));
        String form = client.get(eventPage + "?replyto=" + top).body();
        assertTrue(form.contains("name=\"parent_id\" value=\"" + top + "\""), form);
        assertTrue(form.contains("Replying to"), form);
        String child = idOf(reply(client, eventPage, "name", "Threader", "email", "threads@example.org",
                "comment", "Child 2", "parent_id", top));
        String grandchild = idOf(reply(client, eventPage, "name", "Threader", "email", "threads@example.org",
                "comment", "Grandchild 3", "parent_id", child));
        String html = api.get(eventPage).body();
        int topAt = html.indexOf("id=\"reply-" + top + "\"");
        int childAt = html.indexOf("id=\"reply-" + child + "\"");
        int grandchildAt = html.indexOf("id=\"reply-" + grandchild + "\"");
        assertTrue(topAt >= 0 && childAt > topAt && grandchildAt > childAt, html);
        assertTrue(html.substring(topAt, childAt).contains("<ol class=\"replies depth-2\">"), html);
        assertTrue(html.substring(childAt, grandchildAt).contains("<ol class=\"replies depth-3\">"), html);
        assertTrue(html.contains("href=\"" + eventPage + "?replyto=" + top + "#reply\">Reply</a>"), html);
    }

    private static String idOf(ApiClient.Reply posted) {
        assertEquals(303, posted.status(), posted.body());
        String location = posted.header("Location");
        return location.substring(location.indexOf("#reply-") + "#reply-".length());
    }

    @Test
    void badFieldsAreNamedBesideThemAndTheTypedValuesKept() {
        ApiClient.Reply r = reply(client(), eventPage, "name", "", "email", "not-an-email", "website", "ftp://example.org/",
                "comment", "Typed <b>words</b> & more");
        assertEquals(400, r.status());
        String html = r.body();
        for (String field : List.of("name", "email", "website")) {
            assertTrue(html.contains("<p class=\"field-error\" data-field=\"" + field + "\">"), field);
        }
        assertFalse(html.contains("data-field=\"comment\">"), html);
        assertTrue(html.contains("value=\"not-an-email\""), html);
        assertTrue(html.contains("value=\"ftp://example.org/\""), html);
        assertTrue(html.contains(">Typed &lt;b&gt;words&lt;/b&gt; &amp; more</textarea>"), html);
        assertTrue(html.contains("Enter a valid email address"), html);
        assertTrue(html.contains("name=\"csrf\""), "the form can be sent again");

        ApiClient.Reply empty = reply(client(), eventPage, "name", "Nobody 4411", "email", "n@example.org", "comment", "  ");
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("<p class=\"field-error\" data-field=\"comment\">Enter a comment.</p>"));
        assertFalse(storedBy("Nobody 4411"));
    }

    @Test
    void aReplyToAnUnknownEventOrArticleIsNotFound() {
        ApiClient client = client();
        String token = csrf(client.get(eventPage).body());
        for (String page : List.of("/events/XXX-999999", "/articles/999999", "/articles/not-a-number")) {
            ApiClient.Reply r = post(client, page, Map.of("name", "Lost", "email", "l@example.org", "comment", "x", "csrf", token));
            assertEquals(404, r.status(), page);
            assertTrue(r.body().contains("id=\"not-found\""), r.body());
        }
    }

    @Test
    void anUnknownReplyToIdLeavesTheFormAnsweringThePage() {
        String html = api.get(eventPage + "?replyto=987654").body();
        assertTrue(html.contains("name=\"parent_id\" value=\"\""), html);
        assertFalse(html.contains("Replying to"), html);
    }

    @Test
    void aFilledHoneypotIsRefusedAndNothingStored() {
        ApiClient.Reply r = reply(client(), eventPage, "name", "Bot 7781", "email", "bot@example.org",
                "comment", "Buy now", "homepage", "https://spam.example/");
        assertEquals(400, r.status());
        assertTrue(r.body().contains("a field meant to stay empty was filled in"), r.body());
        assertFalse(storedBy("Bot 7781"));
    }

    @Test
    void aMissingForgedOrOtherPagesTokenIsRefusedAndNothingStored() {
        ApiClient client = client();
        String otherPagesToken = csrf(client.get(articlePage).body());
        for (String token : List.of("", "1700000000.AAAA", otherPagesToken)) {
            Map<String, String> values = new LinkedHashMap<>(Map.of("name", "Forger 3390", "email", "f@example.org",
                    "comment", "Forged", "csrf", token));
            ApiClient.Reply r = post(client, eventPage, values);
            assertEquals(400, r.status(), token);
            assertTrue(r.body().contains("reload the page and send your reply again"), r.body());
        }
        assertFalse(storedBy("Forger 3390"));
    }

    @Test
    void atMostThreeLinksPerComment() {
        ApiClient client = client();
        ApiClient.Reply four = reply(client, eventPage, "name", "Linker 1", "email", "links@example.org", "comment",
                "https://a.example/ https://b.example/ <a href=\"https://c.example/\">c</a> http://d.example/");
        assertEquals(400, four.status());
        assertTrue(four.body().contains("<p class=\"field-error\" data-field=\"comment\">A comment may hold at most 3 links"),
                four.body());
        ApiClient.Reply three = reply(client, eventPage, "name", "Linker 2", "email", "links@example.org", "comment",
                "https://a.example/ https://b.example/ <a href=\"https://c.example/\">c</a>");
        assertEquals(303, three.status(), three.body());
    }

    @Test
    void theSixthReplyFromOneAddressInTenMinutesIsRefused() {
        ApiClient client = client();
        for (int i = 1; i <= ReplyEndpoints.MAX_PER_WINDOW; i++) {
            ApiClient.Reply r = reply(client, articlePage, "name", "Chatty " + i, "email", "chatty@example.org", "comment", "n " + i);
            assertEquals(303, r.status(), r.body());
        }
        ApiClient.Reply sixth = reply(client, articlePage, "name", "Chatty 6", "email", "chatty@example.org", "comment", "n 6");
        assertEquals(429, sixth.status());
        assertTrue(sixth.body().contains("please wait"), sixth.body());
        assertEquals(303, reply(client(), articlePage, "name", "Other", "email", "other@example.org", "comment", "hi").status(),
                "another address may still reply");
    }

    @Test
    void scriptsInNameWebsiteAndCommentComeBackEscapedOrStripped() {
        String script = "<script>alert(1)</script>";
        String img = "<img src=x onerror=alert(1)>";
        ApiClient.Reply refused = reply(client(), eventPage, "name", script, "email", "x@example.org", "website", img,
                "comment", script + img);
        assertEquals(400, refused.status());
        assertSafe(refused.body());
        assertTrue(refused.body().contains("value=\"&lt;img src=x onerror=alert(1)&gt;\""), refused.body());
        assertTrue(refused.body().contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), refused.body());

        approvedAuthor("xss@example.org", script);
        ApiClient.Reply published = reply(client(), eventPage, "name", script, "email", "xss@example.org",
                "website", "https://example.org/a?b=1&c=2", "comment",
                script + " kept words " + img + " <a href=\"javascript:alert(1)\">js</a> <a href=\"https://ok.example/\">ok</a>");
        assertEquals(303, published.status(), published.body());
        String html = api.get(eventPage).body();
        assertSafe(html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("kept words"), html);
        assertTrue(html.contains("<a href=\"https://ok.example/\" rel=\"nofollow ugc noopener\">ok</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">"
                + "&lt;script&gt;alert(1)&lt;/script&gt;</a>"), html);

        ApiClient.Reply quoted = reply(client(), eventPage, "name", "Q", "email", "xss@example.org",
                "website", "https://example.org/?q=\"onmouseover=alert(1)", "comment", "quoted");
        assertEquals(400, quoted.status());
        assertSafe(quoted.body());
        assertTrue(quoted.body().contains("value=\"https://example.org/?q=&quot;onmouseover=alert(1)\""));
    }

    private static void assertSafe(String html) {
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("\"onmouseover"), html);
        assertNotNull(html);
    }
}
