package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

import io.journeymaps.common.json.Json;
import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.Screenshots;
import io.journeymaps.testsupport.browser.Waits;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * alice, admin of both demo spaces, moves DEMO's journey maps into PRIV through the space page:
 * she picks the export file, sees the dry-run report (nothing written yet), confirms, and the map
 * is on PRIV's page of the same title. bob, who only views DEMO, is offered neither.
 */
class SpaceTransferBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @TempDir
    Path folder;

    private ChromeDriver open(String user, String path) {
        ChromeDriver driver = browsers.open();
        String base = DEMO.host().baseUrl();
        driver.get(base + "/favicon.ico");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("jm-demo-user", user));
        driver.get(base + path);
        return driver;
    }

    @Test
    void admin_checksTheFile_thenImports() throws Exception {
        RestHost host = DEMO.host();
        host.createMap(host.pageId(RestHost.DEMO_PAGE));
        Path file = folder.resolve("demo-export.json");
        Files.writeString(file, host.as("alice").get("/spaces/DEMO/export").body(), StandardCharsets.UTF_8);
        ApiResponse page = host.as("alice").site("/host/pages", "POST", Json.MAPPER.valueToTree(Map.of(
                "spaceKey", "PRIV", "title", RestHost.DEMO_PAGE, "template", "", "language", "en")).toString());
        assertEquals(201, page.status(), page::toString);
        long pageId = page.json().get("id").asLong();
        ChromeDriver driver = open("alice", "/spaces/PRIV");

        assertTrue(!driver.findElement(By.id("import-confirm")).isDisplayed(), "Import offered before a check");
        driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import-check")).click();
        Waits.until("the dry-run report", () -> !driver.findElements(By.id("import-entries")).isEmpty(),
                () -> driver.findElement(By.id("import-report")).getText());

        String dryRun = driver.findElement(By.id("import-report")).getText();
        assertTrue(dryRun.contains("Dry run: nothing was written. Would create: 0 personas, 1 maps"), dryRun);
        assertTrue(dryRun.contains(RestHost.DEMO_PAGE), dryRun);
        assertEquals(0, host.as("alice").get("/pages/" + pageId + "/maps").json().size(), "written by a dry run");

        driver.findElement(By.id("import-confirm")).click();
        Waits.until("the import report", () -> driver.findElement(By.id("import-report")).getText()
                .contains("Import done"), () -> driver.findElement(By.id("import-report")).getText());

        assertEquals(1, host.as("alice").get("/pages/" + pageId + "/maps").json().size());
        Screenshots.save(driver, "space-import-done");
        assertTrue(!driver.findElement(By.id("import-confirm")).isDisplayed(), "Import offered again");
    }

    @Test
    void viewer_isOfferedNoExportOrImport() {
        ChromeDriver driver = open("bob", "/spaces/DEMO");

        assertTrue(driver.findElements(By.id("space-transfer")).isEmpty());
        assertTrue(driver.findElements(By.id("export-journey-maps")).isEmpty());
    }
}
