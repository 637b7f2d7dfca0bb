package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.sitrep.store.Accounts;
import org.sitrep.store.EventStore;
import org.sitrep.store.NewReply;
import org.sitrep.store.Replies;
import org.sitrep.store.Reply;
import org.sitrep.store.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.Fixtures.GWOZA;
import static org.sitrep.server.Fixtures.TAHOUA;
import static org.sitrep.server.Fixtures.TERA;

/**
 * Reviewers over real HTTP: logging in, and every write checked for who makes it. Amina is a
 * reviewer with an API token of her own; Lockme is an account only the lockout test logs in to.
 */
abstract class ReviewerRoutesIT extends ServerTestBase {
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("sitrep_session=([^;]*)");

    private String aminaToken;

    @Override
    void fill(EventStore store) {
        Fixtures.fill(store);
        Accounts accounts = new Accounts(store);
        accounts.add("amina", Role.REVIEWER, PASSWORD.toCharArray());
        accounts.add("lockme", Role.REVIEWER, PASSWORD.toCharArray());
        accounts.add("boss", Role.ADMIN, PASSWORD.toCharArray());
        aminaToken = accounts.newApiToken("amina");
    }

    /** A logged-in browser: its cookie header and the session's form token. */
    private record Browser(String cookie, String csrf) {
    }

