package io.journeymaps.persona.rest;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static io.journeymaps.testsupport.http.ApiAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/** The space persona library over HTTP, and personas attached to maps. */
class PersonaRestTest {
    private static final String FULL = "{\"name\":\"Priya the planner\",\"colour\":\"#1f6feb\",\"age\":34,"
            + "\"jobTitle\":\"Operations lead\",\"familyStatus\":\"Married, two children\",\"incomeBand\":\"Upper middle\","
            + "\"professionalGoals\":\"Fewer surprises\",\"personalGoals\":\"Time with family\","
            + "\"purchaseMotivations\":\"Reliability\",\"keyInfluencers\":\"Peers\",\"quote\":\"Just make it work\","
            + "\"notes\":\"Interviewed in March\",\"photoUrl\":\"https://example.com/priya.png\"}";

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
    void crud_asAnEditorOfTheSpace() {
        ApiResponse created = alice.post("/spaces/DEMO/personas", FULL);

        assertEquals(201, created.status(), created::toString);
        JsonNode persona = created.json();
        long id = persona.get("id").asLong();
        assertTrue(created.header("Location").orElseThrow().endsWith("/rest/journey-maps/1.0/personas/" + id));
        assertEquals("DEMO", persona.get("spaceKey").asText());
        assertEquals("Priya the planner", persona.get("name").asText());
        assertEquals(34, persona.get("age").asInt());
        assertEquals("Just make it work", persona.get("quote").asText());
        assertEquals(persona, alice.get("/personas/" + id).json());
        assertTrue(ids(alice.get("/spaces/DEMO/personas").json()).contains(id));

        ApiResponse updated = alice.put("/personas/" + id, "{\"name\":\"Priya\",\"age\":35}");

        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Priya", updated.json().get("name").asText());
        assertEquals(35, updated.json().get("age").asInt());
        assertTrue(updated.json().get("quote").isNull(), "PUT replaces the whole persona");
        assertEquals(updated.json(), alice.get("/personas/" + id).json());

        ApiResponse deleted = alice.delete("/personas/" + id);

        assertEquals(204, deleted.status(), deleted::toString);
        assertError(alice.get("/personas/" + id), 404, "not_found");
        assertTrue(!ids(alice.get("/spaces/DEMO/personas").json()).contains(id));
    }

    @Test
    void update_withTheJsonItRead_ignoresIdAndSpace_soAPersonaNeverMovesSpace() {
        ObjectNode persona = (ObjectNode) alice.post("/spaces/DEMO/personas", FULL).json();
        long id = persona.get("id").asLong();
        persona.put("spaceKey", "PRIV").put("id", id + 1).put("jobTitle", "Head of operations");

        ApiResponse updated = alice.put("/personas/" + id, persona.toString());

        assertEquals(200, updated.status(), updated::toString);
        assertEquals(id, updated.json().get("id").asLong());
        assertEquals("DEMO", updated.json().get("spaceKey").asText());
        assertEquals("Head of operations", updated.json().get("jobTitle").asText());
        assertTrue(!ids(alice.get("/spaces/PRIV/personas").json()).contains(id));
    }

    @Test
    void viewer_canListAndRead_butNotCreateUpdateOrDelete() {
        long id = alice.post("/spaces/DEMO/personas", FULL).json().get("id").asLong();
        ApiClient bob = host.as("bob");
        int before = alice.get("/spaces/DEMO/personas").json().size();

        assertEquals(200, bob.get("/spaces/DEMO/personas").status());
        assertEquals("Priya the planner", bob.get("/personas/" + id).json().get("name").asText());
        assertError(bob.post("/spaces/DEMO/personas", "{\"name\":\"Bob's\"}"), 403, "forbidden");
        assertError(bob.put("/personas/" + id, "{\"name\":\"Bob's\"}"), 403, "forbidden");
        assertError(bob.delete("/personas/" + id), 403, "forbidden");

        assertEquals(before, alice.get("/spaces/DEMO/personas").json().size());
        assertEquals("Priya the planner", alice.get("/personas/" + id).json().get("name").asText());
    }

