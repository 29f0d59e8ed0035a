package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/** bob may view the DEMO space but not edit it: he sees the map, no edit controls, and cannot write. */
class ViewerBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();
    private static long pageId;
    private static JsonNode map;

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @BeforeAll
    static void startHost() throws Exception {
        pageId = DEMO.host().pageId(RestHost.DEMO_PAGE);
        map = DEMO.rest().firstMapOf(pageId);
    }

    @Test
    void viewer_seesTheMap_butNoEditControls() {
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "bob", pageId).waitEditorRunning();

        assertEquals("false", page.attribute("data-can-edit"));
        assertEquals(List.of(), page.editControls(), "edit controls shown to a viewer");
        assertTrue(page.container().getText().contains(map.get("title").asText()), page.describe());
        page.screenshot("viewer-bob");
        if (page.isInteractive()) {
            assertFalse(page.cardIds().isEmpty(), "the live grid shows the cards to a viewer");
            assertEquals(List.of(), page.editControls(), "edit controls in the live grid");
        }
    }

    @Test
    void viewer_inTheLiveEditor_getsTheGridButCannotEdit() {
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "bob", pageId).assumeEditorInteractive();

        assertEquals(MapsOverRest.names(map, "stages"), page.stageNames());
        assertEquals(map.get("cards").size(), page.cardIds().size());
        assertEquals(List.of(), page.editControls());
        assertTrue(page.button("Undo").isEmpty() && page.button("Add stage").isEmpty(), "buttons " + page.buttonNames());
    }

    @Test
    void viewer_directRestWrites_areRefusedWith403_andChangeNothing() {
        ApiClient bob = DEMO.host().as("bob");
        long mapId = map.get("id").asLong();
        long version = DEMO.rest().map(mapId).get("version").asLong();
        String card = map.get("cards").get(0).get("id").asText();

        assertForbidden(bob.post("/maps/" + mapId + "/operations", "{\"baseVersion\":" + version
                + ",\"operations\":[{\"type\":\"updateCard\",\"cardId\":\"" + card + "\",\"fields\":{\"text\":\"bob\"}}]}"));
        assertForbidden(bob.post("/maps/" + mapId + "/operations", "{\"baseVersion\":" + version
                + ",\"operations\":[{\"type\":\"setMapFields\",\"fields\":{\"title\":\"bob's map\"}}]}"));
        assertForbidden(bob.delete("/maps/" + mapId));
        assertForbidden(bob.post("/maps", "{\"pageId\":" + pageId + ",\"template\":\"buying-a-car\"}"));
        assertForbidden(bob.post("/spaces/DEMO/personas", "{\"name\":\"Bob's persona\"}"));

        JsonNode after = DEMO.rest().map(mapId);
        assertEquals(version, after.get("version").asLong(), "the map is unchanged");
        assertEquals(map.get("title"), after.get("title"));
        assertEquals(List.of(mapId), DEMO.rest().mapsOfPage(pageId));
    }

    @Test
    void viewer_fetchFromHisBrowserSession_isRefusedWith403() {
        long mapId = map.get("id").asLong();
        long version = DEMO.rest().map(mapId).get("version").asLong();
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "bob", pageId);
        String restBase = page.attribute("data-rest-base");
        ChromeDriver driver = page.driver();

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json'}, body: arguments[1]})
                  .then(r => r.text().then(t => done({status: r.status, body: t})))
                  .catch(e => done({status: -1, body: String(e)}));
                """, restBase + "/maps/" + mapId + "/operations", "{\"baseVersion\":" + version
                + ",\"operations\":[{\"type\":\"setMapFields\",\"fields\":{\"title\":\"from bob's browser\"}}]}");

        assertEquals(403L, ((Number) answer.get("status")).longValue(), String.valueOf(answer));
        assertFalse(String.valueOf(answer.get("body")).contains("XSRF"), "refused by permission, not by the XSRF guard");
        assertEquals(version, DEMO.rest().map(mapId).get("version").asLong());
    }

    @Test
    void viewer_cannotStartAMapFromTheChooserEither() {
        long chooserPage = DEMO.rest().createPage("Chooser for bob", "", "en");
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "bob", chooserPage);
        String macroKey = page.attribute("data-macro-key");

        assertEquals("false", page.attribute("data-can-edit"));
        assertForbidden(DEMO.host().as("bob").post("/maps", "{\"pageId\":" + chooserPage
                + ",\"template\":\"buying-a-car\",\"language\":\"en\",\"macroKey\":\"" + macroKey + "\"}"));
        assertEquals(List.of(), DEMO.rest().mapsOfPage(chooserPage));
    }

    private static void assertForbidden(ApiResponse response) {
        assertEquals(403, response.status(), response::toString);
        assertFalse(response.body().contains("XSRF") || response.body().contains("cross-origin"),
                "refused by the permission check: " + response);
    }
}
