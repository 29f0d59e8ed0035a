package io.journeymaps.map.json;

import static io.journeymaps.common.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.journeymaps.common.json.Json;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Channel;
import io.journeymaps.map.model.ColourTag;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.EvidenceKind;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MetricName;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.operation.MapField;
import io.journeymaps.map.operation.MapOperation;
import io.journeymaps.map.operation.MapOperation.*;

class OperationJsonTest {

    private static List<MapOperation> parse(String json) {
        return MapJson.parseOperations(Json.parse(json));
    }

    @Test
    void everyOperationType_roundTrips() {
        Map<CardField, Object> fields = new EnumMap<>(CardField.class);
        fields.put(CardField.TEXT, "t");
        fields.put(CardField.SEVERITY, Severity.LOW);
        fields.put(CardField.MOMENT_THAT_MATTERS, true);
        fields.put(CardField.FEASIBLE, 3);
        fields.put(CardField.METRIC_TARGET, 2.5);
        fields.put(CardField.CHANNEL, Channel.EMAIL);
        fields.put(CardField.COLOUR, ColourTag.RED);
        fields.put(CardField.METRIC_NAME, MetricName.NPS);
        fields.put(CardField.EVIDENCE_KIND, EvidenceKind.UNSOLICITED);
        Map<CardField, Object> update = new HashMap<>();
        update.put(CardField.OWNER, null);
        update.put(CardField.EVIDENCE_COUNT, 4);
        Map<MapField, Object> mapFields = new HashMap<>();
        mapFields.put(MapField.TITLE, "T");
        mapFields.put(MapField.GOAL, null);
        mapFields.put(MapField.DIRECTION, Direction.RTL);
        List<MapOperation> ops = List.of(
                new AddStage("S", 0, "n", new StepSpec("s1", "m")), new RenameStage("S", "x"), new MoveStage("S", 1),
                new DeleteStage("S"), new SetStageHidden("S", true),
                new AddStep("S", "s2", 1, "n"), new RenameStep("s2", "x"), new MoveStep("s2", "S", 0), new DeleteStep("s2"),
                new SetStepHidden("s2", false),
                new AddLane("L", 0, LaneType.PAIN_POINTS, "n"), new RenameLane("L", "x"), new MoveLane("L", 2),
                new DeleteLane("L"), new SetLaneHidden("L", true),
                new AddCard("C", "L", "s1", 0, fields), new UpdateCard("C", update), new MoveCard("C", "L", "s2", 3),
                new DeleteCard("C"), new SetEmotion("s1", 7L, -2), new SetEmotion("s1", null, null),
                new AttachPersona(7), new DetachPersona(7), new SetMapFields(mapFields));
        String json = Json.write(io.journeymaps.map.json.OperationJson.writeAll(ops));
        assertEquals(ops, parse(json));
        assertEquals(23, OperationJson.FIELDS.size());
    }

    @Test
    void readsTheDocumentedShape() {
        List<MapOperation> ops = parse("""
                [{"type":"addCard","cardId":"c9","laneId":"pain","stepId":"st1","index":0,
                  "fields":{"text":"Slow","severity":"HIGH","frequency":null}},
                 {"type":"updateCard","cardId":"c9","fields":{"severity":null}},
                 {"type":"setEmotion","stepId":"st1","score":2}]""");
        AddCard add = (AddCard) ops.get(0);
        assertEquals(Severity.HIGH, add.fields().get(CardField.SEVERITY));
        UpdateCard upd = (UpdateCard) ops.get(1);
        assertTrue(upd.fields().containsKey(CardField.SEVERITY));
        assertNull(upd.fields().get(CardField.SEVERITY));
        assertEquals(new SetEmotion("st1", null, 2), ops.get(2));
        assertEquals(new AddCard("c", "l", "s", 0, Map.of()),
                parse("[{\"type\":\"addCard\",\"cardId\":\"c\",\"laneId\":\"l\",\"stepId\":\"s\",\"index\":0}]").get(0));
    }

