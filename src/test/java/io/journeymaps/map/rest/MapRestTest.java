package io.journeymaps.map.rest;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/** The map endpoints' status codes, headers and bodies, over HTTP as alice (who edits DEMO). */
class MapRestTest {
    @TempDir
    static Path folder;
    private static RestHost host;
    private static ApiClient alice;

    @BeforeAll
    static void start() throws Exception {
        host = RestHost.start(folder);
        alice = host.as("alice");
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @Test
    void createMap_answers201_withLocationETagAndTheWholeMap() {
        long pageId = host.pageId(RestHost.DEMO_PAGE);

        ApiResponse created = alice.post("/maps",
                "{\"pageId\":" + pageId + ",\"template\":\"awareness-to-advocacy\",\"title\":\"Checkout journey\"}");

        assertEquals(201, created.status(), created::toString);
        JsonNode map = created.json();
        long id = map.get("id").asLong();
        assertTrue(created.header("Location").orElseThrow().endsWith("/rest/journey-maps/1.0/maps/" + id),
                created.header("Location")::toString);
        assertEquals("\"1\"", created.header("ETag").orElseThrow());
        assertEquals(1, map.get("version").asInt());
        assertEquals(pageId, map.get("pageId").asLong());
        assertEquals("DEMO", map.get("spaceKey").asText());
        assertEquals("Checkout journey", map.get("title").asText());
        assertEquals("awareness-to-advocacy", map.get("templateId").asText());
        assertEquals(5, map.get("stages").size());
        assertTrue(map.get("stages").get(0).get("steps").size() > 0);
        assertTrue(map.get("lanes").size() > 0);
        assertTrue(map.get("cards").size() > 0);
        assertTrue(map.get("cards").get(0).has("fields"));
        assertTrue(map.get("personas").isArray());
        assertEquals(map, alice.get("/maps/" + id).json(), "GET returns what POST answered");
    }

    @Test
    void getMap_withTheCurrentVersionAsIfNoneMatch_is304() {
        long id = newMap();

        ApiResponse quoted = alice.with("If-None-Match", "\"1\"").get("/maps/" + id);
        ApiResponse bare = alice.with("If-None-Match", "1").get("/maps/" + id);
        ApiResponse stale = alice.with("If-None-Match", "\"0\"").get("/maps/" + id);

        assertEquals(304, quoted.status());
        assertEquals("", quoted.body());
        assertEquals("\"1\"", quoted.header("ETag").orElseThrow());
        assertEquals(304, bare.status());
        assertEquals(200, stale.status());
        assertEquals("\"1\"", stale.header("ETag").orElseThrow());
    }

    @Test
    void getMap_afterAnEdit_isNoLonger304() {
        long id = newMap();
        apply(id, 1, "{\"type\":\"setMapFields\",\"fields\":{\"goal\":\"Faster checkout\"}}");

        ApiResponse response = alice.with("If-None-Match", "\"1\"").get("/maps/" + id);

        assertEquals(200, response.status());
        assertEquals("\"2\"", response.header("ETag").orElseThrow());
        assertEquals("Faster checkout", response.json().get("goal").asText());
    }

    @Test
    void version_answersIdVersionAndCommentStampOnly() {
        long id = newMap();

        JsonNode version = alice.get("/maps/" + id + "/version").json();

        assertEquals(id, version.get("id").asLong());
        assertEquals(1, version.get("version").asInt());
        assertEquals("0", version.get("comments").asText());
        assertEquals(3, version.size());
    }

    @Test
    void applyOperations_answersVersionAndApplied_andEachBatchAddsOne() {
        long id = newMap();
        String stageId = stageIds(id).get(0);

        ApiResponse first = apply(id, 1, "{\"type\":\"renameStage\",\"stageId\":\"" + stageId + "\",\"name\":\"Noticing\"}",
                "{\"type\":\"setMapFields\",\"fields\":{\"goal\":\"Two ops, one version\"}}");
        ApiResponse second = apply(id, 2, "{\"type\":\"setMapFields\",\"fields\":{\"direction\":\"RTL\"}}");

        assertEquals(200, first.status(), first::toString);
        assertEquals(2, first.json().get("version").asInt());
        JsonNode applied = first.json().get("applied");
        assertEquals(2, applied.size());
        assertEquals("renameStage", applied.get(0).get("type").asText());
        assertEquals("Noticing", applied.get(0).get("name").asText());
        assertEquals(3, second.json().get("version").asInt());
        JsonNode map = alice.get("/maps/" + id).json();
        assertEquals(3, map.get("version").asInt());
        assertEquals("Noticing", map.get("stages").get(0).get("name").asText());
        assertEquals("RTL", map.get("direction").asText());
    }

    @Test
    void twoEditors_changingDifferentCardsFromTheSameVersion_bothKeepTheirWork() {
        long id = newMap();
        List<String> cards = cardIds(id);

        ApiResponse mine = apply(id, 1, updateText(cards.get(0), "Mine"));
        ApiResponse theirs = host.as("alice").with("X-Client", "second editor")
                .post("/maps/" + id + "/operations", batch(1, updateText(cards.get(1), "Theirs")));

        assertEquals(200, mine.status(), mine::toString);
        assertEquals(200, theirs.status(), theirs::toString);
        assertEquals(3, theirs.json().get("version").asInt());
        JsonNode map = alice.get("/maps/" + id).json();
        assertEquals("Mine", cardText(map, cards.get(0)));
        assertEquals("Theirs", cardText(map, cards.get(1)));
    }

    /**
     * Many editors at once: each batch is stored whole, or refused with 503 "busy" and nothing
     * stored, never a 500; sent again, every batch gets in and no edit is lost.
     */
    @Test
    void editorsPostingAtTheSameMoment_allKeepTheirWork() throws Exception {
        long id = newMap();
        List<String> cards = cardIds(id);
        ExecutorService pool = Executors.newFixedThreadPool(cards.size());
        List<Future<ApiResponse>> posts = new ArrayList<>();
        try {
            for (String card : cards) {
                posts.add(pool.submit(() -> applyUntilStored(id, updateText(card, "Edited " + card))));
            }
            for (Future<ApiResponse> post : posts) {
                ApiResponse response = post.get(60, TimeUnit.SECONDS);
                assertEquals(200, response.status(), response::toString);
            }
        } finally {
            pool.shutdownNow();
        }

        JsonNode map = alice.get("/maps/" + id).json();
        assertEquals(1 + cards.size(), map.get("version").asInt());
        cards.forEach(card -> assertEquals("Edited " + card, cardText(map, card)));
    }

    @Test
    void twoEditors_changingTheSameFieldFromTheSameVersion_theLaterGets409WithBothValues() {
        long id = newMap();
        String card = cardIds(id).get(0);
        apply(id, 1, updateText(card, "Stored first"));

        ApiResponse later = apply(id, 1, updateText(card, "Sent later"));

        assertEquals(409, later.status(), later::toString);
        JsonNode body = later.json();
        assertEquals(2, body.get("currentVersion").asInt());
        JsonNode conflict = body.get("conflicts").get(0);
        assertEquals("card", conflict.get("element").get("type").asText());
        assertEquals(card, conflict.get("element").get("id").asText());
        assertEquals("text", conflict.get("field").asText());
        assertEquals("Stored first", conflict.get("theirs").asText());
        assertEquals("Sent later", conflict.get("yours").asText());
        assertEquals("changed", conflict.get("reason").asText());
        assertEquals(0, conflict.get("operationIndex").asInt());
        JsonNode map = alice.get("/maps/" + id).json();
        assertEquals(2, map.get("version").asInt(), "a conflicted batch stores nothing");
        assertEquals("Stored first", cardText(map, card));
    }

    @Test
    void deleteMap_is204_thenTheMapIsGone() {
        long id = newMap();

        ApiResponse deleted = alice.delete("/maps/" + id);

        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals("", deleted.body());
        assertError(alice.get("/maps/" + id), 404, "not_found");
        assertError(alice.get("/maps/" + id + "/version"), 404, "not_found");
        assertError(alice.delete("/maps/" + id), 404, "not_found");
    }

    @Test
    void pageMaps_listsTheMapsOfThePage_asSummaries() {
        long pageId = host.createDemoPage("Page with listed maps");
        long first = host.createMap(pageId, "saas-onboarding").get("id").asLong();
        long second = host.createMap(pageId, "buying-a-car").get("id").asLong();
        long elsewhere = newMap();

        JsonNode list = alice.get("/pages/" + pageId + "/maps").json();

        List<Long> ids = new ArrayList<>();
        list.forEach(m -> ids.add(m.get("id").asLong()));
        assertTrue(ids.containsAll(List.of(first, second)), ids::toString);
        assertFalse(ids.contains(elsewhere));
        JsonNode summary = list.get(ids.indexOf(first));
        assertEquals(pageId, summary.get("pageId").asLong());
        assertEquals("saas-onboarding", summary.get("templateId").asText());
        assertFalse(summary.has("cards"), "a summary leaves out the map's elements");
    }

    @Test
    void templates_inArabic_areSixWithArabicNames() {
        ApiResponse response = alice.get("/templates?language=ar");

        assertEquals(200, response.status(), response::toString);
        JsonNode templates = response.json();
        assertEquals(6, templates.size());
        for (JsonNode t : templates) {
            assertEquals("ar", t.get("language").asText());
            assertTrue(t.get("name").asText().codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF),
                    "Arabic name: " + t.get("name").asText());
            assertTrue(t.get("stageCount").asInt() > 0);
        }
        List<String> ids = new ArrayList<>();
        templates.forEach(t -> ids.add(t.get("id").asText()));
        assertTrue(ids.containsAll(List.of("awareness-to-advocacy", "saas-onboarding", "buying-a-car")), ids::toString);
    }

