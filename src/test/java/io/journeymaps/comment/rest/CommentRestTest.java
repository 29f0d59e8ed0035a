package io.journeymaps.comment.rest;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static io.journeymaps.testsupport.http.ApiAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/** Comment threads over HTTP: start, reply, edit, delete, resolve, reopen, removed anchors, validation. */
class CommentRestTest {
    @TempDir
    static Path folder;
    private static RestHost host;
    private static ApiClient alice;
    private static ApiClient bob;

    @BeforeAll
    static void start() throws Exception {
        host = RestHost.start(folder);
        alice = host.as("alice");
        bob = host.as("bob");
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    static long newMap(RestHost host) {
        return host.createMap(host.pageId(RestHost.DEMO_PAGE)).get("id").asLong();
    }

    static String thread(String type, String id, String body) {
        return JsonNodeFactory.instance.objectNode().put("body", body)
                .set("anchor", JsonNodeFactory.instance.objectNode().put("type", type).put("id", id)).toString();
    }

    static String text(String body) {
        return JsonNodeFactory.instance.objectNode().put("body", body).toString();
    }

    static List<String> ids(RestHost host, long mapId, String kind) {
        List<String> ids = new ArrayList<>();
        host.as("alice").get("/maps/" + mapId).json().get(kind).forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    static long startThread(ApiClient who, long mapId, String type, String id, String body) {
        ApiResponse created = who.post("/maps/" + mapId + "/comments", thread(type, id, body));
        assertEquals(201, created.status(), created::toString);
        return created.json().get("id").asLong();
    }

    private static JsonNode list(long mapId) {
        ApiResponse listed = alice.get("/maps/" + mapId + "/comments");
        assertEquals(200, listed.status(), listed::toString);
        return listed.json();
    }

    @Test
    void threadWithReplies_isListedWithAuthorsTimesAndCounts() {
        long mapId = newMap(host);
        String cardId = ids(host, mapId, "cards").get(0);

        ApiResponse created = bob.post("/maps/" + mapId + "/comments", thread("CARD", cardId, "Is this\nstill true?"));
        long rootId = created.json().get("id").asLong();
        ApiResponse reply = alice.post("/comments/" + rootId + "/replies", text("Yes <b>still</b>"));
        ApiResponse replyToReply = bob.post("/comments/" + reply.json().get("id").asLong() + "/replies", text("Thanks"));
        startThread(alice, mapId, "MAP", null, "Overall looks good");

        assertEquals(201, created.status(), created::toString);
        assertEquals("bob", created.json().get("author").asText());
        assertEquals("CARD", created.json().get("anchor").get("type").asText());
        assertEquals(cardId, created.json().get("anchor").get("id").asText());
        assertFalse(created.json().get("anchorRemoved").asBoolean());
        assertEquals(201, reply.status(), reply::toString);
        assertEquals(rootId, reply.json().get("parentId").asLong());
        assertEquals(rootId, replyToReply.json().get("parentId").asLong(), "a reply to a reply joins the thread");

        JsonNode listed = list(mapId);
        assertTrue(listed.get("canComment").asBoolean());
        assertTrue(listed.get("canModerate").asBoolean());
        assertEquals(2, listed.get("threads").size());
        JsonNode first = listed.get("threads").get(0);
        assertEquals("Is this\nstill true?", first.get("body").asText());
        assertFalse(first.get("created").asText().isEmpty());
        assertTrue(first.get("edited").isNull());
        assertFalse(first.get("resolved").asBoolean());
        assertEquals(List.of("Yes <b>still</b>", "Thanks"),
                List.of(first.get("replies").get(0).get("body").asText(), first.get("replies").get(1).get("body").asText()));
        assertEquals("alice", first.get("replies").get(0).get("author").asText());
        JsonNode mapThread = listed.get("threads").get(1);
        assertEquals("MAP", mapThread.get("anchor").get("type").asText());
        assertTrue(mapThread.get("anchor").get("id").isNull());

        JsonNode cardCount = count(listed, "CARD", cardId);
        assertEquals(1, cardCount.get("threads").asInt());
        assertEquals(1, cardCount.get("open").asInt());
        assertEquals(3, cardCount.get("comments").asInt());
        assertEquals(1, count(listed, "MAP", null).get("comments").asInt());
    }

    @Test
    void editOwn_isStoredAndMarkedEdited_butOthersCommentsAre403() {
        long mapId = newMap(host);
        long id = startThread(bob, mapId, "MAP", null, "tpyo");

        ApiResponse edited = bob.put("/comments/" + id, text("typo"));
        ApiResponse byAlice = alice.put("/comments/" + id, text("alice was here"));

        assertEquals(200, edited.status(), edited::toString);
        assertEquals("typo", edited.json().get("body").asText());
        assertFalse(edited.json().get("edited").isNull());
        assertError(byAlice, 403, "forbidden");
        assertEquals("typo", list(mapId).get("threads").get(0).get("body").asText());
    }

    @Test
    void delete_ownReply_byAuthor_andAnyComment_byAPageEditor_butNotOthers_byAViewer() {
        long mapId = newMap(host);
        long aliceRoot = startThread(alice, mapId, "MAP", null, "alice's thread");
        long bobReply = bob.post("/comments/" + aliceRoot + "/replies", text("bob's reply")).json().get("id").asLong();
        long bobReply2 = bob.post("/comments/" + aliceRoot + "/replies", text("bob again")).json().get("id").asLong();
        long bobRoot = startThread(bob, mapId, "MAP", null, "bob's thread");
        bob.post("/comments/" + bobRoot + "/replies", text("reply in bob's thread"));

        assertError(bob.delete("/comments/" + aliceRoot), 403, "forbidden");
        assertEquals(204, bob.delete("/comments/" + bobReply).status());
        assertEquals(204, alice.delete("/comments/" + bobReply2).status(), "page editors delete any comment");
        JsonNode afterReplies = list(mapId).get("threads");
        assertEquals(2, afterReplies.size());
        assertEquals(0, afterReplies.get(0).get("replies").size());

        assertEquals(204, alice.delete("/comments/" + bobRoot).status());

        JsonNode threads = list(mapId).get("threads");
        assertEquals(1, threads.size(), "deleting a root deletes its thread");
        assertEquals(aliceRoot, threads.get(0).get("id").asLong());
        assertError(alice.delete("/comments/" + bobRoot), 404, "not_found");
    }

    @Test
    void resolveAndReopen_actOnTheThreadRoot_forAnyCommenter() {
        long mapId = newMap(host);
        long root = startThread(alice, mapId, "MAP", null, "decide on pricing");
        long reply = bob.post("/comments/" + root + "/replies", text("done")).json().get("id").asLong();

        ApiResponse resolved = bob.post("/comments/" + reply + "/resolve", "");

        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals(root, resolved.json().get("id").asLong());
        assertTrue(resolved.json().get("resolved").asBoolean());
        JsonNode listed = list(mapId);
        assertTrue(listed.get("threads").get(0).get("resolved").asBoolean());
        assertEquals(0, count(listed, "MAP", null).get("open").asInt());

        ApiResponse reopened = alice.post("/comments/" + root + "/reopen", "");

        assertEquals(200, reopened.status(), reopened::toString);
        assertFalse(reopened.json().get("resolved").asBoolean());
        assertFalse(list(mapId).get("threads").get(0).get("resolved").asBoolean());
    }

    @Test
    void threadOnADeletedCard_staysReadable_markedAnchorRemoved() {
        long mapId = newMap(host);
        String cardId = ids(host, mapId, "cards").get(0);
        String otherCard = ids(host, mapId, "cards").get(1);
        long id = startThread(bob, mapId, "CARD", cardId, "about this card");
        startThread(bob, mapId, "CARD", otherCard, "about the other card");
        long version = alice.get("/maps/" + mapId).json().get("version").asLong();

        ApiResponse deleted = alice.post("/maps/" + mapId + "/operations", "{\"baseVersion\":" + version
                + ",\"operations\":[{\"type\":\"deleteCard\",\"cardId\":\"" + cardId + "\"}]}");

        assertEquals(200, deleted.status(), deleted::toString);
        JsonNode threads = list(mapId).get("threads");
        assertEquals(2, threads.size());
        assertEquals(id, threads.get(0).get("id").asLong());
        assertEquals("about this card", threads.get(0).get("body").asText());
        assertTrue(threads.get(0).get("anchorRemoved").asBoolean());
        assertFalse(threads.get(1).get("anchorRemoved").asBoolean());
        assertEquals(201, bob.post("/comments/" + id + "/replies", text("still discussable")).status());
        assertInvalid(bob.post("/maps/" + mapId + "/comments", thread("CARD", cardId, "new thread")), "anchor.id");
    }

    @Test
    void anchorsOnStagesAndSteps_areAccepted() {
        long mapId = newMap(host);
        String stageId = ids(host, mapId, "stages").get(0);
        String stepId = alice.get("/maps/" + mapId).json().get("stages").get(0).get("steps").get(0).get("id").asText();

        startThread(bob, mapId, "STAGE", stageId, "stage note");
        startThread(bob, mapId, "STEP", stepId, "step note");

        JsonNode listed = list(mapId);
        assertEquals(1, count(listed, "STAGE", stageId).get("threads").asInt());
        assertEquals(1, count(listed, "STEP", stepId).get("threads").asInt());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"anchor\":{\"type\":\"MAP\"}}                              | body",
            "{\"anchor\":{\"type\":\"MAP\"},\"body\":\"  \\n \"}           | body",
            "{\"anchor\":{\"type\":\"MAP\"},\"body\":7}                    | body",
            "{\"anchor\":{\"type\":\"MAP\"},\"body\":\"bell\\u0007\"}      | body",
            "{\"body\":\"x\"}                                              | anchor",
            "{\"anchor\":{\"type\":\"LANE\",\"id\":\"l\"},\"body\":\"x\"}  | anchor.type",
            "{\"anchor\":{\"type\":\"CARD\"},\"body\":\"x\"}               | anchor.id",
            "{\"anchor\":{\"type\":\"CARD\",\"id\":\"nope\"},\"body\":\"x\"} | anchor.id",
            "{\"anchor\":{\"type\":\"STEP\",\"id\":\"nope\"},\"body\":\"x\"} | anchor.id",
            "{\"anchor\":{\"type\":\"MAP\"},\"body\":\"x\",\"extra\":1}    | extra",
            "{\"anchor\":                                                  | body",
            "[]                                                            | body"})
    void badNewThread_is400NamingTheField_andStoresNothing(String body, String field) {
        long mapId = newMap(host);

        assertInvalid(bob.post("/maps/" + mapId + "/comments", body), field);

        assertEquals(0, list(mapId).get("threads").size());
    }

    @Test
    void bodyLimit_is4000Characters_lineBreaksAllowed() {
        long mapId = newMap(host);
        String max = "a\n".repeat(2_000);

        assertEquals(201, bob.post("/maps/" + mapId + "/comments", thread("MAP", null, max)).status());
        assertInvalid(bob.post("/maps/" + mapId + "/comments", thread("MAP", null, max + "b")), "body");
        long id = list(mapId).get("threads").get(0).get("id").asLong();
        assertInvalid(bob.put("/comments/" + id, text("x".repeat(4_001))), "body");
        assertInvalid(bob.post("/comments/" + id + "/replies", text("")), "body");
        assertInvalid(bob.post("/comments/" + id + "/replies", "{}"), "body");
        assertEquals(max, list(mapId).get("threads").get(0).get("body").asText());
        assertEquals(0, list(mapId).get("threads").get(0).get("replies").size());
    }

    @Test
    void unknownMapOrComment_is404() {
        assertError(alice.get("/maps/987654/comments"), 404, "not_found");
        assertError(alice.post("/maps/987654/comments", thread("MAP", null, "x")), 404, "not_found");
        assertError(alice.post("/comments/987654/replies", text("x")), 404, "not_found");
        assertError(alice.put("/comments/987654", text("x")), 404, "not_found");
        assertError(alice.delete("/comments/987654"), 404, "not_found");
        assertError(alice.post("/comments/987654/resolve", ""), 404, "not_found");
    }

    static JsonNode count(JsonNode listed, String type, String id) {
        for (JsonNode c : listed.get("counts")) {
            if (c.get("type").asText().equals(type) && (id == null ? c.get("id").isNull() : id.equals(c.get("id").asText()))) {
                return c;
            }
        }
        throw new AssertionError("no count for " + type + " " + id + " in " + listed);
    }

    private static String stamp(ApiClient who, long mapId) {
        ApiResponse version = who.get("/maps/" + mapId + "/version");
        assertEquals(200, version.status(), version::toString);
        return version.json().get("comments").asText();
    }

    @Test
    void versionPoll_commentStampChanges_afterEveryCommentChangeByAnotherUser() {
        long mapId = newMap(host);
        String cardId = ids(host, mapId, "cards").get(0);
        String initial = stamp(alice, mapId);
        long mapVersion = alice.get("/maps/" + mapId + "/version").json().get("version").asLong();

        long rootId = startThread(bob, mapId, "CARD", cardId, "New from bob");
        String afterNew = stamp(alice, mapId);
        bob.put("/comments/" + rootId, text("Edited by bob"));
        String afterEdit = stamp(alice, mapId);
        bob.post("/comments/" + rootId + "/resolve", "");
        String afterResolve = stamp(alice, mapId);
        bob.delete("/comments/" + rootId);
        String afterDelete = stamp(alice, mapId);

        List<String> stamps = List.of(initial, afterNew, afterEdit, afterResolve, afterDelete);
        assertEquals(stamps.size(), stamps.stream().distinct().count(), stamps::toString);
        assertEquals(afterDelete, stamp(bob, mapId), "every user and node reads the same stamp");
        assertEquals(mapVersion, alice.get("/maps/" + mapId + "/version").json().get("version").asLong(),
                "comments do not change the map's version");
    }

    @Test
    void comments_carryTheAuthorsDisplayName() {
        long mapId = newMap(host);
        long rootId = startThread(bob, mapId, "MAP", null, "Hello");
        ApiResponse reply = alice.post("/comments/" + rootId + "/replies", text("Hi"));

        JsonNode thread = list(mapId).get("threads").get(0);

        assertEquals("Bob Brown", thread.get("authorName").asText());
        assertEquals("Alice Adams", thread.get("replies").get(0).get("authorName").asText());
        assertEquals("Alice Adams", reply.json().get("authorName").asText());
        assertEquals("alice", list(mapId).get("currentUser").asText());
    }
}