    @Test
    void errorsNameTheOperationAndField() {
        assertInvalid("operations", "must be an array", () -> parse("{}"));
        assertInvalid("operations[0]", "must be a JSON object", () -> parse("[3]"));
        assertInvalid("operations[0].type", "is required", () -> parse("[{}]"));
        assertInvalid("operations[0].type", "must be one of addStage, renameStage", () -> parse("[{\"type\":\"paint\"}]"));
        assertInvalid("operations[1].colr", "unknown field",
                () -> parse("[{\"type\":\"deleteCard\",\"cardId\":\"a\"},{\"type\":\"deleteCard\",\"cardId\":\"a\",\"colr\":1}]"));
        assertInvalid("operations[0].cardId", "is required", () -> parse("[{\"type\":\"deleteCard\"}]"));
        assertInvalid("operations[0].cardId", "must be a string", () -> parse("[{\"type\":\"deleteCard\",\"cardId\":5}]"));
        assertInvalid("operations[0].index", "must be an integer",
                () -> parse("[{\"type\":\"moveStage\",\"stageId\":\"s\",\"index\":\"1\"}]"));
        assertInvalid("operations[0].laneType", "must be one of ACTIONS, THOUGHTS",
                () -> parse("[{\"type\":\"addLane\",\"laneId\":\"l\",\"index\":0,\"laneType\":\"ODD\",\"name\":\"x\"}]"));
        assertInvalid("operations[0].fields.colr", "unknown field",
                () -> parse("[{\"type\":\"updateCard\",\"cardId\":\"c\",\"fields\":{\"colr\":\"RED\"}}]"));
        assertInvalid("operations[0].fields.severity", "must be one of LOW, MEDIUM, HIGH, CRITICAL",
                () -> parse("[{\"type\":\"updateCard\",\"cardId\":\"c\",\"fields\":{\"severity\":\"high\"}}]"));
        assertInvalid("operations[0].fields.feasible", "must be an integer",
                () -> parse("[{\"type\":\"updateCard\",\"cardId\":\"c\",\"fields\":{\"feasible\":2.5}}]"));
        assertInvalid("operations[0].fields.metricActual", "must be a number",
                () -> parse("[{\"type\":\"updateCard\",\"cardId\":\"c\",\"fields\":{\"metricActual\":\"3\"}}]"));
        assertInvalid("operations[0].fields", "must be an object",
                () -> parse("[{\"type\":\"updateCard\",\"cardId\":\"c\",\"fields\":[]}]"));
        assertInvalid("operations[0].step.name", "is required",
                () -> parse("[{\"type\":\"addStage\",\"stageId\":\"s\",\"index\":0,\"name\":\"n\",\"step\":{\"id\":\"x\"}}]"));
        assertInvalid("operations[0].step.colr", "unknown field",
                () -> parse("[{\"type\":\"addStage\",\"stageId\":\"s\",\"index\":0,\"name\":\"n\",\"step\":{\"id\":\"x\",\"name\":\"y\",\"colr\":1}}]"));
        assertInvalid("operations[0].score", "is required", () -> parse("[{\"type\":\"setEmotion\",\"stepId\":\"s\"}]"));
        assertInvalid("operations[0].fields.colour", "unknown field",
                () -> parse("[{\"type\":\"setMapFields\",\"fields\":{\"colour\":\"x\"}}]"));
        assertInvalid("operations[0].fields.state", "must be one of CURRENT, FUTURE",
                () -> parse("[{\"type\":\"setMapFields\",\"fields\":{\"state\":\"PAST\"}}]"));
        assertInvalid("operations[0].hidden", "must be true or false",
                () -> parse("[{\"type\":\"setLaneHidden\",\"laneId\":\"l\",\"hidden\":1}]"));
    }
}
