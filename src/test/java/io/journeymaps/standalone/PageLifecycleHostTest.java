package io.journeymaps.standalone;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.journeymaps.comment.store.CommentEntity;
import io.journeymaps.history.store.RevisionEntity;
import io.journeymaps.jira.store.JiraPendingEntity;
import io.journeymaps.map.store.CardEntity;
import io.journeymaps.map.store.MapEntity;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The standalone host's page copy, trash, restore and purge over HTTP, with the page events
 * reaching the plugin: the copy gets its own maps, trashed pages' maps answer 404 until restored,
 * purged pages' maps are gone with every row.
 */
class PageLifecycleHostTest {
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

    /** A new page with a map made through the REST API (and edited once); returns the map JSON. */
    private static JsonNode pageWithMap(String title) {
        long pageId = host.createDemoPage(title);
        JsonNode map = host.createMap(pageId);
        setFirstCardText(map, "Original text");
        return alice.get("/maps/" + map.get("id").asLong()).json();
    }

    private static void setFirstCardText(JsonNode map, String text) {
        String cardId = map.get("cards").get(0).get("id").asText();
        String op = JsonNodeFactory.instance.objectNode().put("type", "updateCard").put("cardId", cardId)
                .set("fields", JsonNodeFactory.instance.objectNode().put("text", text)).toString();
        ApiResponse applied = alice.post("/maps/" + map.get("id").asLong() + "/operations",
                "{\"baseVersion\":" + map.get("version").asLong() + ",\"operations\":[" + op + "]}");
        assertEquals(200, applied.status(), applied::toString);
    }

    private static String firstCardText(long mapId) {
        return alice.get("/maps/" + mapId).json().get("cards").get(0).get("fields").path("text").asText();
    }

    private static List<JsonNode> mapsOfPage(long pageId) {
        ApiResponse listed = alice.get("/pages/" + pageId + "/maps");
        assertEquals(200, listed.status(), listed::toString);
        JsonNode body = listed.json();
        JsonNode items = body.isArray() ? body : body.get("maps");
        List<JsonNode> maps = new ArrayList<>();
        items.forEach(maps::add);
        return maps;
    }

    private static ApiResponse pageAction(ApiClient who, long pageId, String action) {
        return who.site("/host/pages/" + pageId + "/" + action, "POST", "{}");
    }

    private static int rows(Class<? extends RawEntity<?>> type, long mapId) {
        AoDatabase db = host.wiring().database().aoDatabase();
        @SuppressWarnings({"unchecked", "rawtypes"})
        int count = db.count((Class) type, Query.select().where((type == MapEntity.class ? "ID" : "MAP_ID") + " = ?", mapId));
        return count;
    }

    @Test
    void copy_givesTheCopyItsOwnMap_beforeAnyoneOpensIt() {
        JsonNode original = pageWithMap("Lifecycle copy source");
        long sourcePage = original.get("pageId").asLong();

        ApiResponse copied = pageAction(alice, sourcePage, "copy");

        assertEquals(201, copied.status(), copied::toString);
        long copyPage = copied.json().get("id").asLong();
        List<JsonNode> forks = mapsOfPage(copyPage);
        assertEquals(1, forks.size());
        long forkId = forks.get(0).get("id").asLong();
        assertNotEquals(original.get("id").asLong(), forkId);
        assertEquals(original.get("macroKey").asText(), forks.get(0).get("macroKey").asText());
        assertEquals("Original text", firstCardText(forkId));

        setFirstCardText(alice.get("/maps/" + forkId).json(), "Changed in the copy");

        assertEquals("Changed in the copy", firstCardText(forkId));
        assertEquals("Original text", firstCardText(original.get("id").asLong()));
    }

    @Test
    void trash_hidesTheMap_andRestore_bringsItBackUnchanged() {
        JsonNode map = pageWithMap("Lifecycle trash and restore");
        long mapId = map.get("id").asLong();
        long pageId = map.get("pageId").asLong();
        String before = alice.get("/maps/" + mapId).body();

        ApiResponse trashed = pageAction(alice, pageId, "delete");

        assertEquals(200, trashed.status(), trashed::toString);
        assertError(alice.get("/maps/" + mapId), 404, "not_found");
        JsonNode trash = alice.site("/host/pages?status=trashed&spaceKey=DEMO", "GET", null).json();
        assertTrue(trash.findValues("id").stream().anyMatch(id -> id.asLong() == pageId), trash::toString);

        ApiResponse restored = pageAction(alice, pageId, "restore");

        assertEquals(200, restored.status(), restored::toString);
        ApiResponse after = alice.get("/maps/" + mapId);
        assertEquals(200, after.status(), after::toString);
        assertEquals(before, after.body());
    }

