package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreTotals;

/**
 * {@code sitrep ingest} in-process on real sources: the example folder, JSON lines, a WARC file, an
 * RSS feed on a local web server; each article stored once however often it is ingested, bad
 * sources reported in one line, and {@code sitrep split} undoing a merge.
 */
class IngestCommandIT {
    @TempDir
    static Path dir;

    private static Path examples;
    private static String seedText;
    private static HttpServer web;
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    @BeforeAll
    static void loadModelsAndServeAFeed() throws IOException {
        Extractor.english();
        for (Path d = Path.of("").toAbsolutePath(); d != null && examples == null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("examples").resolve("niger-tahoua-attack.txt"))) examples = d.resolve("examples");
        }
        assertNotNull(examples, "examples/ not found");
        seedText = Files.readString(examples.resolve("niger-tahoua-attack.txt"));
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + web.getAddress().getPort();
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Sahel news</title>"
                + item(base + "/news/1", "Mon, 15 Jul 2024 08:00:00 GMT")
                + item(base + "/news/2", "Tue, 16 Jul 2024 08:00:00 GMT") + "</channel></rss>";
        serve("/feed.xml", "application/rss+xml", rss);
        serve("/news/1", "text/html", page("Attack near Tillaberi", Reports.text(1).lines().skip(2).reduce("", (a, b) -> a + "<p>" + b + "</p>")));
        serve("/news/2", "text/html", page("Attack near Agadez", Reports.text(2).lines().skip(2).reduce("", (a, b) -> a + "<p>" + b + "</p>")));
        web.start();
    }

    @AfterAll
    static void stop() {
        if (web != null) web.stop(0);
    }

    @Test
    void theExampleFolderIsStoredOnceHoweverOftenItIsIngested() {
        Path data = dir.resolve("examples-store");
        CommandRun first = ingest(data, examples.toString());
        assertEquals(0, first.exitCode(), first.err());
        // the text and the HTML page of the example give the same body: one article, its four events
        assertTrue(first.out().contains("ingest: 1 new article, 1 already stored, 0 failed"), first.out());
        CommandRun again = ingest(data, examples.toString());
        assertTrue(again.out().contains("ingest: 0 new articles, 2 already stored, 0 failed"), again.out());
        StoreTotals totals = totals(data);
        assertEquals(1, totals.articles());
        assertEquals(4, totals.events());
        try (EventStore store = EventStore.open(null, data)) {
            Event tahoua = store.find(EventQuery.builder().sort(EventQuery.Sort.parse("-fatalities")).build()).events().get(0);
            assertEquals(41, tahoua.fatalities().best());
            assertEquals("Niger", tahoua.place().country());
        }
    }

    @Test
    void jsonLinesWarcAndFeedItemsAreEachAnArticle() throws IOException {
        Path data = dir.resolve("mixed-store");
        Path jsonl = dir.resolve("two.jsonl");
        Files.writeString(jsonl, "{\"id\":\"r3\",\"text\":" + quote(Reports.text(3)) + "}\n"
                + "{\"id\":\"r4\",\"text\":" + quote(Reports.text(4)) + ",\"published\":\"2024-03-01\"}\n");
        Path warc = writeWarc(dir.resolve("news.warc.gz"));
        String feed = "http://127.0.0.1:" + web.getAddress().getPort() + "/feed.xml";
        CommandRun run = ingest(data, jsonl.toString(), warc.toString(), feed);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(5, totals(data).articles(), run.out());
        int pageFetches = HITS.get("/news/1").get();

        CommandRun again = ingest(data, jsonl.toString(), warc.toString(), feed);
        assertTrue(again.out().contains("ingest: 0 new articles, 5 already stored, 0 failed"), again.out());
        assertEquals(pageFetches, HITS.get("/news/1").get(), "a feed item already stored is not fetched again");
        assertEquals(5, totals(data).articles());
    }

    @Test
    void aBadSourceIsOneLineAndTheOthersAreStillStored() throws IOException {
        Path data = dir.resolve("bad-store");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, Reports.text(5));
        CommandRun run = ingest(data, dir.resolve("missing.txt").toString(), good.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("sitrep: " + dir.resolve("missing.txt") + ": no such file or directory"),
                run.errLines().stream().filter(l -> l.startsWith("sitrep:")).toList());
        assertEquals(1, totals(data).articles());
    }

    @Test
    void dataAndDbTogetherAreAUsageError() {
        CommandRun run = CommandRun.of("ingest", "--data", dir.toString(), "--db", "jdbc:h2:mem:x", "x.txt");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
    }

    @Test
    void anUnreachableDatabaseIsOneLine() {
        CommandRun run = CommandRun.of("ingest", "--db", "jdbc:postgresql://127.0.0.1:1/none", "--progress", "none",
                examples.toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("sitrep: cannot "), run.err());
    }

    @Test
    void splitUndoesAMergeOfTwoReports() throws IOException {
        Path data = dir.resolve("split-store");
        Path reports = dir.resolve("two-reports");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("a.txt"), "2024-07-10\n\nGunmen killed 12 villagers in an attack on Monday near"
                + " Tillaberi, in western Niger, local officials said.\n\nThe attackers burned houses and fled on motorcycles.\n");
        Files.writeString(reports.resolve("b.txt"), "2024-07-10\n\nTwelve civilians were killed on Monday when armed men"
                + " attacked a village near Tillaberi, Niger, a local official told reporters.\n\nResidents fled to the town.\n");
        assertEquals(0, ingest(data, reports.toString()).exitCode());
        String merged;
        try (EventStore store = EventStore.open(null, data)) {
            assertEquals(2, store.totals().articles());
            assertEquals(1, store.totals().events(), "two reports of one attack are one event");
            merged = store.events(1, 0).get(0).eventId();
            assertEquals(2, store.sourcesOf(merged).size());
        }
        CommandRun split = CommandRun.of("split", "--data", data.toString(), merged);
        assertEquals(0, split.exitCode(), split.err());
        assertEquals(2, split.out().lines().count(), split.out());
        assertEquals(2, totals(data).events());
        CommandRun unknown = CommandRun.of("split", "--data", data.toString(), "NER-999999");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().startsWith("sitrep: no event NER-999999"), unknown.err());
    }

    private static CommandRun ingest(Path data, String... sources) {
        String[] args = new String[4 + sources.length];
        args[0] = "ingest";
        args[1] = "--data";
        args[2] = data.toString();
        args[3] = "--progress=none";
        System.arraycopy(sources, 0, args, 4, sources.length);
        return CommandRun.of(args);
    }

    private static StoreTotals totals(Path data) {
        try (EventStore store = EventStore.open(null, data)) {
            return store.totals();
        }
    }

    private static Path writeWarc(Path file) throws IOException {
        String html = page("Niger: soldiers killed", seedText.lines().skip(1).reduce("", (a, b) -> a + "<p>" + b + "</p>"));
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), body).build();
            writer.write(new WarcResponse.Builder(URI.create("https://news.example/niger-attack"))
                    .date(Instant.parse("2024-07-13T10:00:00Z")).body(http).build());
        }
        return file;
    }

    private static String page(String title, String paragraphs) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + paragraphs + "</article></body></html>";
    }

    private static String item(String link, String date) {
        return "<item><title>News</title><link>" + link + "</link><pubDate>" + date + "</pubDate></item>";
    }

    private static void serve(String path, String type, String body) {
        HITS.put(path, new AtomicInteger());
        web.createContext(path, exchange -> {
            HITS.get(path).incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private static String quote(String s) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(s).toString();
    }
}
