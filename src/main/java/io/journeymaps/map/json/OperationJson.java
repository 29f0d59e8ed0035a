package io.journeymaps.map.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.json.Json;
import io.journeymaps.common.json.JsonFields;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.SalesCycle;
import io.journeymaps.map.operation.MapField;
import io.journeymaps.map.operation.MapOperation;
import io.journeymaps.map.operation.MapOperation.AddCard;
import io.journeymaps.map.operation.MapOperation.AddLane;
import io.journeymaps.map.operation.MapOperation.AddStage;
import io.journeymaps.map.operation.MapOperation.AddStep;
import io.journeymaps.map.operation.MapOperation.AttachPersona;
import io.journeymaps.map.operation.MapOperation.DeleteCard;
import io.journeymaps.map.operation.MapOperation.DeleteLane;
import io.journeymaps.map.operation.MapOperation.DeleteStage;
import io.journeymaps.map.operation.MapOperation.DeleteStep;
import io.journeymaps.map.operation.MapOperation.DetachPersona;
import io.journeymaps.map.operation.MapOperation.MoveCard;
import io.journeymaps.map.operation.MapOperation.MoveLane;
import io.journeymaps.map.operation.MapOperation.MoveStage;
import io.journeymaps.map.operation.MapOperation.MoveStep;
import io.journeymaps.map.operation.MapOperation.RenameLane;
import io.journeymaps.map.operation.MapOperation.RenameStage;
import io.journeymaps.map.operation.MapOperation.RenameStep;
import io.journeymaps.map.operation.MapOperation.SetEmotion;
import io.journeymaps.map.operation.MapOperation.SetLaneHidden;
import io.journeymaps.map.operation.MapOperation.SetMapFields;
import io.journeymaps.map.operation.MapOperation.SetStageHidden;
import io.journeymaps.map.operation.MapOperation.SetStepHidden;
import io.journeymaps.map.operation.MapOperation.StepSpec;
import io.journeymaps.map.operation.MapOperation.UpdateCard;

/**
 * Operations in JSON (docs/operations.md): an object with {@code type} and the operation's own
 * fields. Missing fields, wrong types, unknown types and unknown fields are errors naming
 * {@code operations[i].<field>}; value ranges are checked later by the applier.
 */
