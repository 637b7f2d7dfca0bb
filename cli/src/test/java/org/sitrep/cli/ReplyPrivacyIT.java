package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.store.Accounts;
import org.sitrep.store.EventStore;
import org.sitrep.store.Role;

/**
 * A replier's email is never published: {@code sitrep serve} runs as a user starts it (its own JVM,
 * with an access log), a reply is posted with a unique email, held, and approved by a reviewer; then
 * every page, API answer and export is read, and every line the server wrote (standard output,
 * standard error, the access log, any other file beside the database) is searched for the email.
 */
class ReplyPrivacyIT {
    private static final Pattern LISTENING = Pattern.compile("open http://localhost:(\\d+)/ for the map");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("sitrep_session=([^;]*)");
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<HttpResponse<String>> responses = new ArrayList<>();
    private String base;

    @Test
    void theEmailIsInNoResponseAndNoLogLine() throws Exception {
        String email = "replier-" + UUID.randomUUID() + "@example.org";
        String eventId;
        try (EventStore store = EventStore.open(null, dir)) {
            GeneratedEvents generated = new GeneratedEvents(7);
            List<Event> events = List.of(generated.next(), generated.next(), generated.next());
            eventId = store.addReport(GeneratedEvents.article(1), events).eventIds().get(0);
            new Accounts(store).add("amina", Role.REVIEWER, PASSWORD.toCharArray());
        }
        Path out = dir.resolve("serve.out");
        Path err = dir.resolve("serve.err");
        Path accessLog = dir.resolve("access.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Sitrep.class.getName(), "serve", "--data", dir.toString(), "--port", "0", "--access-log", accessLog.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            base = "http://localhost:" + port(out, serve);
            String page = "/events/" + eventId;

            // a reply the form refuses (no comment) is shown again to the person who typed it, with what they typed;
            // that answer goes to them alone and is left out of the search below
            HttpResponse<String> refused = post(page + "/replies", null, "name", "Moussa", "email", email, "comment", "",
                    "csrf", csrf(get(page, null).body()));
            assertEquals(400, refused.statusCode());
            responses.remove(refused);

            HttpResponse<String> posted = post(page + "/replies", null, "name", "Moussa", "email", email,
                    "website", "https://example.org/moussa", "comment", "The attack was at dawn, near the market.",
                    "csrf", csrf(get(page, null).body()));
            assertEquals(303, posted.statusCode(), posted.body());
            assertFalse(get(page, null).body().contains("near the market"), "held until a reviewer approves it");

            String cookie = login();
            HttpResponse<String> moderation = get("/review", cookie);
            Matcher approve = Pattern.compile("action=\"(/replies/\\d+/approve)\"").matcher(moderation.body());
            assertTrue(approve.find(), moderation.body());
            assertEquals(303, post(approve.group(1), cookie, "csrf", csrf(moderation.body())).statusCode());
            assertTrue(get(page, null).body().contains("The attack was at dawn, near the market."));

            for (String path : List.of("/", page, "/articles/1", "/login", "/api/events", "/api/events/" + eventId,
                    "/api/articles/1", "/api/events.csv", "/api/events.geojson", "/api/events.jsonl", "/api/map?zoom=3",
                    "/api/timeline", "/api/health", "/api/metrics", "/api/openapi.json")) {
                assertEquals(200, get(path, null).statusCode(), path);
            }
            for (String path : List.of("/review", page, "/articles/1", "/api/audit.csv")) {
                assertEquals(200, get(path, cookie).statusCode(), path);
            }
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        }

        assertTrue(responses.size() > 20, "every answer is kept for the search");
        for (HttpResponse<String> r : responses) {
            assertFalse(r.body().contains(email), r.uri() + " shows the email");
            assertFalse(r.headers().toString().contains(email), r.uri() + " has the email in a header");
        }
        String access = Files.readString(accessLog);
        assertTrue(access.contains(" POST /events/" + eventId + "/replies 303 "), access);
        assertTrue(access.lines().count() >= responses.size(), "a line per request");
        List<Path> written;
        try (Stream<Path> files = Files.walk(dir)) {
            // the database keeps the email for moderation; everything else the server wrote is searched
            written = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".db")).toList();
        }
        assertTrue(written.containsAll(List.of(out, err, accessLog)), written.toString());
        for (Path f : written) {
            assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(email), f + " has the email");
        }
    }

    private static int port(Path out, Process serve) throws Exception {
        for (int i = 0; i < 600; i++) {
            Matcher m = LISTENING.matcher(Files.readString(out));
            if (m.find()) return Integer.parseInt(m.group(1));
            assertTrue(serve.isAlive(), "serve stopped: " + Files.readString(out));
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not say where it listens");
    }

    private String login() throws Exception {
        HttpResponse<String> r = post("/login", null, "name", "amina", "password", PASSWORD, "csrf", csrf(get("/login", null).body()));
        assertEquals(303, r.statusCode(), r.body());
        Matcher m = SESSION.matcher(r.headers().firstValue("Set-Cookie").orElse(""));
        assertTrue(m.find());
        return "sitrep_session=" + m.group(1);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(m.find(), "no form token in " + html);
        return m.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) b.header("Cookie", cookie);
        return send(b.build());
    }

    private HttpResponse<String> post(String path, String cookie, String... nameValues) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (cookie != null) b.header("Cookie", cookie);
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        responses.add(r);
        return r;
    }
}
