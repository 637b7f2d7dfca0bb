package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.store.Accounts;
import org.sitrep.store.Role;

/**
 * People in the loop, in Debian's chromium: a reader's reply is held, a reviewer logs in and
 * approves it and it is public without its email; the reviewer corrects the fatalities and the page,
 * the API and the CSV follow; script typed into every field is shown as text and never runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserIT {
    private static final String PASSWORD = "correct horse battery";
    /** Each field's attack sets a different mark on window, so the test knows which one ran. */
    private static final String NAME = "Reader <script>window.xssName=1</script><img src=x onerror=\"window.xssName=2\">";
    private static final String COMMENT = "Thanks. <script>window.xssComment=1</script><img src=x onerror=\"window.xssComment=2\">"
            + " <a href=\"javascript:window.xssComment=3\">link</a>";

    @TempDir
    static Path dir;

    private SeedSite site;
    private ChromeDriver browser;
    private String base;
    private String tahoua;

    @BeforeAll
    void ingestTheSeedAndOpenABrowser() throws Exception {
        Chromium.assumeInstalled();
        site = new SeedSite(dir.resolve("data"));
        new Accounts(site.store).add("amina", Role.REVIEWER, PASSWORD.toCharArray());
        tahoua = site.store.events(10, 0).stream().filter(e -> e.fatalities().best() == 41).findFirst().orElseThrow().eventId();
        base = site.serve("review-test");
        browser = Chromium.start(dir.resolve("profile"), Files.createDirectories(dir.resolve("downloads")));
    }

    @AfterAll
    void closeAll() {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    @Test
    void aHeldReplyIsApprovedByAReviewerAndShownWithoutItsEmailAndNoScriptRuns() throws Exception {
        String email = "reader-" + UUID.randomUUID() + "@example.org";
        browser.get(base + "/events/" + tahoua);
        browser.findElement(By.name("name")).sendKeys(NAME);
        browser.findElement(By.name("email")).sendKeys(email);
        String badSite = "https://example.org/\"><script>window.xssSite=1</script>";
        browser.findElement(By.name("website")).sendKeys(badSite);
        browser.findElement(By.name("comment")).sendKeys(COMMENT);
        browser.findElement(By.cssSelector("#reply button[type=submit]")).click();
        // not an address: the form comes back with the reason beside the field and what was typed, as text
        waitFor(By.cssSelector(".field-error[data-field='website']"));
        assertEquals(badSite, browser.findElement(By.name("website")).getDomProperty("value"));
        assertEquals(email, browser.findElement(By.name("email")).getDomProperty("value"));
        assertNoScriptRan();
        browser.findElement(By.name("website")).clear();
        browser.findElement(By.name("website")).sendKeys("https://example.org/reader");
        browser.findElement(By.cssSelector("#reply button[type=submit]")).click();
        waitFor(By.id("reply-held"));
        assertTrue(browser.findElements(By.cssSelector("li.reply")).isEmpty(), "held, not shown");

        logIn();
        browser.get(base + "/review");
        browser.findElement(By.cssSelector("form[id^='form-approve-'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("form[id^='form-approve-']")).isEmpty()); // nothing held any more
        browser.get(base + "/events/" + tahoua);
        List<WebElement> replies = browser.findElements(By.cssSelector("li.reply"));
        assertEquals(1, replies.size());
        assertTrue(replies.get(0).getText().contains("Reader <script>"), "the name is shown as text: " + replies.get(0).getText());
        assertNoScriptRan();
        screenshot("reply-approved");

        logOut();
        browser.get(base + "/events/" + tahoua);
        assertFalse(browser.getPageSource().contains(email), "the email is not on the public page");
        assertEquals(1, browser.findElements(By.cssSelector("li.reply")).size());
        assertNoScriptRan();
        for (String path : List.of("/api/events/" + tahoua, "/api/events", "/api/events.csv", "/api/events.jsonl",
                "/api/events.geojson", "/articles/1", "/")) {
            assertFalse(get(path).contains(email), path + " shows the email");
        }
    }

    @Test
    void aReviewersCorrectionShowsOnThePageInTheApiAndTheCsvAndInTheAuditLog() throws Exception {
        logIn();
        browser.get(base + "/events/" + tahoua);
        new Select(browser.findElement(By.id("edit-field"))).selectByValue("fatalities");
        browser.findElement(By.id("edit-value")).sendKeys("39");
        browser.findElement(By.cssSelector("#form-edit button")).click();
        waitForText(By.id("audit"), "amina");
        String fields = browser.findElement(By.id("fields")).getText();
        assertTrue(fields.contains("fatalities 39") || fields.contains("fatalities\n39"), fields);
        String audit = browser.findElement(By.id("audit")).getText();
        assertTrue(audit.contains("amina") && audit.contains("fatalities") && audit.contains("41") && audit.contains("39"), audit);
        screenshot("edited");
        logOut();
        assertTrue(get("/api/events/" + tahoua).contains("\"fatalities\":39"));
        assertTrue(get("/api/events.csv").lines().anyMatch(l -> l.startsWith(tahoua + ",") && l.contains(",39,")));
    }

    @Test
    void scriptTypedIntoTheEditedFieldsIsShownAsText() throws Exception {
        logIn();
        browser.get(base + "/events/" + tahoua);
        new Select(browser.findElement(By.id("edit-field"))).selectByValue("location");
        browser.findElement(By.id("edit-value")).sendKeys("Tahoua<img src=x onerror=\"window.xssEdit=1\">");
        browser.findElement(By.cssSelector("#form-edit button")).click();
        waitForText(By.id("fields"), "Tahoua<img");
        assertTrue(browser.findElement(By.id("fields")).getText().contains("Tahoua<img src=x"));
        assertNoScriptRan();
        browser.get(base + "/");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertNoScriptRan();
        logOut();
    }

    @Test
    void scriptInAPostedArticlesTextIsShownAsText() throws Exception {
        String text = "2024-07-10\n\nGunmen killed 12 villagers on Monday near Tillaberi, in western Niger, officials said."
                + " <script>window.xssArticle=1</script><img src=x onerror=\"window.xssArticle=2\">\n";
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Authorization", "Bearer review-test").header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, posted.statusCode(), posted.body());
        java.util.regex.Matcher article = java.util.regex.Pattern.compile("\"article_id\":(\\d+)").matcher(posted.body());
        assertTrue(article.find(), posted.body());
        browser.get(base + "/articles/" + article.group(1));
        waitFor(By.id("body"));
        assertTrue(browser.findElement(By.id("body")).getText().contains("<script>window.xssArticle=1</script>"));
        assertNoScriptRan();
        for (WebElement mark : browser.findElements(By.cssSelector("#body mark"))) mark.click();
        assertNoScriptRan();
    }

    @Test
    void aReviewerMergesTwoEventsAndTheOldPageLeadsToTheKeptOne() throws Exception {
        List<String> others = site.store.events(10, 0).stream().map(e -> e.eventId()).filter(id -> !id.equals(tahoua)).toList();
        assertTrue(others.size() >= 2, others.toString());
        String keep = others.get(0);
        String gone = others.get(1);
        logIn();
        browser.get(base + "/events/" + keep);
        browser.findElement(By.id("merge-other")).sendKeys(gone);
        browser.findElement(By.cssSelector("#form-merge button")).click();
        waitForText(By.id("audit"), gone);
        logOut();
        browser.get(base + "/events/" + gone);
        assertTrue(browser.getCurrentUrl().endsWith("/events/" + keep), browser.getCurrentUrl());
        screenshot("merged");
    }

    private void logIn() {
        browser.get(base + "/login");
        browser.findElement(By.name("name")).sendKeys("amina");
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login button[type=submit]")).click();
        waitFor(By.cssSelector("form[action='/logout']"));
    }

    private void logOut() {
        browser.get(base + "/review");
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().endsWith("/review"));
    }

    /** Waits until {@code what} shows {@code text}, through the page the form's answer loads (the old page's element goes stale). */
    private void waitForText(By what, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(what).getText().contains(text));
    }

    private void waitFor(By what) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(what).isEmpty());
    }

    private void assertNoScriptRan() {
        JavascriptExecutor js = browser;
        for (String mark : List.of("xssName", "xssComment", "xssSite", "xssEdit", "xssArticle")) {
            assertNull(js.executeScript("return window." + mark + ";"), mark + " ran");
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
