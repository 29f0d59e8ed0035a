package io.journeymaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * The journey-map macro on real pages of the standalone host: a page's macros materialise its maps
 * on first view, and a copied page gets maps of its own instead of sharing the original's.
 */
class MacroOnPagesTest {
    private static final String TWO_MAPS_PAGE = "Onboarding and buying journeys";

    @TempDir
    static Path data;
    private static RestHost host;
    private static ApiClient alice;
    private static ApiClient bob;

    @BeforeAll
    static void start() throws Exception {
        host = RestHost.start(data);
        alice = host.as("alice");
        bob = host.as("bob");
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @Test
    void firstView_createsOneMapPerMacro_andLaterViewsReuseThem() {
        long page = host.pageId(TWO_MAPS_PAGE);

        String firstView = view(bob, page);
        List<Long> first = mapIds(page);
        view(alice, page);

        assertEquals(2, first.size(), "two macros, two maps");
        assertEquals(first, mapIds(page), "a second view makes no new maps");
        for (long id : first) {
            assertTrue(firstView.contains("data-map-id=\"" + id + "\""), "map " + id + " is rendered");
        }
    }

    @Test
    void containers_tellTheEditorWhoMayEdit() {
        long page = host.pageId(RestHost.DEMO_PAGE);

        assertTrue(view(alice, page).contains("data-can-edit=\"true\""));
        String asBob = view(bob, page);
        assertTrue(asBob.contains("data-can-edit=\"false\""));
        assertTrue(!asBob.contains("data-can-edit=\"true\""));
    }

    @Test
    void copiedPage_getsItsOwnMaps_withTheSameContent_andEditsStayApart() {
        long original = host.pageId(RestHost.DEMO_PAGE);
        view(alice, original);
        long originalMap = mapIds(original).get(0);

        ApiResponse copied = alice.site("/host/pages/" + original + "/copy", "POST", "{}");
        assertEquals(201, copied.status(), copied::toString);
        long copy = copied.json().get("id").asLong();
        String copyHtml = view(alice, copy);
        List<Long> copyMaps = mapIds(copy);

        assertEquals(1, copyMaps.size());
        long copyMap = copyMaps.get(0);
        assertNotEquals(originalMap, copyMap, "the copy does not share the original's map");
        assertTrue(copyHtml.contains("data-map-id=\"" + copyMap + "\""));
        JsonNode before = map(originalMap);
        JsonNode forked = map(copyMap);
        assertEquals(before.get("macroKey"), forked.get("macroKey"));
        assertEquals(texts(before), texts(forked), "the fork carries the same cards");
        assertEquals(copy, forked.get("pageId").asLong());

        ApiResponse edit = alice.post("/maps/" + copyMap + "/operations", "{\"baseVersion\":"
                + forked.get("version").asLong() + ",\"operations\":[{\"type\":\"setMapFields\","
                + "\"fields\":{\"title\":\"Only the copy\"}}]}");
        assertEquals(200, edit.status(), edit::toString);
        assertEquals("Only the copy", map(copyMap).get("title").asText());
        assertEquals(before.get("title"), map(originalMap).get("title"), "the original is untouched");
        assertEquals(before.get("version"), map(originalMap).get("version"));
    }

    @Test
    void pageWithoutTemplate_offersTheChooser_andCreatesNoMap_untilOneIsPicked() {
        ApiResponse created = alice.site("/host/pages", "POST",
                "{\"spaceKey\":\"DEMO\",\"title\":\"Chooser page\",\"template\":\"\",\"language\":\"en\"}");
        assertEquals(201, created.status(), created::toString);
        long page = created.json().get("id").asLong();

        String asAlice = view(alice, page);
        String asBob = view(bob, page);

        assertTrue(asAlice.contains("data-needs-template=\"true\" data-page-id=\"" + page + "\""), asAlice);
        assertTrue(asAlice.contains("Choose a template to start this journey map."), asAlice);
        assertTrue(asBob.contains("This journey map has not been started yet."), asBob);
        assertTrue(mapIds(page).isEmpty(), "viewing the page created no map");
        Matcher key = Pattern.compile("data-macro-key=\"([^\"]+)\"").matcher(asAlice);
        assertTrue(key.find(), asAlice);

        ApiResponse picked = alice.post("/maps", "{\"pageId\":" + page + ",\"template\":\"buying-a-car\","
                + "\"language\":\"en\",\"macroKey\":\"" + key.group(1) + "\"}");
        assertEquals(201, picked.status(), picked::toString);
        long mapId = picked.json().get("id").asLong();
        String after = view(alice, page);

        assertEquals(List.of(mapId), mapIds(page));
        assertTrue(after.contains("data-map-id=\"" + mapId + "\""), after);
        assertFalse(after.contains("data-needs-template"), after);
        assertEquals(List.of(mapId), mapIds(page), "showing the picked map made no other");
    }

    @Test
    void pageWithTemplate_stillCreatesItsMapOnFirstView() {
        long page = host.createDemoPage("Template page");

        String html = view(bob, page);

        List<Long> ids = mapIds(page);
        assertEquals(1, ids.size());
        assertTrue(html.contains("data-map-id=\"" + ids.get(0) + "\""), html);
        assertFalse(html.contains("data-needs-template"), html);
    }

    private static String view(ApiClient user, long pageId) {
        ApiResponse page = user.site("/pages/" + pageId, "GET", null);
        assertEquals(200, page.status(), page::toString);
        return page.body();
    }

    private static List<Long> mapIds(long pageId) {
        ApiResponse maps = alice.get("/pages/" + pageId + "/maps");
        assertEquals(200, maps.status(), maps::toString);
        List<Long> ids = new ArrayList<>();
        maps.json().forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    private static JsonNode map(long mapId) {
        ApiResponse map = alice.get("/maps/" + mapId);
        assertEquals(200, map.status(), map::toString);
        return map.json();
    }

    private static List<String> texts(JsonNode map) {
        List<String> texts = new ArrayList<>();
        map.get("cards").forEach(c -> texts.add(c.path("fields").path("text").asText()));
        return texts;
    }
}