    @Test
    void arabicText_roundTripsThroughTheApi() {
        long id = newMap();
        String card = cardIds(id).get(0);

        apply(id, 1, updateText(card, "الدفع بطيء جدا"));

        assertEquals("الدفع بطيء جدا", cardText(alice.get("/maps/" + id).json(), card));
    }

    private static long newMap() {
        return host.createMap(host.pageId(RestHost.DEMO_PAGE)).get("id").asLong();
    }

    static String batch(long baseVersion, String... operations) {
        return "{\"baseVersion\":" + baseVersion + ",\"operations\":[" + String.join(",", operations) + "]}";
    }

    private static ApiResponse apply(long mapId, long baseVersion, String... operations) {
        return alice.post("/maps/" + mapId + "/operations", batch(baseVersion, operations));
    }

    private static ApiResponse applyUntilStored(long mapId, String operation) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            ApiResponse response = apply(mapId, 1, operation);
            if (response.status() != 503 || attempt == 20) {
                return response;
            }
            assertEquals("busy", response.json().get("error").asText());
            assertEquals("1", response.header("Retry-After").orElseThrow());
            Thread.sleep(ThreadLocalRandom.current().nextInt(10, 60));
        }
    }

    static String updateText(String cardId, String text) {
        return "{\"type\":\"updateCard\",\"cardId\":\"" + cardId + "\",\"fields\":{\"text\":\"" + text + "\"}}";
    }

    private static List<String> cardIds(long mapId) {
        List<String> ids = new ArrayList<>();
        alice.get("/maps/" + mapId).json().get("cards").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    private static List<String> stageIds(long mapId) {
        List<String> ids = new ArrayList<>();
        alice.get("/maps/" + mapId).json().get("stages").forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    private static String cardText(JsonNode map, String cardId) {
        for (JsonNode c : map.get("cards")) {
            if (c.get("id").asText().equals(cardId)) {
                return c.get("fields").path("text").asText();
            }
        }
        throw new AssertionError("no card " + cardId);
    }
}
