package io.journeymaps.map.json;

import static io.journeymaps.common.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.journeymaps.common.json.Json;
import io.journeymaps.map.BatchResult;
import io.journeymaps.map.TestMaps;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.operation.Conflict;
import io.journeymaps.map.operation.MapOperation.DeleteCard;
import io.journeymaps.map.operation.MapOperation.RenameStage;
import io.journeymaps.persona.model.Persona;

class MapJsonTest {
    private static final Persona DANA = new Persona(7, "DS", "Dana", "#112233", null, 34, "Buyer", null, null, null,
            null, null, null, null, "Quick!", null);

    @Test
    void mapJson_hasHeaderGridCardsEmotionsAndPersonas() {
        JourneyMap map = TestMaps.sample().withCards(List.of(
                TestMaps.sample().card("c2").orElseThrow(),
                new Card("o1", "opp", "st2", CardDetails.of(Map.of(CardField.FEASIBLE, 2, CardField.VIABLE, 3, CardField.DESIRABLE, 4)))));
        JsonNode j = Json.parse(Json.write(MapJson.toJson(map, List.of(DANA))));
        assertEquals(42, j.get("id").longValue());
        assertEquals(100, j.get("pageId").longValue());
        assertEquals("DS", j.get("spaceKey").textValue());
        assertEquals("mk1", j.get("macroKey").textValue());
        assertEquals("NEW_CUSTOMER", j.get("journeyType").textValue());
        assertEquals("CURRENT", j.get("state").textValue());
        assertTrue(j.get("derivedFromMapId").isNull());
        assertEquals("DAYS_30", j.get("salesCycle").textValue());
        assertEquals("LTR", j.get("direction").textValue());
        assertEquals(3, j.get("version").longValue());
        assertEquals("2026-01-02T03:04:05Z", j.get("created").textValue());
        assertEquals("st2", j.get("stages").get(0).get("steps").get(1).get("id").textValue());
        assertFalse(j.get("stages").get(0).get("hidden").booleanValue());
        assertEquals("PAIN_POINTS", j.get("lanes").get(1).get("type").textValue());
        JsonNode pain = j.get("cards").get(0);
        assertEquals("HIGH", pain.get("fields").get("severity").textValue());
        assertEquals("Slow page", pain.get("fields").get("text").textValue());
        assertFalse(pain.has("priority"));
        assertEquals("SHOP-1", pain.get("jiraLinks").get(0).get("issueKey").textValue());
        assertEquals("new", pain.get("jiraLinks").get(0).get("statusCategory").textValue());
        JsonNode opp = j.get("cards").get(1);
        assertEquals(9, opp.get("priority").intValue());
        assertEquals(0, opp.get("jiraLinks").size());
        assertEquals(-1, j.get("emotions").get(1).get("score").intValue());
        assertTrue(j.get("emotions").get(0).get("personaId").isNull());
        assertEquals("Dana", j.get("personas").get(0).get("name").textValue());
        assertEquals(34, j.get("personas").get(0).get("age").intValue());
    }

    @Test
    void batchResults() {
        JsonNode applied = MapJson.batchResult(new BatchResult.Applied(5, List.of(new DeleteCard("c1")), TestMaps.sample()));
        assertEquals(5, applied.get("version").longValue());
        assertEquals("deleteCard", applied.get("applied").get(0).get("type").textValue());
        JsonNode conflicted = MapJson.batchResult(new BatchResult.Conflicted(6,
                List.of(new Conflict(2, "card", "c1", "text", "Theirs", "Yours", Conflict.Kind.CHANGED),
                        new Conflict(0, "card", "c2", "position", null, Map.of("index", 1), Conflict.Kind.DELETED))));
        assertEquals(6, conflicted.get("currentVersion").longValue());
        JsonNode c = conflicted.get("conflicts").get(0);
        assertEquals(2, c.get("operationIndex").intValue());
        assertEquals("card", c.get("element").get("type").textValue());
        assertEquals("c1", c.get("element").get("id").textValue());
        assertEquals("text", c.get("field").textValue());
        assertEquals("Theirs", c.get("theirs").textValue());
        assertEquals("Yours", c.get("yours").textValue());
        assertEquals("changed", c.get("reason").textValue());
        JsonNode d = conflicted.get("conflicts").get(1);
        assertTrue(d.get("theirs").isNull());
        assertEquals(1, d.get("yours").get("index").intValue());
        assertEquals("deleted", d.get("reason").textValue());
    }

    @Test
    void parseBatch() {
        BatchRequest r = MapJson.parseBatch(Json.parse(
                "{\"baseVersion\":4,\"operations\":[{\"type\":\"renameStage\",\"stageId\":\"S1\",\"name\":\"A\"}]}"));
        assertEquals(new BatchRequest(4, List.of(new RenameStage("S1", "A"))), r);
        assertInvalid("baseVersion", "is required", () -> MapJson.parseBatch(Json.parse("{\"operations\":[]}")));
        assertInvalid("operations", "is required", () -> MapJson.parseBatch(Json.parse("{\"baseVersion\":1}")));
        assertInvalid("ops", "unknown field", () -> MapJson.parseBatch(Json.parse("{\"baseVersion\":1,\"ops\":[]}")));
        assertInvalid("body", "must be a JSON object", () -> MapJson.parseBatch(Json.parse("[]")));
    }

    @Test
    void parseNewMap() {
        NewMapRequest r = MapJson.parseNewMap(Json.parse("{\"pageId\":12,\"template\":\"aware\",\"language\":\"ar\"}"));
        assertEquals(new NewMapRequest(12, "aware", null, "ar", null), r);
        assertEquals("DS", r.toCommand("DS").spaceKey());
        assertInvalid("pageId", "is required", () -> MapJson.parseNewMap(Json.parse("{\"template\":\"aware\"}")));
        assertInvalid("pageId", "must be an integer", () -> MapJson.parseNewMap(Json.parse("{\"pageId\":\"12\",\"template\":\"a\"}")));
        assertInvalid("template", "is required", () -> MapJson.parseNewMap(Json.parse("{\"pageId\":12}")));
        assertInvalid("colour", "unknown field",
                () -> MapJson.parseNewMap(Json.parse("{\"pageId\":12,\"template\":\"a\",\"colour\":1}")));
    }
}
