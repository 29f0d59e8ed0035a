package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.http.ApiResponse;

/** A freshly inserted macro (no template) offers the template chooser; picking one creates the map. */
class TemplateChooserBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @Test
    void freshMacro_rendersTheChooserContainer_andCreatesNoMap() {
        long pageId = DEMO.rest().createPage("Chooser container", "", "en");

        MapPage asAlice = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", pageId);
        MapPage asBob = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "bob", pageId);

        assertEquals("true", asAlice.attribute("data-needs-template"), asAlice.describe());
        assertEquals(Long.toString(pageId), asAlice.attribute("data-page-id"));
        assertFalse(asAlice.attribute("data-macro-key").isBlank(), "the chooser knows the macro key");
        assertEquals("true", asAlice.attribute("data-can-edit"));
        assertTrue(asAlice.container().getText().contains("Choose a template to start this journey map."),
                asAlice.describe());
        assertEquals("false", asBob.attribute("data-can-edit"));
        assertTrue(asBob.container().getText().contains("This journey map has not been started yet."),
                asBob.describe());
        assertTrue(asAlice.mapId().isEmpty(), "no map id before a template is chosen");
        assertEquals(List.of(), DEMO.rest().mapsOfPage(pageId), "opening the page created no map");
    }

    @Test
    void chooser_offersTheBuiltInTemplates_andCreatesTheMapFromThePickedOne() {
        long pageId = DEMO.rest().createPage("Chooser picks a template", "", "en");
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", pageId);
        String macroKey = page.attribute("data-macro-key");

        page.assumeTemplateChooser();
        List<String> offered = new ArrayList<>();
        for (WebElement choice : page.templateChoices()) {
            offered.add(choice.getAttribute("data-template-id"));
        }
        assertTrue(offered.containsAll(templateIds("en")), "offered " + offered + ", built-ins " + templateIds("en"));
        page.screenshot("template-chooser");

        page.chooseTemplate("buying-a-car");
        page.assumeEditorInteractive();

        List<Long> maps = DEMO.rest().mapsOfPage(pageId);
        assertEquals(1, maps.size(), "exactly one map after choosing");
        assertEquals(maps.get(0), page.requireMapId());
        JsonNode map = DEMO.rest().map(maps.get(0));
        assertEquals("buying-a-car", map.get("templateId").asText());
        assertEquals(macroKey, map.get("macroKey").asText(), "the map belongs to this macro");
        assertEquals(MapsOverRest.names(map, "stages"), page.stageNames(), "the grid shows the template's stages");

        page.reload().assumeEditorInteractive();
        assertEquals(maps.get(0), page.requireMapId(), "after a reload the page shows the same map");
        assertTrue(page.templateChoices().isEmpty(), "no chooser once the map exists");
        assertEquals(maps, DEMO.rest().mapsOfPage(pageId));
    }

    private static List<String> templateIds(String language) {
        ApiResponse templates = DEMO.host().as("alice").get("/templates?language=" + language);
        assertEquals(200, templates.status(), templates::toString);
        List<String> ids = new ArrayList<>();
        templates.json().forEach(t -> ids.add(t.get("id").asText()));
        assertFalse(ids.isEmpty());
        return ids;
    }
}
