package io.journeymaps.history.rest;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static io.journeymaps.testsupport.http.ApiAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.journeymaps.standalone.site.Grant;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/** The history endpoints over HTTP on the standalone host: shapes, errors, restore. */
class HistoryRestTest {
    @TempDir
    static Path folder;
    private static RestHost host;

    @BeforeAll
    static void start() throws Exception {
        host = RestHost.start(folder);
        // a second editor, so that revisions by two authors can be made
        host.site().store().setGrant("DEMO", "bob", Grant.EDIT);
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    /** Renames the map's first stage as the user; returns the new version. */
    static long renameFirstStage(ApiClient client, long mapId, String name) {
        JsonNode map = client.get("/maps/" + mapId).json();
        String body = "{\"baseVersion\":" + map.get("version").asLong() + ",\"operations\":[{\"type\":\"renameStage\","
                + "\"stageId\":\"" + map.get("stages").get(0).get("id").asText() + "\",\"name\":\"" + name + "\"}]}";
        ApiResponse r = client.post("/maps/" + mapId + "/operations", body);
        assertEquals(200, r.status(), r::toString);
        return r.json().get("version").asLong();
    }

    private static long newMap() {
        return host.createMap(host.pageId(RestHost.DEMO_PAGE)).get("id").asLong();
    }

    @Test
    void revisions_listsNewestFirst_withAuthorNameAndKind() {
        long mapId = newMap();
        renameFirstStage(host.as("alice"), mapId, "First");
        renameFirstStage(host.as("alice"), mapId, "Second");
        renameFirstStage(host.as("bob"), mapId, "Third");

        ApiResponse r = host.as("bob").get("/maps/" + mapId + "/revisions");

        assertEquals(200, r.status(), r::toString);
        JsonNode body = r.json();
        assertEquals(mapId, body.get("mapId").asLong());
        List<Long> versions = new ArrayList<>();
        body.get("revisions").forEach(x -> versions.add(x.get("version").asLong()));
        assertEquals(List.of(4L, 3L, 1L), versions);
        JsonNode newest = body.get("revisions").get(0);
        assertEquals("bob", newest.get("author").asText());
        assertTrue(newest.get("authorName").isTextual(), newest::toString);
        assertEquals("Stage “Third” edited", newest.get("summary").asText());
        assertEquals("EDIT", newest.get("kind").asText());
        Instant.parse(newest.get("created").asText());
        assertEquals("CREATE", body.get("revisions").get(2).get("kind").asText());
        assertTrue(body.get("revisions").get(2).get("summary").asText().startsWith("Map created from template “"));
    }

    @Test
    void revision_returnsTheRevisionAndTheMapAsItWas() {
        long mapId = newMap();
        JsonNode v1 = host.as("alice").get("/maps/" + mapId).json();
        renameFirstStage(host.as("bob"), mapId, "Changed");

        ApiResponse r = host.as("bob").get("/maps/" + mapId + "/revisions/1");

        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.json().get("revision").get("version").asLong());
        JsonNode map = r.json().get("map");
        assertEquals(1, map.get("version").asLong());
        assertEquals(v1.get("stages"), map.get("stages"));
        assertEquals(v1.get("cards"), map.get("cards"));
        assertEquals(v1.get("title"), map.get("title"));
        assertError(host.as("bob").get("/maps/" + mapId + "/revisions/99"), 404, "not_found");
        assertError(host.as("bob").get("/maps/" + mapId + "/revisions/abc"), 404, "not_found");
    }

    @Test
    void compare_listsChangedIdsAndBothMaps() {
        long mapId = newMap();
        long v2 = renameFirstStage(host.as("bob"), mapId, "Changed");
        String stageId = host.as("alice").get("/maps/" + mapId).json().get("stages").get(0).get("id").asText();

        ApiResponse r = host.as("bob").get("/maps/" + mapId + "/compare?from=1&to=" + v2);

        assertEquals(200, r.status(), r::toString);
        JsonNode body = r.json();
        assertEquals(1, body.get("from").get("version").asLong());
        assertEquals(v2, body.get("to").get("version").asLong());
        assertEquals("[\"" + stageId + "\"]", body.get("stages").get("changed").toString());
        assertEquals("[]", body.get("stages").get("added").toString());
        for (String kind : List.of("steps", "lanes", "cards")) {
            assertEquals("{\"added\":[],\"removed\":[],\"changed\":[]}", body.get(kind).toString(), kind);
        }
        assertEquals(1, body.get("fromMap").get("version").asLong());
        assertEquals("Changed", body.get("toMap").get("stages").get(0).get("name").asText());
    }

    @Test
    void compare_namesFromOrToWhenMissingNotANumberOrUnknown() {
        long mapId = newMap();
        ApiClient bob = host.as("bob");

        assertInvalid(bob.get("/maps/" + mapId + "/compare?to=1"), "from");
        assertInvalid(bob.get("/maps/" + mapId + "/compare?from=1"), "to");
        assertInvalid(bob.get("/maps/" + mapId + "/compare?from=x&to=1"), "from");
        assertInvalid(bob.get("/maps/" + mapId + "/compare?from=1&to=7"), "to");
        assertInvalid(bob.get("/maps/" + mapId + "/compare?from=9&to=1"), "from");
    }

    @Test
    void restore_makesANewVersionAndRevision_andTheMapShowsTheOldContent() {
        long mapId = newMap();
        String original = host.as("alice").get("/maps/" + mapId).json().get("stages").get(0).get("name").asText();
        renameFirstStage(host.as("bob"), mapId, "Changed");

        ApiResponse r = host.as("alice").post("/maps/" + mapId + "/revisions/1/restore", "");

        assertEquals(200, r.status(), r::toString);
        assertEquals(3, r.json().get("version").asLong());
        assertEquals("Restored version 1", r.json().get("revision").get("summary").asText());
        assertEquals("RESTORE", r.json().get("revision").get("kind").asText());
        assertEquals(3, r.json().get("revision").get("version").asLong());
        assertEquals(original, r.json().get("map").get("stages").get(0).get("name").asText());
        JsonNode now = host.as("bob").get("/maps/" + mapId).json();
        assertEquals(3, now.get("version").asLong());
        assertEquals(original, now.get("stages").get(0).get("name").asText());
        assertEquals(3, host.as("bob").get("/maps/" + mapId + "/revisions").json().get("revisions").size());
        assertEquals("Changed", host.as("bob").get("/maps/" + mapId + "/revisions/2").json()
                .get("map").get("stages").get(0).get("name").asText());
    }

    @Test
    void restore_ofAnUnknownVersion_isAnErrorOnVersion() {
        long mapId = newMap();

        assertInvalid(host.as("alice").post("/maps/" + mapId + "/revisions/5/restore", ""), "version");
        assertInvalid(host.as("alice").post("/maps/" + mapId + "/revisions/x/restore", ""), "version");
        assertEquals(1, host.as("alice").get("/maps/" + mapId).json().get("version").asLong());
    }

    @Test
    void unknownMap_is404() {
        assertError(host.as("alice").get("/maps/987654/revisions"), 404, "not_found");
        assertError(host.as("alice").post("/maps/987654/revisions/1/restore", ""), 404, "not_found");
    }
}
