package io.journeymaps.map.rest;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.journeymaps.testsupport.http.RestHostPerClass;
import io.journeymaps.standalone.site.Grant;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * Who may do what, over HTTP: reading follows view-page (view-space for personas), changing
 * follows edit-page (edit-space), and whatever a user cannot see is a 404 — never a 403 — that
 * does not even tell a hidden map from a missing one. Refused writes change nothing.
 */
class MapRestPermissionTest {
    @RegisterExtension
    static final RestHostPerClass HOST = new RestHostPerClass();

    /** Fresh targets for one call: a map on a page of the space, a persona of the space, and how many there were. */
    record Target(long pageId, long mapId, long personaId, int mapsOnPage, int personasInSpace) {
        Target(long pageId, long mapId, long personaId) {
            this(pageId, mapId, personaId, -1, -1);
        }
    }

    enum Endpoint {
        GET_MAP(false, (c, t) -> c.get("/maps/" + t.mapId())),
        GET_VERSION(false, (c, t) -> c.get("/maps/" + t.mapId() + "/version")),
        CREATE_MAP(true, (c, t) -> c.post("/maps", "{\"pageId\":" + t.pageId() + ",\"template\":\"saas-onboarding\"}")),
        APPLY_OPERATIONS(true, (c, t) -> c.post("/maps/" + t.mapId() + "/operations",
                "{\"baseVersion\":1,\"operations\":[{\"type\":\"setMapFields\",\"fields\":{\"goal\":\"changed\"}}]}")),
        DELETE_MAP(true, (c, t) -> c.delete("/maps/" + t.mapId())),
        PAGE_MAPS(false, (c, t) -> c.get("/pages/" + t.pageId() + "/maps")),
        LIST_PERSONAS(false, (c, t) -> c.get("/spaces/" + space(t) + "/personas")),
        CREATE_PERSONA(true, (c, t) -> c.post("/spaces/" + space(t) + "/personas", "{\"name\":\"Intruder\"}")),
        GET_PERSONA(false, (c, t) -> c.get("/personas/" + t.personaId())),
        UPDATE_PERSONA(true, (c, t) -> c.put("/personas/" + t.personaId(), "{\"name\":\"Renamed\"}")),
        DELETE_PERSONA(true, (c, t) -> c.delete("/personas/" + t.personaId()));

        final boolean write;
        final BiFunction<ApiClient, Target, ApiResponse> call;

        Endpoint(boolean write, BiFunction<ApiClient, Target, ApiResponse> call) {
            this.write = write;
            this.call = call;
        }
    }

    /** Expected status per endpoint, in {@link Endpoint} order. */
    private static final int[] EDITOR = {200, 200, 201, 200, 204, 200, 200, 201, 200, 200, 204};
    private static final int[] VIEWER = {200, 200, 403, 403, 403, 200, 200, 403, 200, 403, 403};
    private static final int[] STRANGER = {404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404};

