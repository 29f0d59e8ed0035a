package io.journeymaps.map.rest;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static io.journeymaps.testsupport.http.ApiAssertions.assertInvalid;
import static io.journeymaps.testsupport.http.ApiAssertions.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * Bad input to the map endpoints: 400 with field errors naming the field, and nothing stored (the
 * maps and the page's map list are compared before and after every test). No answer of any kind
 * carries a stack trace.
 */
class MapRestValidationTest {
    private static final String OVER_2_MB = "x".repeat(2 * 1024 * 1024 + 1);

    @TempDir
    static Path folder;
    private static RestHost host;
    private static ApiClient alice;
    private static long pageId;
    private static JsonNode mapA;
    private static JsonNode mapB;
    private String before;

    @BeforeAll
    static void start() throws Exception {
        host = RestHost.start(folder);
        alice = host.as("alice");
        pageId = host.pageId(RestHost.DEMO_PAGE);
        mapA = host.createMap(pageId, "awareness-to-advocacy");
        mapB = host.createMap(pageId, "saas-onboarding");
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @BeforeEach
    void snapshot() {
        before = storedState();
    }

    @AfterEach
    void nothingWasStored() {
        assertEquals(before, storedState(), "bad input must store nothing");
    }

    static Stream<Arguments> badNewMaps() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"pageId\":", "body"),
                Arguments.of("empty body", "", "body"),
                Arguments.of("an array", "[]", "body"),
                Arguments.of("pageId as text", "{\"pageId\":\"abc\",\"template\":\"saas-onboarding\"}", "pageId"),
                Arguments.of("missing template", "{\"pageId\":" + "PAGE" + "}", "template"),
                Arguments.of("unknown template", "{\"pageId\":PAGE,\"template\":\"no-such-template\"}", "template"),
                Arguments.of("template as number", "{\"pageId\":PAGE,\"template\":7}", "template"),
                Arguments.of("title of 256 characters",
                        "{\"pageId\":PAGE,\"template\":\"saas-onboarding\",\"title\":\"" + "t".repeat(256) + "\"}", "title"),
                Arguments.of("unknown language", "{\"pageId\":PAGE,\"template\":\"saas-onboarding\",\"language\":\"de\"}",
                        "language"),
                Arguments.of("unknown field", "{\"pageId\":PAGE,\"template\":\"saas-onboarding\",\"colour\":\"red\"}",
                        "colour"),
                Arguments.of("body over 2 MB",
                        "{\"pageId\":PAGE,\"template\":\"saas-onboarding\",\"title\":\"" + OVER_2_MB + "\"}", "body"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badNewMaps")
    void createMap_withBadInput_is400NamingTheField(String what, String body, String field) {
        ApiResponse response = alice.post("/maps", body.replace("PAGE", Long.toString(pageId)));

        assertInvalid(response, field);
    }

    static Stream<Arguments> badBatches() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("malformed JSON", (Function<JsonNode, String>) m -> "{\"baseVersion\":1,\"operations\":[",
                "body"));
        cases.add(Arguments.of("empty body", (Function<JsonNode, String>) m -> "", "body"));
        cases.add(Arguments.of("baseVersion as text", (Function<JsonNode, String>) m -> "{\"baseVersion\":\"1\","
                + "\"operations\":[" + goal("x") + "]}", "baseVersion"));
        cases.add(Arguments.of("baseVersion newer than the map", batch(m -> "{\"baseVersion\":99,\"operations\":["
                + goal("x") + "]}"), "baseVersion"));
        cases.add(Arguments.of("missing operations", batch(m -> "{\"baseVersion\":1}"), "operations"));
        cases.add(Arguments.of("no operations", batch(m -> "{\"baseVersion\":1,\"operations\":[]}"), "operations"));
        cases.add(Arguments.of("operations not an array", batch(m -> "{\"baseVersion\":1,\"operations\":{}}"),
                "operations"));
        cases.add(Arguments.of("unknown operation type", ops(m -> "{\"type\":\"explode\"}"), "operations[0].type"));
        cases.add(Arguments.of("unknown severity", ops(m -> "{\"type\":\"addCard\",\"cardId\":\"new1\",\"laneId\":\""
                + lane(m, "PAIN_POINTS") + "\",\"stepId\":\"" + step(m, 0) + "\",\"index\":0,"
                + "\"fields\":{\"severity\":\"HUGE\"}}"), "operations[0].fields.severity"));
        cases.add(Arguments.of("unknown lane type", ops(m -> "{\"type\":\"addLane\",\"laneId\":\"l1\",\"index\":0,"
                + "\"laneType\":\"DREAMS\",\"name\":\"Dreams\"}"), "operations[0].laneType"));
        cases.add(Arguments.of("missing card id", ops(m -> "{\"type\":\"deleteCard\"}"), "operations[0].cardId"));
        cases.add(Arguments.of("card text of 4,001 characters", ops(m -> "{\"type\":\"updateCard\",\"cardId\":\""
                + card(m, 0) + "\",\"fields\":{\"text\":\"" + "c".repeat(4001) + "\"}}"), "operations[0].fields.text"));
        cases.add(Arguments.of("stage name of 256 characters", ops(m -> "{\"type\":\"renameStage\",\"stageId\":\""
                + stage(m, 0) + "\",\"name\":\"" + "n".repeat(256) + "\"}"), "operations[0].name"));
        cases.add(Arguments.of("step position out of range", ops(m -> "{\"type\":\"addStep\",\"stageId\":\""
                + stage(m, 0) + "\",\"stepId\":\"s1\",\"index\":99,\"name\":\"Late\"}"), "operations[0].index"));
        cases.add(Arguments.of("negative lane position", ops(m -> "{\"type\":\"moveLane\",\"laneId\":\""
                + lane(m, "ACTIONS") + "\",\"index\":-1}"), "operations[0].index"));
        cases.add(Arguments.of("emotion score out of range", ops(m -> "{\"type\":\"setEmotion\",\"stepId\":\""
                + step(m, 0) + "\",\"personaId\":null,\"score\":3}"), "operations[0].score"));
        cases.add(Arguments.of("a card of another map", ops(m -> MapRestTest.updateText(card(mapB, 0), "Hijacked")),
                "operations[0].cardId"));
        cases.add(Arguments.of("a lane of another map", ops(m -> "{\"type\":\"moveCard\",\"cardId\":\"" + card(m, 0)
                + "\",\"laneId\":\"" + lane(mapB, "ACTIONS") + "\",\"stepId\":\"" + step(m, 0) + "\",\"index\":0}"),
                "operations[0].laneId"));
        cases.add(Arguments.of("a bad operation after good ones", ops(m -> "{\"type\":\"renameStage\",\"stageId\":\""
                + stage(m, 0) + "\",\"name\":\"Renamed\"}", m -> goal("Changed"),
                m -> "{\"type\":\"deleteCard\",\"cardId\":\"nope\"}"), "operations[2].cardId"));
        cases.add(Arguments.of("body over 2 MB", ops(m -> goal(OVER_2_MB)), "body"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badBatches")
    void applyOperations_withBadInput_is400NamingTheField_andAppliesNothing(String what, Function<JsonNode, String> body,
                                                                           String field) {
        ApiResponse response = alice.post("/maps/" + id(mapA) + "/operations", body.apply(mapA));

        assertInvalid(response, field);
    }

    @Test
    void sixtyOneSteps_isOverTheLimit_andNoStepOfTheBatchIsAdded() {
        int steps = 0;
        for (JsonNode s : mapA.get("stages")) {
            steps += s.get("steps").size();
        }
        List<String> adds = new ArrayList<>();
        for (int i = steps; i < 61; i++) {
            adds.add("{\"type\":\"addStep\",\"stageId\":\"" + stage(mapA, 0) + "\",\"stepId\":\"extra" + i
                    + "\",\"index\":0,\"name\":\"Extra " + i + "\"}");
        }

        ApiResponse response = alice.post("/maps/" + id(mapA) + "/operations",
                MapRestTest.batch(1, adds.toArray(String[]::new)));

        String last = "operations[" + (adds.size() - 1) + "]";
        String reason = assertInvalid(response, response.json().get("errors").get(0).get("field").asText());
        assertTrue(response.json().get("errors").get(0).get("field").asText().startsWith(last), response::toString);
        assertTrue(reason.contains("60"), reason);
    }

    @Test
    void sixtySteps_isWithinTheLimit() {
        long id = host.createMap(pageId, "awareness-to-advocacy").get("id").asLong();
        JsonNode map = alice.get("/maps/" + id).json();
        int steps = 0;
        for (JsonNode s : map.get("stages")) {
            steps += s.get("steps").size();
        }
        List<String> adds = new ArrayList<>();
        for (int i = steps; i < 60; i++) {
            adds.add("{\"type\":\"addStep\",\"stageId\":\"" + stage(map, 0) + "\",\"stepId\":\"extra" + i
                    + "\",\"index\":0,\"name\":\"Extra " + i + "\"}");
        }

        ApiResponse response = alice.post("/maps/" + id + "/operations", MapRestTest.batch(1, adds.toArray(String[]::new)));

        assertEquals(200, response.status(), response::toString);
        before = storedState();
    }

    @Test
    void nonJsonContentTypes_areRefusedWithoutAStackTrace() {
        ApiResponse plain = alice.with("X-Atlassian-Token", "no-check").send("/maps", "POST", "text/plain",
                "{\"pageId\":" + pageId + ",\"template\":\"saas-onboarding\"}");
        ApiResponse xml = alice.send("/maps/" + id(mapA) + "/operations", "POST", "application/xml", "<batch/>");
        ApiResponse form = alice.send("/maps", "POST", "application/x-www-form-urlencoded", "pageId=" + pageId);

        assertError(plain, 415, "unsupported_media_type");
        assertError(xml, 415, "unsupported_media_type");
        assertEquals(403, form.status(), "a form post without the XSRF token is refused: " + form);
        List.of(plain, xml, form).forEach(r -> assertNoStackTrace(r));
    }

    @Test
    void pathsThatAreNotIds_are404WithoutAStackTrace() {
        List<ApiResponse> responses = List.of(alice.get("/maps/notanumber"), alice.get("/maps/notanumber/version"),
                alice.post("/maps/notanumber/operations", MapRestTest.batch(1, goal("x"))), alice.delete("/maps/1.5"),
                alice.get("/maps/99999999999999999999"), alice.get("/pages/abc/maps"), alice.get("/personas/abc"),
                alice.get("/no-such-resource"));

        for (ApiResponse r : responses) {
            assertError(r, 404, "not_found");
            assertNoStackTrace(r);
        }
    }

    @Test
    void unsupportedMethods_areRefusedWithoutAStackTrace() {
        ApiResponse put = alice.put("/maps/" + id(mapA), "{}");
        ApiResponse patch = alice.send("/maps/" + id(mapA), "PATCH", "application/json", "{}");

        assertError(put, 405, "method_not_allowed");
        assertError(patch, 405, "method_not_allowed");
        assertNoStackTrace(put);
        assertNoStackTrace(patch);
    }

    /** The two maps and the page's list of maps, as JSON text. */
    private static String storedState() {
        return alice.get("/maps/" + id(mapA)).body() + alice.get("/maps/" + id(mapB)).body()
                + alice.get("/pages/" + pageId + "/maps").body();
    }

    private static Function<JsonNode, String> batch(Function<JsonNode, String> body) {
        return body;
    }

    @SafeVarargs
    private static Function<JsonNode, String> ops(Function<JsonNode, String>... operations) {
        return m -> MapRestTest.batch(1, Stream.of(operations).map(o -> o.apply(m)).toArray(String[]::new));
    }

    private static String goal(String goal) {
        return "{\"type\":\"setMapFields\",\"fields\":{\"goal\":\"" + goal + "\"}}";
    }

    private static long id(JsonNode map) {
        return map.get("id").asLong();
    }

    private static String stage(JsonNode map, int i) {
        return map.get("stages").get(i).get("id").asText();
    }

    private static String step(JsonNode map, int i) {
        return map.get("stages").get(0).get("steps").get(i).get("id").asText();
    }

    private static String card(JsonNode map, int i) {
        return map.get("cards").get(i).get("id").asText();
    }

    private static String lane(JsonNode map, String type) {
        for (JsonNode l : map.get("lanes")) {
            if (l.get("type").asText().equals(type)) {
                return l.get("id").asText();
            }
        }
        throw new AssertionError("no " + type + " lane");
    }
}
