package org.sitrep.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's chromium, headless, driven through its own chromedriver: the browser of the map's tests. */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the tests leave what the browser showed, for a person to look at. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static {
        // Selenium's own logging is noise in the test output
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.WARNING);
    }

    private Chromium() {
    }

    /** Skips the calling tests when chromium or chromedriver is missing (.ci/run installs both). */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    /** Saves what {@code browser} shows as {@code target/screenshots/NAME.png}. */
    static void screenshot(ChromeDriver browser, String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /**
     * Starts a browser with a fresh profile in {@code profile}, saving downloads into
     * {@code downloads}, and logging every network request (LogType.PERFORMANCE).
     */
    static ChromeDriver start(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // the flags that keep chromium from calling Google's services on this closed network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // chromedriver named outright, so Selenium Manager never looks for one on the network
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
