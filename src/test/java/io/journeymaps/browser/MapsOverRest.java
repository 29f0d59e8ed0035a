package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.journeymaps.testsupport.browser.Waits;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/** What the server stored, read over REST as alice: the truth the browser tests check against. */
final class MapsOverRest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Saving follows within a second; live updates within a few seconds: generous for a loaded machine. */
    static final Duration STORED = Duration.ofSeconds(20);

    private final RestHost host;
    private final ApiClient alice;

    MapsOverRest(RestHost host) {
        this.host = host;
        this.alice = host.as("alice");
    }

    /** A new DEMO page with one journey-map macro (template "" = the chooser); returns its id. */
    long createPage(String title, String template, String language) {
        String body = JSON.valueToTree(Map.of("spaceKey", "DEMO", "title", title, "template", template,
                "language", language)).toString();
        ApiResponse created = alice.site("/host/pages", "POST", body);
        assertEquals(201, created.status(), created::toString);
        return created.json().get("id").asLong();
    }

    /** The page's maps, after the server rendered it once (which creates maps from templates). */
    List<Long> mapsOfPage(long pageId) {
        ApiResponse maps = alice.get("/pages/" + pageId + "/maps");
        assertEquals(200, maps.status(), maps::toString);
        List<Long> ids = new ArrayList<>();
        maps.json().forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    /** Renders the page once on the server (so its template map exists) and returns its only map. */
    JsonNode firstMapOf(long pageId) {
        ApiResponse page = alice.site("/pages/" + pageId, "GET", null);
        assertEquals(200, page.status(), page::toString);
        List<Long> ids = mapsOfPage(pageId);
        assertEquals(1, ids.size(), "maps of page " + pageId);
        return map(ids.get(0));
    }

    JsonNode map(long mapId) {
        ApiResponse map = alice.get("/maps/" + mapId);
        assertEquals(200, map.status(), map::toString);
        return map.json();
    }

    /** Waits until the stored map satisfies the condition; fails naming it and showing the map's version. */
    JsonNode eventually(long mapId, String what, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        Waits.until("the server to store " + what, STORED, () -> condition.test(last[0] = map(mapId)),
                () -> last[0] == null ? "nothing" : "version " + last[0].get("version") + ": " + abbreviated(last[0]));
        return last[0];
    }

    /** Applies operations as alice (the "other editor") against the current version. */
    JsonNode apply(long mapId, String operationsJson) {
        long version = map(mapId).get("version").asLong();
        ApiResponse applied = alice.post("/maps/" + mapId + "/operations",
                "{\"baseVersion\":" + version + ",\"operations\":" + operationsJson + "}");
        assertEquals(200, applied.status(), applied::toString);
        return applied.json();
    }

    static String laneOfType(JsonNode map, String type) {
        for (JsonNode lane : map.get("lanes")) {
            if (lane.get("type").asText().equals(type)) {
                return lane.get("id").asText();
            }
        }
        throw new AssertionError("no " + type + " lane in map " + map.get("id"));
    }

    static List<String> stepIds(JsonNode map) {
        List<String> ids = new ArrayList<>();
        map.get("stages").forEach(s -> s.get("steps").forEach(st -> ids.add(st.get("id").asText())));
        return ids;
    }

    static List<String> names(JsonNode map, String collection) {
        List<String> names = new ArrayList<>();
        map.get(collection).forEach(e -> names.add(e.get("name").asText()));
        return names;
    }

    static List<JsonNode> cardsIn(JsonNode map, String laneId) {
        List<JsonNode> cards = new ArrayList<>();
        map.get("cards").forEach(c -> {
            if (c.get("laneId").asText().equals(laneId)) {
                cards.add(c);
            }
        });
        return cards;
    }

    static Optional<JsonNode> card(JsonNode map, String cardId) {
        for (JsonNode c : map.get("cards")) {
            if (c.get("id").asText().equals(cardId)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static String cardText(JsonNode map, String cardId) {
        return card(map, cardId).map(c -> c.path("fields").path("text").asText()).orElse(null);
    }

    /** The general curve's score of a step, or null. */
    static Integer generalScore(JsonNode map, String stepId) {
        for (JsonNode e : map.get("emotions")) {
            if (e.get("stepId").asText().equals(stepId) && (e.path("personaId").isNull() || e.path("personaId").isMissingNode())) {
                return e.get("score").asInt();
            }
        }
        return null;
    }

    RestHost host() {
        return host;
    }

    private static String abbreviated(JsonNode map) {
        String s = map.toString();
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