    @Test
    void userWithoutAccessToTheSpace_getsNotFoundForEverything() {
        long id = alice.post("/spaces/DEMO/personas", FULL).json().get("id").asLong();
        ApiClient carol = host.as("carol");

        assertError(carol.get("/spaces/DEMO/personas"), 404, "not_found");
        assertError(carol.post("/spaces/DEMO/personas", "{\"name\":\"Carol's\"}"), 404, "not_found");
        assertError(carol.get("/personas/" + id), 404, "not_found");
        assertError(carol.put("/personas/" + id, "{\"name\":\"Carol's\"}"), 404, "not_found");
        assertError(carol.delete("/personas/" + id), 404, "not_found");
        assertError(alice.get("/spaces/NOSUCH/personas"), 404, "not_found");
        assertEquals("Priya the planner", alice.get("/personas/" + id).json().get("name").asText());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{}                                           | name",
            "{\"name\":\"   \"}                           | name",
            "{\"name\":42}                                | name",
            "{\"name\":\"Ann\",\"age\":200}               | age",
            "{\"name\":\"Ann\",\"age\":\"old\"}           | age",
            "{\"name\":\"Ann\",\"colour\":\"red\"}        | colour",
            "{\"name\":\"Ann\",\"photoUrl\":\"javascript:alert(1)\"} | photoUrl",
            "{\"name\":\"Ann\",\"mood\":\"happy\"}        | mood",
            "{\"name\":                                   | body",
            "[]                                           | body"})
    void badPersona_is400NamingTheField_andStoresNothing(String body, String field) {
        int before = alice.get("/spaces/DEMO/personas").json().size();

        assertInvalid(alice.post("/spaces/DEMO/personas", body), field);

        assertEquals(before, alice.get("/spaces/DEMO/personas").json().size());
    }

    @Test
    void tooLongTexts_areNamed_andAnUpdateWithThemChangesNothing() {
        long id = alice.post("/spaces/DEMO/personas", FULL).json().get("id").asLong();
        JsonNode before = alice.get("/personas/" + id).json();

        assertInvalid(alice.put("/personas/" + id, "{\"name\":\"" + "n".repeat(256) + "\"}"), "name");
        assertInvalid(alice.put("/personas/" + id, "{\"name\":\"Ann\",\"notes\":\"" + "n".repeat(4001) + "\"}"), "notes");

        assertEquals(before, alice.get("/personas/" + id).json());
    }

    @Test
    void attachedPersona_showsInTheMapJson_andDeletingItDetachesIt() {
        long mapId = host.createMap(host.pageId(RestHost.DEMO_PAGE)).get("id").asLong();
        long personaId = alice.post("/spaces/DEMO/personas", FULL).json().get("id").asLong();
        JsonNode map = alice.get("/maps/" + mapId).json();
        String stepId = map.get("stages").get(0).get("steps").get(0).get("id").asText();

        ApiResponse attached = alice.post("/maps/" + mapId + "/operations", "{\"baseVersion\":1,\"operations\":["
                + "{\"type\":\"attachPersona\",\"personaId\":" + personaId + "},"
                + "{\"type\":\"setEmotion\",\"stepId\":\"" + stepId + "\",\"personaId\":" + personaId + ",\"score\":-1}]}");

        assertEquals(200, attached.status(), attached::toString);
        JsonNode withPersona = alice.get("/maps/" + mapId).json();
        assertEquals(1, withPersona.get("personas").size());
        assertEquals(personaId, withPersona.get("personas").get(0).get("id").asLong());
        assertEquals("Priya the planner", withPersona.get("personas").get(0).get("name").asText());
        assertEquals(1, emotionsOf(withPersona, personaId));

        assertEquals(204, alice.delete("/personas/" + personaId).status());

        JsonNode after = alice.get("/maps/" + mapId).json();
        assertEquals(0, after.get("personas").size());
        assertEquals(0, emotionsOf(after, personaId), "the persona's emotion scores go with it");
    }

    @Test
    void attachingAPersonaOfAnotherSpace_is400() {
        long mapId = host.createMap(host.pageId(RestHost.DEMO_PAGE)).get("id").asLong();
        long privatePersona = alice.post("/spaces/PRIV/personas", "{\"name\":\"Secret\"}").json().get("id").asLong();

        assertInvalid(alice.post("/maps/" + mapId + "/operations", "{\"baseVersion\":1,\"operations\":["
                + "{\"type\":\"attachPersona\",\"personaId\":" + privatePersona + "}]}"), "operations[0].personaId");

        assertEquals(0, alice.get("/maps/" + mapId).json().get("personas").size());
        assertEquals(1, alice.get("/maps/" + mapId).json().get("version").asInt());
    }

    private static List<Long> ids(JsonNode personas) {
        List<Long> ids = new ArrayList<>();
        personas.forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }

    private static long emotionsOf(JsonNode map, long personaId) {
        long count = 0;
        for (JsonNode e : map.get("emotions")) {
            if (e.get("personaId").asLong() == personaId) {
                count++;
            }
        }
        return count;
    }
}
