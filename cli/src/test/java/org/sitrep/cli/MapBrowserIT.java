package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.model.EventWriter;

/**
 * The map in a real browser (Debian's chromium, headless, through chromedriver): the seed article
 * and a few other reports are ingested with the real extractor, and a person's steps are played:
 * open the map, filter, open an event and see its evidence, download the CSV. Every request the
 * page makes must go to the local server. Screenshots land in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private SeedSite site;
    private ChromeDriver browser;
    private String base;
    private Path downloads;

    @BeforeAll
    void ingestAndOpenABrowser() throws IOException {
        Chromium.assumeInstalled();
        site = new SeedSite(dir.resolve("data"));
        for (int i = 0; i < 12; i++) site.add("report-" + i, Reports.text(i));
        base = site.serve("browser-test");

        downloads = Files.createDirectories(dir.resolve("downloads"));
        browser = Chromium.start(dir.resolve("profile"), downloads);
    }

    @AfterAll
    void closeAll() {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    @Test
    void theMapShowsTheSeedsEventsInNigerWithTheTahouaAttack() throws IOException {
        open("/");
        assertFalse(browser.findElements(By.cssSelector("#map .leaflet-interactive")).isEmpty(), "markers drawn");
        WebElement legend = browser.findElement(By.id("legend"));
        assertTrue(legend.getText().contains("Battles"), legend.getText());
        assertTrue(browser.findElement(By.id("map")).getText().contains("Natural Earth"), "attribution shown");
        List<WebElement> tahoua = rowsWith("41");
        assertFalse(tahoua.isEmpty(), "the Tahoua attack with 41 fatalities is in the table");
        assertTrue(tahoua.get(0).getText().contains("Niger"), tahoua.get(0).getText());
        System.out.println("map drawn " + browser.findElement(By.tagName("body")).getDomAttribute("data-draw-ms")
                + " ms after its request");
        screenshot("map");
    }

    @Test
    void aFilterNarrowsTheTableAndStaysInTheUrl() throws IOException {
        open("/");
        WebElement min = browser.findElement(By.name("min_fatalities"));
        min.clear();
        min.sendKeys("40");
        browser.findElement(By.id("apply")).click();
        waitReady();
        List<WebElement> rows = browser.findElements(By.cssSelector("#events tbody tr[data-event-id]"));
        assertEquals(1, rows.size(), "only the Tahoua attack has 40 or more fatalities");
        assertTrue(browser.getCurrentUrl().contains("min_fatalities=40"), browser.getCurrentUrl());
        screenshot("filtered");

        open("/?min_fatalities=40"); // a shared link gives the same view
        assertEquals(1, browser.findElements(By.cssSelector("#events tbody tr[data-event-id]")).size());
    }

    @Test
    void brushingTheTimelineSetsTheDates() throws IOException {
        open("/");
        WebElement timeline = browser.findElement(By.id("timeline"));
        int width = timeline.getSize().getWidth();
        // drag across the right third of the timeline: the latest weeks, the seed's July 2024
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(timeline, width / 2 - 5, 0).clickAndHold()
                .moveByOffset(-width / 3, 0).release().perform();
        waitReady();
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("from=") && url.contains("to="), url);
        String from = browser.findElement(By.name("from")).getDomProperty("value");
        String to = browser.findElement(By.name("to")).getDomProperty("value");
        assertTrue(!from.isEmpty() && from.compareTo(to) < 0, from + " to " + to);
        for (WebElement row : browser.findElements(By.cssSelector("#events tbody tr[data-event-id]"))) {
            String date = row.findElements(By.tagName("td")).get(1).getText();
            assertTrue(date.compareTo(from) >= 0 && date.compareTo(to) <= 0, date + " outside " + from + " to " + to);
        }
        screenshot("brushed");
    }

    @Test
    void aColumnHeaderSortsTheTable() {
        open("/");
        browser.findElement(By.cssSelector("#events th[data-sort='fatalities']")).click();
        waitReady();
        List<Integer> fatalities = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#events tbody tr[data-event-id]"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            fatalities.add(Integer.parseInt(cells.get(cells.size() - 1).getText().strip()));
        }
        assertTrue(fatalities.size() > 2);
        assertEquals(fatalities.stream().sorted(java.util.Comparator.reverseOrder()).toList(), fatalities, "most deadly first");
        assertEquals(41, fatalities.get(0));
    }

    @Test
    void anEventPageHighlightsItsEvidence() throws IOException {
        open("/?min_fatalities=40");
        browser.findElement(By.cssSelector("#events tbody tr[data-event-id] a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("fields")).isEmpty());
        List<String> marked = browser.findElements(By.cssSelector("#sources mark.evidence")).stream().map(WebElement::getText).toList();
        assertTrue(marked.stream().anyMatch(t -> t.contains("At least 29 soldiers have been killed")), marked.toString());
        assertTrue(browser.findElement(By.id("fields")).getText().contains("41"));
        screenshot("event");
    }

    @Test
    void theCsvDownloadHasTheSchemasColumnsAndTheStatus() throws Exception {
        open("/");
        browser.findElement(By.id("download-csv")).click();
        Path csv = null;
        for (int i = 0; i < 100 && csv == null; i++) {
            try (Stream<Path> files = Files.list(downloads)) {
                csv = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
            }
            if (csv == null) Thread.sleep(100);
        }
        assertTrue(csv != null, "a CSV file was downloaded");
        assertEquals(String.join(",", EventWriter.COLUMNS) + ",status", Files.readAllLines(csv).get(0));
    }

    @Test
    void noRequestLeavesTheMachine() throws IOException {
        browser.manage().logs().get(LogType.PERFORMANCE); // forget earlier pages
        open("/");
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asText());
            }
        }
        assertFalse(urls.isEmpty());
        List<String> outside = urls.stream().filter(u -> !u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:")).toList();
        assertEquals(List.of(), outside, "requests to other hosts");
    }

    private void open(String path) {
        browser.get(base + path);
        waitReady();
    }

    /** Waits until the page says its map and table are drawn. */
    private void waitReady() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private List<WebElement> rowsWith(String fatalities) {
        List<WebElement> out = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#events tbody tr[data-event-id]"))) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            if (cells.contains(fatalities)) out.add(row);
        }
        return out;
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