    private static String form(String... nameValues) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            b.append(b.isEmpty() ? "" : "&").append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(m.find(), "no csrf field");
        return m.group(1);
    }

    private ApiClient.Reply login(String name, String password) {
        String token = csrf(api.get("/login").body());
        return api.form("POST", "/login", form("name", name, "password", password, "csrf", token));
    }

    private Browser loggedIn() {
        return loggedIn("amina");
    }

    private Browser loggedIn(String name) {
        ApiClient.Reply r = login(name, PASSWORD);
        assertEquals(303, r.status(), r.body());
        Matcher m = SESSION.matcher(r.header("Set-Cookie"));
        assertTrue(m.find());
        String cookie = "sitrep_session=" + m.group(1);
        ApiClient.Reply review = api.form("GET", "/review", null, "Cookie", cookie);
        assertEquals(200, review.status(), review.body());
        return new Browser(cookie, csrf(review.body()));
    }

    private ApiClient.Reply post(Browser b, String path, String... fields) {
        String[] all = Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "csrf";
        all[fields.length + 1] = b.csrf();
        return api.form("POST", path, form(all), "Cookie", b.cookie());
    }

    private String page(Browser b, String eventId) {
        ApiClient.Reply r = api.form("GET", "/events/" + eventId, null, "Cookie", b.cookie());
        assertEquals(200, r.status());
        return r.body();
    }

    @Test
    void aLoginSetsAnHttpOnlyStrictSessionCookie() {
        ApiClient.Reply r = login("amina", PASSWORD);
        assertEquals(303, r.status(), r.body());
        String cookie = r.header("Set-Cookie");
        assertNotNull(cookie);
        assertTrue(cookie.startsWith("sitrep_session="), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertTrue(cookie.contains("; Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP gets no Secure flag: " + cookie);
        Matcher m = SESSION.matcher(cookie);
        assertTrue(m.find());
        assertTrue(m.group(1).length() >= 43, "32 random bytes in Base64");
    }

    @Test
    void aLoginBehindATlsProxyGetsASecureCookie() {
        String token = csrf(api.get("/login").body());
        ApiClient.Reply r = api.form("POST", "/login", form("name", "amina", "password", PASSWORD, "csrf", token),
                "X-Forwarded-Proto", "https");
        assertEquals(303, r.status());
        assertTrue(r.header("Set-Cookie").contains("; Secure"), r.header("Set-Cookie"));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheNeutralSentence() {
        ApiClient.Reply r = login("amina", "not the password at all");
        assertEquals(401, r.status());
        assertTrue(r.body().contains(LoginEndpoints.REFUSED), r.body());
        assertNull(r.header("Set-Cookie"));
        ApiClient.Reply unknown = login("nobody", PASSWORD);
        assertEquals(401, unknown.status());
        assertTrue(unknown.body().contains(LoginEndpoints.REFUSED));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoTheRightOneIsRefusedToo() {
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) assertEquals(401, login("lockme", "wrong password " + i).status());
        ApiClient.Reply r = login("lockme", PASSWORD);
        assertEquals(401, r.status());
        assertTrue(r.body().contains(LoginEndpoints.REFUSED), r.body());
        assertNull(r.header("Set-Cookie"));
    }

    @Test
    void aLoginFormWithoutItsTokenIsRefused() {
        ApiClient.Reply r = api.form("POST", "/login", form("name", "amina", "password", PASSWORD, "csrf", "1.forged"));
        assertEquals(400, r.status());
        assertNull(r.header("Set-Cookie"));
    }

    @Test
    void withoutALoginEveryWriteIsUnauthorizedAndTheToolsAreHidden() {
        for (String path : List.of("/events/" + TAHOUA + "/status", "/events/" + TAHOUA + "/edit", "/events/" + TAHOUA + "/split",
                "/events/" + TAHOUA + "/merge", "/replies/1/approve", "/replies/1/delete", "/logout")) {
            ApiClient.Reply r = api.form("POST", path, form("status", "verified", "field", "fatalities", "value", "1"));
            assertEquals(401, r.status(), path);
        }
        assertEquals(401, api.get("/review").status());
        assertEquals(401, api.get("/api/audit.csv").status());
        assertEquals(401, api.form("POST", "/events/" + TAHOUA + "/status", form("status", "verified"),
                "Cookie", "sitrep_session=made-up").status());
        String html = api.get("/events/" + TAHOUA).body();
        assertFalse(html.contains("id=\"review\""));
        assertFalse(html.contains("id=\"audit\""));
        assertFalse(html.contains("/edit\""));
    }

    @Test
    void aBrowserIsShownAPageThatLeadsToTheLogin() {
        ApiClient.Reply r = api.form("GET", "/review", null, "Accept", "text/html,application/xhtml+xml");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.body().contains("<a id=\"to-login\" href=\"/login\">"), r.body());
        ApiClient.Reply write = api.form("POST", "/events/" + TAHOUA + "/status", form("status", "verified"),
                "Accept", "text/html");
        assertEquals(401, write.status());
        assertTrue(write.body().contains("Log in needed"), write.body());
        Browser b = loggedIn();
        ApiClient.Reply forged = api.form("POST", "/events/" + TAHOUA + "/status", form("status", "verified", "csrf", "x"),
                "Cookie", b.cookie(), "Accept", "text/html");
        assertEquals(403, forged.status());
        assertTrue(forged.body().contains("<h1>Not allowed</h1>"), forged.body());
        assertTrue(forged.body().contains("reload the page"), forged.body());
    }

    @Test
    void aSessionWithoutItsFormTokenCannotWrite() {
        Browser b = loggedIn();
        for (String path : List.of("/events/" + TAHOUA + "/status", "/events/" + TAHOUA + "/edit", "/events/" + TAHOUA + "/split",
                "/events/" + TAHOUA + "/merge", "/replies/1/approve", "/replies/1/delete", "/logout")) {
            ApiClient.Reply none = api.form("POST", path, form("status", "verified"), "Cookie", b.cookie());
            assertEquals(403, none.status(), path);
            ApiClient.Reply wrong = api.form("POST", path, form("status", "verified", "csrf", "x" + b.csrf()), "Cookie", b.cookie());
            assertEquals(403, wrong.status(), path);
        }
    }

    @Test
    void aReviewerCorrectsTheFatalitiesEverywhereAndTheAuditLogSaysWhoDidIt() {
        Browser b = loggedIn();
        ApiClient.Reply r = post(b, "/events/" + TAHOUA + "/edit", "field", "fatalities", "value", "39");
        assertEquals(303, r.status(), r.body());
        assertTrue(r.header("Location").startsWith("/events/" + TAHOUA));
        String html = page(b, TAHOUA);
        assertTrue(html.contains("<dd data-field=\"fatalities\">39</dd>"), html);
        Matcher audit = Pattern.compile("<section id=\"audit\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        assertTrue(audit.find());
        String row = audit.group(1);
        for (String cell : List.of(">amina<", ">fatalities<", ">41<", ">39<")) assertTrue(row.contains(cell), cell + " in " + row);
        assertEquals(39, api.get("/api/events/" + TAHOUA).json().get("fatalities").asInt());
        assertEquals("39", csvField(api.get("/api/events.csv").body(), TAHOUA, "fatalities"));
        String log = api.form("GET", "/api/audit.csv", null, "Authorization", "Bearer " + aminaToken).body();
        assertTrue(log.startsWith("at,account,event_id,field,before,after\n"), log);
        assertTrue(log.contains(",amina," + TAHOUA + ",fatalities,41,39\n"), log);
    }

    @Test
    void aValueThatDoesNotFitShowsThePageAgainWithTheReason() {
        Browser b = loggedIn();
        ApiClient.Reply r = post(b, "/events/" + GWOZA + "/edit", "field", "fatalities", "value", "many");
        assertEquals(400, r.status());
        assertTrue(r.body().contains("id=\"edit-error\""), r.body());
        assertTrue(r.body().contains("fatalities must be a whole number"), r.body());
        assertEquals(7, api.get("/api/events/" + GWOZA).json().get("fatalities").asInt());
    }

    @Test
    void aVerifiedEventSaysSoOnItsPage() {
        Browser b = loggedIn();
        ApiClient.Reply r = post(b, "/events/" + TAHOUA + "/status", "status", "verified");
        assertEquals(303, r.status(), r.body());
        assertTrue(page(b, TAHOUA).contains("<p id=\"review-status\">Status: <strong>verified</strong></p>"));
        assertEquals(400, post(b, "/events/" + TAHOUA + "/status", "status", "maybe").status());
        assertTrue(api.get("/events/" + TAHOUA).body().contains("<p id=\"status\">verified</p>"), "the public sees it too");
    }

    @Test
    void aRejectedEventIsGoneForThePublicAndShownToReviewers() {
        Browser b = loggedIn();
        String rejected = Fixtures.TERA;
        int before = api.get("/api/events").json().get("total").asInt();
        assertEquals(303, post(b, "/events/" + rejected + "/status", "status", "rejected").status());
        assertEquals(404, api.get("/events/" + rejected).status());
        assertEquals(before - 1, api.get("/api/events").json().get("total").asInt());
        assertFalse(api.get("/api/events.csv").body().contains(rejected));
        assertTrue(page(b, rejected).contains("<p id=\"status\">rejected</p>"));
        assertEquals(303, post(b, "/events/" + rejected + "/status", "status", "new").status());
        assertEquals(200, api.get("/events/" + rejected).status());
    }

    @Test
    void theSplitButtonIsShownOnlyForAnEventOfSeveralSources() {
        Browser b = loggedIn();
        assertTrue(page(b, TAHOUA).contains("action=\"/events/" + TAHOUA + "/split\""));
        assertFalse(page(b, GWOZA).contains("/split\""));
    }

    @Test
    void aReviewerMergesTwoEventsAndTheOldAddressLeadsToTheKeptOne() {
        Browser b = loggedIn();
        assertTrue(page(b, TERA).contains("action=\"/events/" + TERA + "/merge\""));
        int before = api.get("/api/events").json().get("total").asInt();
        int sources = api.get("/api/events/" + TERA).json().get("sources").size();
        ApiClient.Reply r = post(b, "/events/" + TERA + "/merge", "other", GWOZA.toLowerCase(java.util.Locale.ROOT));
        assertEquals(303, r.status(), r.body());
        assertEquals(before - 1, api.get("/api/events").json().get("total").asInt());
        assertEquals(sources + 1, api.get("/api/events/" + TERA).json().get("sources").size());
        ApiClient.Reply old = api.get("/events/" + GWOZA);
        assertEquals(301, old.status());
        assertEquals("/events/" + TERA, old.header("Location"));
        ApiClient.Reply oldApi = api.get("/api/events/" + GWOZA);
        assertEquals(301, oldApi.status());
        assertEquals("/api/events/" + TERA, oldApi.header("Location"));
        String log = api.form("GET", "/api/audit.csv", null, "Authorization", "Bearer " + aminaToken).body();
        assertTrue(log.contains(",amina," + TERA + ",merge," + GWOZA + "," + TERA + "\n"), log);

        ApiClient.Reply refused = post(b, "/events/" + TERA + "/merge", "other", TERA);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("cannot be merged with itself"), refused.body());
        ApiClient.Reply unknown = post(b, "/events/" + TERA + "/merge", "other", "NER-999999");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("There is no event &#39;NER-999999&#39; to merge.")
                || unknown.body().contains("There is no event 'NER-999999' to merge."), unknown.body());
    }

    @Test
    void aHeldReplyApprovedByAReviewerAppearsWithoutItsEmail() {
        Replies replies = new Replies(store);
        Reply held = replies.add(new NewReply("event", TERA, null, "Moussa", "moussa@example.org", null,
                "<p>The clash was north of Tera.</p>", "0".repeat(64)));
        assertEquals(Reply.Status.HELD, held.status());
        Browser b = loggedIn();
        String moderation = api.form("GET", "/review", null, "Cookie", b.cookie()).body();
        assertTrue(moderation.contains("action=\"/replies/" + held.id() + "/approve\""), moderation);
        assertFalse(moderation.contains("moussa@example.org"));
        ApiClient.Reply r = post(b, "/replies/" + held.id() + "/approve");
        assertEquals(303, r.status(), r.body());
        String html = api.get("/events/" + TERA).body();
        assertTrue(html.contains("The clash was north of Tera."), html);
        assertFalse(html.contains("moussa@example.org"));
        assertEquals(404, post(b, "/replies/999999/delete").status());
    }

    @Test
    void anAccountsBearerTokenMayWriteWithoutAForm() {
        ApiClient.Reply r = api.form("POST", "/events/" + TERA + "/edit", form("field", "notes", "value", "Checked by phone."),
                "Authorization", "Bearer " + aminaToken);
        assertEquals(303, r.status(), r.body());
        assertEquals("Checked by phone.", api.get("/api/events/" + TERA).json().get("notes").asText());
        ApiClient.Reply unknown = api.form("POST", "/events/" + TERA + "/status", form("status", "verified"),
                "Authorization", "Bearer sitrep_not-a-token");
        assertEquals(401, unknown.status());
    }

    @Test
    void anAccountsTokenMayPostArticlesBesideTheServersToken() {
        String body = "{\"text\":\"Gunmen attacked a market in Gwoza on Monday, witnesses said.\"}";
        for (String token : List.of(TOKEN, aminaToken)) {
            ApiClient.Reply r = api.post("/api/articles", token, "application/json", body);
            assertTrue(r.status() == 201 || r.status() == 200, r.status() + " " + r.body());
        }
        assertEquals(403, api.post("/api/articles", "sitrep_not-a-token", "application/json", body).status());
    }

    @Test
    void aLoginOutlivesARestartOfTheServer() {
        Browser b = loggedIn();
        try (ApiServer restarted = new ApiServer(store, new org.sitrep.store.Ingest(store, NO_EVENTS),
                new org.sitrep.article.ArticleReader(), new ServerConfig(0, TOKEN))) {
            ApiClient other = new ApiClient(restarted.start());
            ApiClient.Reply review = other.form("GET", "/review", null, "Cookie", b.cookie());
            assertEquals(200, review.status(), review.body());
            assertTrue(review.body().contains(">amina<"), review.body());
        }
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        assertEquals(401, api.get("/admin").status());
        Browser reviewer = loggedIn("amina");
        assertEquals(403, api.form("GET", "/admin", null, "Cookie", reviewer.cookie()).status());
        for (String path : List.of("/admin/accounts", "/admin/accounts/lockme/role", "/admin/accounts/lockme/unlock",
                "/admin/accounts/lockme/revoke")) {
            assertEquals(403, post(reviewer, path, "name", "mallory", "role", "admin", "password", PASSWORD).status(), path);
            assertEquals(401, api.form("POST", path, form("name", "mallory", "role", "admin", "password", PASSWORD)).status(), path);
        }
        assertEquals(403, api.form("GET", "/admin", null, "Authorization", "Bearer " + aminaToken).status());

        Browser boss = loggedIn("boss");
        ApiClient.Reply page = api.form("GET", "/admin", null, "Cookie", boss.cookie());
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("id=\"account-amina\""), page.body());
        assertFalse(page.body().contains("mallory"));
        assertFalse(page.body().contains("password_hash") || page.body().contains("$argon2id$"));

        assertEquals(303, post(boss, "/admin/accounts", "name", "musa", "role", "reviewer", "password", PASSWORD).status());
        assertTrue(new Accounts(store).byName("musa").isPresent());
        ApiClient.Reply shortPassword = post(boss, "/admin/accounts", "name", "ada", "role", "reviewer", "password", "short");
        assertEquals(400, shortPassword.status());
        assertTrue(shortPassword.body().contains("at least 12 characters"), shortPassword.body());
        ApiClient.Reply taken = post(boss, "/admin/accounts", "name", "musa", "role", "reviewer", "password", PASSWORD);
        assertEquals(400, taken.status());
        assertTrue(taken.body().contains("already an account named musa"), taken.body());

        assertEquals(303, post(boss, "/admin/accounts/musa/role", "role", "admin").status());
        assertEquals(Role.ADMIN, new Accounts(store).byName("musa").orElseThrow().role());
        assertEquals(400, post(boss, "/admin/accounts/boss/role", "role", "reviewer").status(), "not one's own");
        assertEquals(400, post(boss, "/admin/accounts/nobody/unlock").status());

        String musaToken = new Accounts(store).newApiToken("musa");
        assertEquals(200, api.form("GET", "/review", null, "Authorization", "Bearer " + musaToken).status());
        assertEquals(303, post(boss, "/admin/accounts/musa/revoke").status());
        assertEquals(401, api.form("GET", "/review", null, "Authorization", "Bearer " + musaToken).status());
    }

    @Test
    void aLogoutEndsTheSession() {
        Browser b = loggedIn();
        ApiClient.Reply r = post(b, "/logout");
        assertEquals(303, r.status());
        assertTrue(r.header("Set-Cookie").contains("Max-Age=0"));
        assertEquals(401, api.form("GET", "/review", null, "Cookie", b.cookie()).status());
        assertFalse(page(b, TAHOUA).contains("id=\"review\""));
    }

    /** The value of {@code column} in the row of {@code eventId} of an events CSV whose cells hold no commas. */
    private static String csvField(String csv, String eventId, String column) {
        List<String> lines = csv.lines().toList();
        int header = 0;
        while (!lines.get(header).startsWith("event_id,")) header++;
        int index = Arrays.asList(lines.get(header).split(",")).indexOf(column);
        for (String line : lines) {
            if (line.startsWith(eventId + ",")) {
                String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                return cells[index];
            }
        }
        throw new AssertionError("no row for " + eventId);
    }
}