    @Test
    void purge_removesTheMapWithEveryRow_andLeavesTheCopy() {
        JsonNode map = pageWithMap("Lifecycle purge");
        long mapId = map.get("id").asLong();
        long pageId = map.get("pageId").asLong();
        ApiResponse thread = alice.post("/maps/" + mapId + "/comments",
                "{\"anchor\":{\"type\":\"MAP\"},\"body\":\"Before the purge\"}");
        assertEquals(201, thread.status(), thread::toString);
        long copyPage = pageAction(alice, pageId, "copy").json().get("id").asLong();
        long copyMap = mapsOfPage(copyPage).get(0).get("id").asLong();
        assertTrue(rows(CardEntity.class, mapId) > 0 && rows(CommentEntity.class, mapId) == 1);
        assertTrue(rows(RevisionEntity.class, mapId) > 0, "the edit left a revision");

        assertEquals(200, pageAction(alice, pageId, "delete").status());
        ApiResponse purged = pageAction(alice, pageId, "purge");

        assertEquals(200, purged.status(), purged::toString);
        for (Class<? extends RawEntity<?>> type : List.of(MapEntity.class, CardEntity.class, CommentEntity.class,
                RevisionEntity.class, JiraPendingEntity.class)) {
            assertEquals(0, rows(type, mapId), type.getSimpleName());
        }
        assertError(alice.get("/maps/" + mapId), 404, "not_found");
        assertEquals(200, alice.get("/maps/" + copyMap).status(), "the copy keeps its own map");
        assertEquals(404, pageAction(alice, pageId, "restore").status(), "a purged page is gone from the trash");
    }

    @Test
    void purgeAndRestore_workOnlyOnTrashedPages_forSpaceEditors() {
        JsonNode map = pageWithMap("Lifecycle permissions");
        long pageId = map.get("pageId").asLong();

        assertEquals(404, pageAction(alice, pageId, "purge").status(), "a current page is not in the trash");
        assertEquals(200, pageAction(alice, pageId, "delete").status());
        assertEquals(403, pageAction(host.as("bob"), pageId, "purge").status());
        assertEquals(403, pageAction(host.as("bob"), pageId, "restore").status());
        assertEquals(404, pageAction(host.as("carol"), pageId, "restore").status());
        assertEquals(0, host.as("bob").site("/host/pages?status=trashed&spaceKey=DEMO", "GET", null).json().size(),
                "viewers do not see the trash");

        assertError(alice.get("/maps/" + map.get("id").asLong()), 404, "not_found");
        assertEquals(200, pageAction(alice, pageId, "restore").status());
        assertEquals(200, alice.get("/maps/" + map.get("id").asLong()).status());
    }

    @Test
    void deleteMap_overRest_removesItsCommentsToo() {
        JsonNode map = pageWithMap("Lifecycle map delete");
        long mapId = map.get("id").asLong();
        assertEquals(201, alice.post("/maps/" + mapId + "/comments",
                "{\"anchor\":{\"type\":\"MAP\"},\"body\":\"Soon gone\"}").status());
        assertTrue(rows(RevisionEntity.class, mapId) > 0, "the edit left a revision");

        assertEquals(204, alice.delete("/maps/" + mapId).status());

        assertEquals(0, rows(MapEntity.class, mapId));
        assertEquals(0, rows(CommentEntity.class, mapId));
        assertEquals(0, rows(RevisionEntity.class, mapId));
    }

    @Test
    void spacePage_showsTheTrashWithRestoreAndPurge_toEditorsOnly() {
        long pageId = host.createDemoPage("Lifecycle <trash> & view");
        assertEquals(200, pageAction(alice, pageId, "delete").status());

        String aliceView = alice.site("/spaces/DEMO", "GET", null).body();
        String bobView = host.as("bob").site("/spaces/DEMO", "GET", null).body();

        assertTrue(aliceView.contains("id=\"trash\""), aliceView);
        assertTrue(aliceView.contains("id=\"restore-page-" + pageId + "\""));
        assertTrue(aliceView.contains("action=\"/host/pages/" + pageId + "/purge\""));
        assertTrue(aliceView.contains("Lifecycle &lt;trash&gt; &amp; view"));
        assertTrue(!bobView.contains("id=\"trash\"") && !bobView.contains("restore-page-"));
    }
}
