package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.Chromium;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.browser.Waits;
import io.journeymaps.testsupport.http.ApiResponse;

/**
 * axe-core (from the front end's npm dependencies) on the live editor in Chromium, with real
 * layout so colour contrast counts: no serious or critical violation in the map view, the table
 * view, or a right-to-left map, for an editor and for a reader.
 */
class AccessibilityBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();
    private static final Path AXE = Path.of("frontend/node_modules/axe-core/axe.min.js");

    private static String axeSource;

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @BeforeAll
    static void start() throws Exception {
        axeSource = readAxe();
    }

    @Test
    void mapAndTableView_haveNoSeriousViolations_forAnEditor() {
        long page = DEMO.rest().createPage("Accessible journey", "awareness-to-advocacy", "en");
        MapPage map = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", page).assumeEditorInteractive();

        assertNoSeriousViolations(map, "map view, editor");
        map.clickButton("Table view");
        assertNoSeriousViolations(map, "table view, editor");
    }

    @Test
    void commentsPanel_hasNoSeriousViolations() {
        long page = DEMO.rest().createPage("Accessible comments", "awareness-to-advocacy", "en");
        long mapId = DEMO.rest().firstMapOf(page).get("id").asLong();
        ApiResponse comment = DEMO.host().as("bob").post("/maps/" + mapId + "/comments",
                "{\"anchor\":{\"type\":\"MAP\"},\"body\":\"Overall: see https://example.com\"}");
        assertTrue(comment.status() == 201, comment::toString);
        MapPage map = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", page).assumeEditorInteractive();

        Waits.until("the comments to load", () -> !map.container().findElements(By.cssSelector(".jm-map-badge:not([hidden])")).isEmpty(),
                map::describe);
        map.container().findElement(By.cssSelector("[data-action=comments]")).click();
        Waits.until("the thread in the side panel", () -> !map.container().findElements(By.cssSelector(".jm-comments-panel .jm-thread")).isEmpty(),
                map::describe);
        assertNoSeriousViolations(map, "comments side panel, editor");
    }

    @Test
    void rightToLeftMap_hasNoSeriousViolations_forAReader() {
        long page = DEMO.rest().createPage("Accessible Arabic journey", "pre-purchase-purchase-post-purchase", "ar");
        MapPage map = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "bob", "ar", page).assumeEditorInteractive();

        assertNoSeriousViolations(map, "right-to-left map, reader");
    }

    private static void assertNoSeriousViolations(MapPage page, String what) {
        page.driver().executeScript(axeSource);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> serious = (List<Map<String, Object>>) page.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(arguments[0], {resultTypes: ['violations']}).then(r => done(r.violations"
                        + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + "  .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,"
                        + "              first: v.nodes[0] && v.nodes[0].html.slice(0, 160)}))))"
                        + ".catch(e => done([{id: 'axe failed', impact: String(e)}]));",
                page.container());
        System.out.printf("[a11y] %s: %d serious or critical axe violations%n", what, serious.size());
        assertTrue(serious.isEmpty(), what + ": " + serious);
    }

    private static String readAxe() throws IOException {
        if (!Files.isReadable(AXE)) {
            throw new IllegalStateException(AXE + " is missing: the build installs it with npm ci");
        }
        return Files.readString(AXE);
    }
}
