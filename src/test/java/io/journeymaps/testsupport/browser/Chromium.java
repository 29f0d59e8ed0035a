package io.journeymaps.testsupport.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium through Debian's chromedriver, with the flags our closed network
 * needs. Browser tests are skipped with the reason when either is missing, and fail instead when
 * JOURNEYMAPS_REQUIRE_BROWSER=true (CI installs both).
 */
public final class Chromium {
    public static final Path BROWSER = Path.of(System.getProperty("journeymaps.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("journeymaps.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Skips (or fails, when required) unless the browser, its driver and the editor bundle are all here. */
    public static void assumeAvailable() {
        String missing = !Files.isExecutable(BROWSER) ? "Chromium not found at " + BROWSER
                : !Files.isExecutable(DRIVER) ? "chromedriver not found at " + DRIVER
                : Chromium.class.getResource("/frontend/journey-map-editor.js") == null
                        ? "the editor bundle is not built (run the build without -DskipFrontend)" : null;
        if (missing == null) {
            return;
        }
        String reason = "browser tests skipped: " + missing;
        if ("true".equalsIgnoreCase(System.getenv("JOURNEYMAPS_REQUIRE_BROWSER"))) {
            Assertions.fail(reason + " (JOURNEYMAPS_REQUIRE_BROWSER=true)");
        }
        System.out.println(reason);
        Assumptions.assumeTrue(false, reason);
    }

    public static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("jm-chromium");
            profile.toFile().deleteOnExit();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
                    "--user-data-dir=" + profile);
            // The page's console goes to the failure report of end-to-end tests (BrowserSessions).
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare a Chromium profile", e);
        }
    }
}
