package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.article.ArticleReader;
import org.sitrep.model.Event;
import org.sitrep.server.ApiServer;
import org.sitrep.server.ServerConfig;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;

/**
 * The map stays usable with 100,000 events: the page asks the server for aggregates, and is drawn
 * within seconds. Prints the time from the page's request to its drawn map, cold and warm.
 */
class MapScaleIT {
    private static final int EVENTS = 100_000;

    @TempDir
    Path dir;

    @Test
    void aMapOfOneHundredThousandEventsIsDrawnInSeconds() throws Exception {
        Chromium.assumeInstalled();
        try (EventStore store = EventStore.open(null, dir.resolve("data"))) {
            GeneratedEvents generator = new GeneratedEvents(42);
            for (int batch = 0; batch * 1000 < EVENTS; batch++) {
                List<Event> events = new ArrayList<>(1000);
                for (int i = 0; i < 1000; i++) events.add(generator.next());
                store.importEvents(store.addArticle(GeneratedEvents.article(batch)).id(), events);
            }
            try (ApiServer server = new ApiServer(store, new Ingest(store, a -> List.of()), new ArticleReader(),
                    new ServerConfig(0, "scale-test"))) {
                String base = "http://localhost:" + server.start();
                ChromeDriver browser = Chromium.start(dir.resolve("profile"), dir);
                try {
                    for (String pass : List.of("cold", "warm")) {
                        long t0 = System.nanoTime();
                        browser.get(base + "/");
                        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                                "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
                        long pageMs = (System.nanoTime() - t0) / 1_000_000;
                        String drawMs = browser.findElement(By.tagName("body")).getDomAttribute("data-draw-ms");
                        System.out.printf("map of %d events (%s): page loaded and drawn in %d ms; its map data requested and drawn in %s ms%n",
                                EVENTS, pass, pageMs, drawMs);
                        assertTrue(pageMs < 20_000, "drawn in " + pageMs + " ms");
                    }
                    assertTrue(browser.findElements(By.cssSelector("#map .leaflet-interactive")).size() > 10, "markers drawn");
                } finally {
                    browser.quit();
                }
            }
        }
    }
}
