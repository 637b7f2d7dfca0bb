package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** Reading URLs from a real HTTP server on the loopback interface. */
class ArticleReaderUrlTest {
    private static final LocalDate JULY_13 = LocalDate.of(2024, 7, 13);
    private static final Duration SHORT = Duration.ofMillis(300);

    private static HttpServer server;
    private static ExecutorService handlers;
    private static String base;
    private static byte[] seedPage;
    private static byte[] seedText;

    private final ArticleReader reader = new ArticleReader(Duration.ofSeconds(5), 1024 * 1024);

    @BeforeAll
    static void startServer() throws IOException {
        seedPage = resource("niger-tahoua-attack.html");
        seedText = resource("niger-tahoua-attack.txt");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "test-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/article", exchange -> send(exchange, 200, "text/html; charset=utf-8", seedPage));
        server.createContext("/plain", exchange -> send(exchange, 200, "text/plain; charset=utf-8", seedText));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/article");
            send(exchange, 301, "text/html", new byte[0]);
        });
        server.createContext("/latin1", exchange -> send(exchange, 200, "text/html; charset=ISO-8859-1",
                ("<html><body><article><p>Des hommes armés ont incendié le marché hebdomadaire d'un village "
                        + "de la région de Mopti, selon des élus locaux.</p></article></body></html>")
                        .getBytes(StandardCharsets.ISO_8859_1)));
        server.createContext("/klingon", exchange -> send(exchange, 200, "text/html; charset=klingon-8", seedPage));
        server.createContext("/photo", exchange -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P'}));
        server.createContext("/missing", exchange -> send(exchange, 404, "text/html", "Not found".getBytes()));
        server.createContext("/big", exchange -> send(exchange, 200, "text/plain", new byte[4096]));
        server.createContext("/big-stream", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not announced
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 16; i++) {
                    out.write("word ".repeat(100).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException clientGaveUp) {
                // expected: the reader stops listening once the cap is passed
            }
        });
        server.createContext("/slow", exchange -> {
            pause(3000);
            send(exchange, 200, "text/html", seedPage);
        });
        server.createContext("/trickle", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write("word ".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    pause(100);
                }
            } catch (IOException clientGaveUp) {
                // expected: the reader stops waiting at its deadline
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void htmlPageIsReadFromUrl() throws Exception {
        Article article = reader.read(base + "/article", null);

        assertEquals(base + "/article", article.id());
        assertEquals(base + "/article", article.url());
        assertEquals(JULY_13, article.published());
        assertEquals("The Sahel Ledger", article.source());
        assertTrue(article.body().startsWith("At least 29 soldiers have been killed in Niger"));
    }

    @Test
    void urlPageBodyEqualsFileTextBody() throws Exception {
        Article fromUrl = reader.read(base + "/article", null);
        Article fromText = reader.fromText("seed", new String(seedText, StandardCharsets.UTF_8), null);

        assertEquals(fromText.body(), fromUrl.body());
    }

    @Test
    void plainTextUrlIsReadAsText() throws Exception {
        Article article = reader.read(base + "/plain", null);

        assertEquals(JULY_13, article.published());
        assertTrue(article.body().endsWith("any external aggression."), article.body());
    }

    @Test
    void redirectIsFollowedAndUrlRecordsWhereThePageWas() throws Exception {
        Article article = reader.read(base + "/moved", null);

        assertEquals(base + "/moved", article.id());
        assertEquals(base + "/article", article.url());
        assertTrue(article.body().startsWith("At least 29 soldiers"));
    }

    @Test
    void fetchGivesBytesContentTypeAndWhereThePageWas() throws Exception {
        ArticleReader.Fetched page = reader.fetch(base + "/moved");

        assertEquals(base + "/article", page.url());
        assertEquals("text/html; charset=utf-8", page.contentType());
        assertArrayEquals(seedPage, page.body());
    }

    @Test
    void fetchedPageReadsAsTheUrlDoes() throws Exception {
        Article fetched = reader.fromPage(reader.fetch(base + "/article"), null);

        assertEquals(reader.read(base + "/article", null), fetched);
    }

    @Test
    void charsetComesFromContentTypeHeader() throws Exception {
        Article article = reader.read(base + "/latin1", null);

        assertTrue(article.body().startsWith("Des hommes armés ont incendié le marché"), article.body());
    }

    @Test
    void unknownHeaderCharsetIsRejected() {
        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read(base + "/klingon", null));

        assertEquals(base + "/klingon: undecodable charset klingon-8", problem.getMessage());
    }

    @Test
    void imageIsNotAnArticle() {
        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read(base + "/photo", null));

        assertEquals("not an article page (content type image/png)", problem.problem());
    }

    @Test
    void notFoundNamesTheStatus() {
        var problem = assertThrows(UnreadableArticleException.class, () -> reader.read(base + "/missing", null));

        assertEquals(base + "/missing: HTTP status 404", problem.getMessage());
    }

    @Test
    void refusedConnectionIsReported() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        var problem = assertThrows(UnreadableArticleException.class,
                () -> reader.read("http://127.0.0.1:" + closedPort + "/article", null));

        assertEquals("cannot connect (connection refused)", problem.problem());
    }

    @Test
    void announcedSizeOverTheCapIsRejected() {
        var small = new ArticleReader(Duration.ofSeconds(5), 1024);

        var problem = assertThrows(UnreadableArticleException.class, () -> small.read(base + "/big", null));

        assertEquals("larger than 1 KB", problem.problem());
    }

    @Test
    void streamedSizeOverTheCapIsRejected() {
        var small = new ArticleReader(Duration.ofSeconds(5), 1024);

        var problem = assertThrows(UnreadableArticleException.class, () -> small.read(base + "/big-stream", null));

        assertEquals("larger than 1 KB", problem.problem());
    }

    @Test
    void slowServerTimesOut() {
        var impatient = new ArticleReader(SHORT, 1024 * 1024);

        var problem = assertThrows(UnreadableArticleException.class, () -> impatient.read(base + "/slow", null));

        assertEquals("timed out after 300 ms", problem.problem());
    }

    @Test
    void tricklingBodyTimesOut() {
        var impatient = new ArticleReader(SHORT, 1024 * 1024);

        var problem = assertThrows(UnreadableArticleException.class, () -> impatient.read(base + "/trickle", null));

        assertEquals("timed out after 300 ms", problem.problem());
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException clientGaveUp) {
            // a reader over its size cap or deadline hangs up; nothing to do
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ArticleReaderUrlTest.class.getResourceAsStream("/articles/" + name)) {
            return in.readAllBytes();
        }
    }
}