public final class OperationJson {
    /** Every operation type and the fields it has besides "type". */
    static final Map<String, Set<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("addStage", Set.of("stageId", "index", "name", "step"));
        FIELDS.put("renameStage", Set.of("stageId", "name"));
        FIELDS.put("moveStage", Set.of("stageId", "index"));
        FIELDS.put("deleteStage", Set.of("stageId"));
        FIELDS.put("setStageHidden", Set.of("stageId", "hidden"));
        FIELDS.put("addStep", Set.of("stageId", "stepId", "index", "name"));
        FIELDS.put("renameStep", Set.of("stepId", "name"));
        FIELDS.put("moveStep", Set.of("stepId", "stageId", "index"));
        FIELDS.put("deleteStep", Set.of("stepId"));
        FIELDS.put("setStepHidden", Set.of("stepId", "hidden"));
        FIELDS.put("addLane", Set.of("laneId", "index", "laneType", "name"));
        FIELDS.put("renameLane", Set.of("laneId", "name"));
        FIELDS.put("moveLane", Set.of("laneId", "index"));
        FIELDS.put("deleteLane", Set.of("laneId"));
        FIELDS.put("setLaneHidden", Set.of("laneId", "hidden"));
        FIELDS.put("addCard", Set.of("cardId", "laneId", "stepId", "index", "fields"));
        FIELDS.put("updateCard", Set.of("cardId", "fields"));
        FIELDS.put("moveCard", Set.of("cardId", "laneId", "stepId", "index"));
        FIELDS.put("deleteCard", Set.of("cardId"));
        FIELDS.put("setEmotion", Set.of("stepId", "personaId", "score"));
        FIELDS.put("attachPersona", Set.of("personaId"));
        FIELDS.put("detachPersona", Set.of("personaId"));
        FIELDS.put("setMapFields", Set.of("fields"));
    }

    private OperationJson() {
    }

    /** An array of operations found at {@code path} (e.g. "operations"). */
    public static List<MapOperation> parseAll(JsonNode array, String path) {
        if (array == null || !array.isArray()) {
            throw new InvalidInputException(path, "must be an array");
        }
        List<MapOperation> ops = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            ops.add(parse(array.get(i), path + "[" + i + "]"));
        }
        return ops;
    }

    public static MapOperation parse(JsonNode node, String path) {
        JsonFields f = JsonFields.of(node, path);
        String type = f.requiredString("type");
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null) {
            throw f.error("type", "must be one of " + String.join(", ", FIELDS.keySet()));
        }
        Set<String> withType = new HashSet<>(allowed);
        withType.add("type");
        f.rejectUnknown(withType);
        return switch (type) {
            case "addStage" -> {
                JsonFields step = f.requiredObject("step");
                step.rejectUnknown(Set.of("id", "name"));
                yield new AddStage(f.requiredString("stageId"), f.requiredInt("index"), f.requiredString("name"),
                        new StepSpec(step.requiredString("id"), step.requiredString("name")));
            }
            case "renameStage" -> new RenameStage(f.requiredString("stageId"), f.requiredString("name"));
            case "moveStage" -> new MoveStage(f.requiredString("stageId"), f.requiredInt("index"));
            case "deleteStage" -> new DeleteStage(f.requiredString("stageId"));
            case "setStageHidden" -> new SetStageHidden(f.requiredString("stageId"), f.requiredBoolean("hidden"));
            case "addStep" -> new AddStep(f.requiredString("stageId"), f.requiredString("stepId"), f.requiredInt("index"),
                    f.requiredString("name"));
            case "renameStep" -> new RenameStep(f.requiredString("stepId"), f.requiredString("name"));
            case "moveStep" -> new MoveStep(f.requiredString("stepId"), f.requiredString("stageId"), f.requiredInt("index"));
            case "deleteStep" -> new DeleteStep(f.requiredString("stepId"));
            case "setStepHidden" -> new SetStepHidden(f.requiredString("stepId"), f.requiredBoolean("hidden"));
            case "addLane" -> new AddLane(f.requiredString("laneId"), f.requiredInt("index"),
                    f.requiredEnum("laneType", LaneType.class), f.requiredString("name"));
            case "renameLane" -> new RenameLane(f.requiredString("laneId"), f.requiredString("name"));
            case "moveLane" -> new MoveLane(f.requiredString("laneId"), f.requiredInt("index"));
            case "deleteLane" -> new DeleteLane(f.requiredString("laneId"));
            case "setLaneHidden" -> new SetLaneHidden(f.requiredString("laneId"), f.requiredBoolean("hidden"));
            case "addCard" -> new AddCard(f.requiredString("cardId"), f.requiredString("laneId"), f.requiredString("stepId"),
                    f.requiredInt("index"),
                    f.has("fields") && !f.isNull("fields") ? CardFieldJson.parse(f.requiredObject("fields")) : Map.of());
            case "updateCard" -> new UpdateCard(f.requiredString("cardId"), CardFieldJson.parse(f.requiredObject("fields")));
            case "moveCard" -> new MoveCard(f.requiredString("cardId"), f.requiredString("laneId"), f.requiredString("stepId"),
                    f.requiredInt("index"));
            case "deleteCard" -> new DeleteCard(f.requiredString("cardId"));
            case "setEmotion" -> {
                if (!f.has("score")) {
                    throw f.error("score", "is required (null removes the score)");
                }
                yield new SetEmotion(f.requiredString("stepId"), f.optionalLong("personaId"), f.optionalInt("score"));
            }
            case "attachPersona" -> new AttachPersona(f.requiredLong("personaId"));
            case "detachPersona" -> new DetachPersona(f.requiredLong("personaId"));
            case "setMapFields" -> new SetMapFields(mapFields(f.requiredObject("fields")));
            default -> throw new IllegalStateException(type);
        };
    }

    private static Map<MapField, Object> mapFields(JsonFields f) {
        Map<MapField, Object> values = new EnumMap<>(MapField.class);
        for (String name : f.fieldNames()) {
            MapField field = MapField.byWireName(name).orElseThrow(() -> f.error(name, "unknown field"));
            if (f.isNull(name)) {
                values.put(field, null);
                continue;
            }
            values.put(field, switch (field) {
                case TITLE, GOAL, OWNER -> f.requiredString(name);
                case JOURNEY_TYPE -> f.requiredEnum(name, JourneyType.class);
                case STATE -> f.requiredEnum(name, MapState.class);
                case SALES_CYCLE -> f.requiredEnum(name, SalesCycle.class);
                case DIRECTION -> f.requiredEnum(name, Direction.class);
            });
        }
        return values;
    }

    public static ArrayNode writeAll(List<MapOperation> ops) {
        ArrayNode a = Json.array();
        ops.forEach(op -> a.add(write(op)));
        return a;
    }

    public static ObjectNode write(MapOperation op) {
        ObjectNode o = Json.object();
        o.put("type", op.type());
        if (op instanceof AddStage x) {
            o.put("stageId", x.stageId()).put("index", x.index()).put("name", x.name());
            o.putObject("step").put("id", x.step().id()).put("name", x.step().name());
        } else if (op instanceof RenameStage x) {
            o.put("stageId", x.stageId()).put("name", x.name());
        } else if (op instanceof MoveStage x) {
            o.put("stageId", x.stageId()).put("index", x.index());
        } else if (op instanceof DeleteStage x) {
            o.put("stageId", x.stageId());
        } else if (op instanceof SetStageHidden x) {
            o.put("stageId", x.stageId()).put("hidden", x.hidden());
        } else if (op instanceof AddStep x) {
            o.put("stageId", x.stageId()).put("stepId", x.stepId()).put("index", x.index()).put("name", x.name());
        } else if (op instanceof RenameStep x) {
            o.put("stepId", x.stepId()).put("name", x.name());
        } else if (op instanceof MoveStep x) {
            o.put("stepId", x.stepId()).put("stageId", x.stageId()).put("index", x.index());
        } else if (op instanceof DeleteStep x) {
            o.put("stepId", x.stepId());
        } else if (op instanceof SetStepHidden x) {
            o.put("stepId", x.stepId()).put("hidden", x.hidden());
        } else if (op instanceof AddLane x) {
            o.put("laneId", x.laneId()).put("index", x.index()).put("laneType", x.laneType().name()).put("name", x.name());
        } else if (op instanceof RenameLane x) {
            o.put("laneId", x.laneId()).put("name", x.name());
        } else if (op instanceof MoveLane x) {
            o.put("laneId", x.laneId()).put("index", x.index());
        } else if (op instanceof DeleteLane x) {
            o.put("laneId", x.laneId());
        } else if (op instanceof SetLaneHidden x) {
            o.put("laneId", x.laneId()).put("hidden", x.hidden());
        } else if (op instanceof AddCard x) {
            o.put("cardId", x.cardId()).put("laneId", x.laneId()).put("stepId", x.stepId()).put("index", x.index());
            o.set("fields", CardFieldJson.write(x.fields()));
        } else if (op instanceof UpdateCard x) {
            o.put("cardId", x.cardId());
            o.set("fields", CardFieldJson.write(x.fields()));
        } else if (op instanceof MoveCard x) {
            o.put("cardId", x.cardId()).put("laneId", x.laneId()).put("stepId", x.stepId()).put("index", x.index());
        } else if (op instanceof DeleteCard x) {
            o.put("cardId", x.cardId());
        } else if (op instanceof SetEmotion x) {
            o.put("stepId", x.stepId()).put("personaId", x.personaId()).put("score", x.score());
        } else if (op instanceof AttachPersona x) {
            o.put("personaId", x.personaId());
        } else if (op instanceof DetachPersona x) {
            o.put("personaId", x.personaId());
        } else if (op instanceof SetMapFields x) {
            ObjectNode fields = o.putObject("fields");
            x.fields().forEach((f, v) -> fields.set(f.wireName(), Json.valueNode(v)));
        }
        return o;
    }
}
