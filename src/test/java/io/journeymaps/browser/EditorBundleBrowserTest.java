package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.journeymaps.testsupport.browser.Chromium;

/**
 * The editor bundle in a real browser on the standalone host: it attaches to every journey-map
 * container of a page, becomes interactive on each, and only editors get edit controls.
 */
class EditorBundleBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();
    /** The editor's data-editor-state once the live grid has replaced the static view (dom.ts). */
    private static final String INTERACTIVE = "interactive";
    private static final String TWO_MAPS_PAGE = "Onboarding and buying journeys";

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void editor_attachesToEveryMapOnThePage_withEditControlsForAnEditor() {
        List<WebElement> maps = open("alice", TWO_MAPS_PAGE);

        assertEquals(2, maps.size());
        for (WebElement map : maps) {
            assertEquals(INTERACTIVE, map.getAttribute("data-editor-state"));
            assertTrue(map.findElements(By.cssSelector(".journey-map-static")).isEmpty(), "the static view was replaced");
            assertEquals("Journey map", map.findElement(By.cssSelector("[role=grid]")).getAttribute("aria-label"));
            WebElement toolbar = map.findElement(By.cssSelector("[role=toolbar]"));
            assertTrue(toolbar.isDisplayed());
            assertTrue(toolbar.getText().contains("Add stage"), toolbar.getText());
        }
    }

    @Test
    void editor_marksDataArrivedAndInteractive_perMap_forTheBenchmark() {
        List<WebElement> maps = open("alice", TWO_MAPS_PAGE);

        for (WebElement map : maps) {
            String id = map.getAttribute("data-map-id");
            Object marks = browser.executeScript("const id = arguments[0];"
                    + " const t = (n) => performance.getEntriesByName(n + ':' + id, 'mark').map(e => e.startTime);"
                    + " const arrived = t('jm-data-arrived'), interactive = t('jm-interactive');"
                    + " return arrived.length === 1 && interactive.length === 1 && interactive[0] >= arrived[0];", id);
            assertEquals(Boolean.TRUE, marks, "one jm-data-arrived and one later jm-interactive mark for map " + id);
        }
    }

    @Test
    void viewer_getsTheLiveMapButNoEditControls() {
        List<WebElement> maps = open("bob", TWO_MAPS_PAGE);

        assertEquals(2, maps.size());
        for (WebElement map : maps) {
            assertEquals(INTERACTIVE, map.getAttribute("data-editor-state"));
            assertTrue(map.findElements(By.cssSelector("[role=grid]")).size() == 1, "the live grid for a viewer");
            // Viewers may comment (comments do not change the map): the Comments toggle and map badge stay.
            for (WebElement button : map.findElements(By.cssSelector(
                    "[role=toolbar] button:not([data-action=comments]):not([data-action=show-map-comments])"))) {
                assertTrue(List.of("Map view", "Table view", "Filters", "History").contains(button.getText().strip()),
                        "a viewer's toolbar only switches views and filters or opens the history: " + button.getText());
            }
            assertTrue(map.findElements(By.cssSelector(".jm-save-state")).isEmpty(), "no save state for a viewer");
        }
    }

    private List<WebElement> open(String user, String pageTitle) {
        long pageId = DEMO.host().pageId(pageTitle);
        browser.get(DEMO.host().baseUrl() + "/");
        browser.manage().addCookie(new Cookie("jm-demo-user", user));
        browser.get(DEMO.host().baseUrl() + "/pages/" + pageId);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> {
            List<WebElement> containers = b.findElements(By.cssSelector(".journey-map-container"));
            return !containers.isEmpty() && containers.stream()
                    .allMatch(c -> INTERACTIVE.equals(c.getAttribute("data-editor-state")));
        });
        return browser.findElements(By.cssSelector(".journey-map-container"));
    }
}
