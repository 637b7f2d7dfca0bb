package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep serve} as a user starts it, in a JVM of its own: it ingests the example folder,
 * prints where it listens, answers the API, takes a posted article with the token it wrote, and
 * shares its embedded store with an ingest run beside it.
 */
class ServeCommandIT {
    private static final Pattern LISTENING = Pattern.compile("open http://localhost:(\\d+)/ for the map");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void servesTheIngestedExamplesAndTakesAPostedArticle() throws Exception {
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(examples), examples.toString());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(List.of(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                Sitrep.class.getName(), "serve", "--data", dir.toString(), "--port", "0", examples.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            Matcher m = LISTENING.matcher(out.readLine());
            assertTrue(m.find(), "prints where it listens");
            String base = "http://localhost:" + m.group(1);
            String ingested = out.readLine(); // the background ingest reports when it is done
            assertTrue(ingested.startsWith("ingest: 1 new article, 1 already stored, 0 failed"), ingested);

            HttpClient http = HttpClient.newHttpClient();
            JsonNode page = get(http, base + "/api/events?country=Niger&sort=-fatalities");
            assertEquals(4, page.get("total").asInt());
            assertEquals(41, page.get("events").get(0).get("fatalities").asInt());
            assertEquals("ok", get(http, base + "/api/health").get("status").asText());

            String token = Files.readString(dir.resolve("api-token")).strip();
            String report = "2024-07-10\n\nGunmen killed 12 villagers in an attack on Monday near Tillaberi, in western"
                    + " Niger, local officials said.\n\nThe attackers burned houses and fled on motorcycles.\n";
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(report)).build();
            HttpResponse<String> posted = http.send(post, HttpResponse.BodyHandlers.ofString());
            assertEquals(201, posted.statusCode(), posted.body());
            assertEquals(1, JSON.readTree(posted.body()).get("events").size());
            assertEquals(5, get(http, base + "/api/events").get("total").asInt());

            // another process ingests into the same embedded store while it is served, and the API sees it
            // within a quarter of a second (how long the server trusts the store's version)
            Path more = dir.resolve("more.txt");
            Files.writeString(more, Reports.text(7));
            CommandRun ingest = CommandRun.of("ingest", "--data", dir.toString(), "--progress", "none", more.toString());
            assertEquals(0, ingest.exitCode(), ingest.err());
            Thread.sleep(300);
            assertEquals(6, get(http, base + "/api/events").get("total").asInt());

            HttpRequest noToken = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(report)).build();
            assertEquals(401, http.send(noToken, HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode json = JSON.readTree(r.body());
        assertNotNull(json);
        return json;
    }
}