    static Stream<Arguments> matrix() {
        Map<String, int[]> demo = Map.of("alice", EDITOR, "bob", VIEWER, "carol", STRANGER, "anonymous", STRANGER);
        Map<String, int[]> priv = Map.of("alice", EDITOR, "bob", STRANGER, "carol", STRANGER, "anonymous", STRANGER);
        List<Arguments> cases = new ArrayList<>();
        for (String user : List.of("alice", "bob", "carol", "anonymous")) {
            for (Endpoint e : Endpoint.values()) {
                cases.add(Arguments.of(user, "DEMO", e, demo.get(user)[e.ordinal()]));
                cases.add(Arguments.of(user, "PRIV", e, priv.get(user)[e.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2} in {1} -> {3}")
    @MethodSource("matrix")
    void everyEndpoint_answersEachUserAsThePagePermissionsSay(String user, String space, Endpoint endpoint, int status) {
        Target target = target(space);

        ApiResponse response = endpoint.call.apply(HOST.host().as(user), target);

        assertEquals(status, response.status(), response::toString);
        if (status == 404) {
            JsonNode body = assertError(response, 404, "not_found");
            assertFalse(body.get("message").asText().contains(Long.toString(target.pageId()))
                    && endpoint != Endpoint.PAGE_MAPS && endpoint != Endpoint.CREATE_MAP,
                    "a hidden map or persona must not name its page: " + body);
        } else if (status == 403) {
            assertError(response, 403, "forbidden");
        }
        if (status >= 400) {
            assertUnchanged(target);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"alice, 200", "bob, 200", "carol, 200", "anonymous, 401"})
    void templates_needASignedInUser(String user, int status) {
        ApiResponse response = HOST.host().as(user).get("/templates");

        assertEquals(status, response.status(), response::toString);
        if (status == 401) {
            assertError(response, 401, "sign_in_required");
        } else {
            assertEquals(6, response.json().size());
        }
    }

    @ParameterizedTest(name = "anonymous {0} where DEMO grants anonymous view")
    @EnumSource(Endpoint.class)
    void anonymousVisitors_whereTheSpaceLetsThemView_read200_andGet401OnWrites(Endpoint endpoint) {
        Target target = target("DEMO");
        HOST.host().site().store().setAnonymousGrant("DEMO", Grant.VIEW);
        ApiResponse response;
        try {
            response = endpoint.call.apply(HOST.host().as("anonymous"), target);
        } finally {
            HOST.host().site().store().setAnonymousGrant("DEMO", Grant.NONE);
        }

        if (endpoint.write) {
            assertError(response, 401, "sign_in_required");
            assertUnchanged(target);
        } else {
            assertEquals(200, response.status(), response::toString);
        }
    }

    @Test
    void hiddenMap_answersExactlyLikeAMissingOne() {
        Target target = target("PRIV");
        long missing = target.mapId() + 1_000_000;

        JsonNode hidden = assertError(HOST.host().as("bob").get("/maps/" + target.mapId()), 404, "not_found");
        JsonNode absent = assertError(HOST.host().as("bob").get("/maps/" + missing), 404, "not_found");

        assertEquals("map " + target.mapId() + " not found", hidden.get("message").asText());
        assertEquals("map " + missing + " not found", absent.get("message").asText());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Endpoint.class, names = {"GET_MAP", "GET_VERSION", "APPLY_OPERATIONS", "DELETE_MAP"})
    void mapThatDoesNotExist_is404EvenForTheEditor(Endpoint endpoint) {
        Target missing = new Target(HOST.host().pageId(RestHost.DEMO_PAGE), 987_654_321L, 0);

        JsonNode body = assertError(endpoint.call.apply(HOST.host().as("alice"), missing), 404, "not_found");

        assertEquals("map 987654321 not found", body.get("message").asText());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Endpoint.class, names = {"GET_MAP", "GET_VERSION", "APPLY_OPERATIONS", "DELETE_MAP",
            "PAGE_MAPS", "CREATE_MAP"})
    void mapOnATrashedPage_is404_andStaysStored(Endpoint endpoint) {
        long pageId = HOST.host().createDemoPage("Trashed " + endpoint);
        long mapId = HOST.host().createMap(pageId).get("id").asLong();
        HOST.host().trashPage(pageId);

        ApiResponse response = endpoint.call.apply(HOST.host().as("alice"), new Target(pageId, mapId, 0));

        assertError(response, 404, "not_found");
        assertTrue(HOST.host().wiring().maps().find(mapId).isPresent(), "the map is kept while its page is in the trash");
        assertEquals(1L, HOST.host().wiring().maps().find(mapId).orElseThrow().version());
    }

    @Test
    void personaThatDoesNotExist_answersLikeAHiddenOne() {
        long hidden = HOST.host().as("alice").post("/spaces/PRIV/personas", "{\"name\":\"Secret\"}").json().get("id").asLong();
        long missing = hidden + 1_000_000;

        JsonNode hiddenBody = assertError(HOST.host().as("bob").get("/personas/" + hidden), 404, "not_found");
        JsonNode missingBody = assertError(HOST.host().as("bob").get("/personas/" + missing), 404, "not_found");

        assertEquals("persona " + hidden + " not found", hiddenBody.get("message").asText());
        assertEquals("persona " + missing + " not found", missingBody.get("message").asText());
    }

    private static Target target(String space) {
        long pageId = HOST.host().pageId(space.equals("DEMO") ? RestHost.DEMO_PAGE : RestHost.PRIVATE_PAGE);
        long mapId = HOST.host().createMap(pageId).get("id").asLong();
        ApiResponse persona = HOST.host().as("alice").post("/spaces/" + space + "/personas", "{\"name\":\"Pat\"}");
        assertEquals(201, persona.status(), persona::toString);
        return new Target(pageId, mapId, persona.json().get("id").asLong(),
                HOST.host().as("alice").get("/pages/" + pageId + "/maps").json().size(),
                HOST.host().as("alice").get("/spaces/" + space + "/personas").json().size());
    }

    private static String space(Target t) {
        return HOST.host().site().pages().find(t.pageId()).orElseThrow().spaceKey();
    }

    /** As alice: the map is still at version 1 with its goal, the persona unchanged, no map or persona added. */
    private static void assertUnchanged(Target t) {
        ApiClient alice = HOST.host().as("alice");
        ApiResponse map = alice.get("/maps/" + t.mapId());
        if (map.status() == 404) {
            return; // the target was on a trashed page or never existed
        }
        assertEquals(200, map.status(), map::toString);
        assertEquals(1, map.json().get("version").asInt());
        assertFalse("changed".equals(map.json().get("goal").asText()));
        if (t.personaId() > 0) {
            ApiResponse persona = alice.get("/personas/" + t.personaId());
            assertEquals(200, persona.status(), persona::toString);
            assertEquals("Pat", persona.json().get("name").asText());
        }
        if (t.mapsOnPage() >= 0) {
            assertEquals(t.mapsOnPage(), alice.get("/pages/" + t.pageId() + "/maps").json().size(), "maps on the page");
            assertEquals(t.personasInSpace(), alice.get("/spaces/" + space(t) + "/personas").json().size(),
                    "personas in the space");
        }
    }
}
