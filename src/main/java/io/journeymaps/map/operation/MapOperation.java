package io.journeymaps.map.operation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.LaneType;

/**
 * One small edit of a journey map, as the editor sends it. {@link #type()} is the JSON name.
 * Operations are plain data: {@link OperationApplier} validates and applies them, {@link BatchMerger}
 * decides whether a batch based on an older version still applies. Ids of new elements are chosen by
 * the client (so that later operations of the same batch can refer to them).
 */
public sealed interface MapOperation {

    /** The operation's name in JSON, e.g. {@code addCard}. */
    String type();

    record StepSpec(String id, String name) {
    }

    record AddStage(String stageId, int index, String name, StepSpec step) implements MapOperation {
        public String type() {
            return "addStage";
        }
    }

    record RenameStage(String stageId, String name) implements MapOperation {
        public String type() {
            return "renameStage";
        }
    }

    record MoveStage(String stageId, int index) implements MapOperation {
        public String type() {
            return "moveStage";
        }
    }

    record DeleteStage(String stageId) implements MapOperation {
        public String type() {
            return "deleteStage";
        }
    }

    record SetStageHidden(String stageId, boolean hidden) implements MapOperation {
        public String type() {
            return "setStageHidden";
        }
    }

    record AddStep(String stageId, String stepId, int index, String name) implements MapOperation {
        public String type() {
            return "addStep";
        }
    }

    record RenameStep(String stepId, String name) implements MapOperation {
        public String type() {
            return "renameStep";
        }
    }

    /** Moves a step to {@code index} among the steps of {@code stageId} (which may be another stage). */
    record MoveStep(String stepId, String stageId, int index) implements MapOperation {
        public String type() {
            return "moveStep";
        }
    }

    record DeleteStep(String stepId) implements MapOperation {
        public String type() {
            return "deleteStep";
        }
    }

    record SetStepHidden(String stepId, boolean hidden) implements MapOperation {
        public String type() {
            return "setStepHidden";
        }
    }

    record AddLane(String laneId, int index, LaneType laneType, String name) implements MapOperation {
        public String type() {
            return "addLane";
        }
    }

    record RenameLane(String laneId, String name) implements MapOperation {
        public String type() {
            return "renameLane";
        }
    }

    record MoveLane(String laneId, int index) implements MapOperation {
        public String type() {
            return "moveLane";
        }
    }

    record DeleteLane(String laneId) implements MapOperation {
        public String type() {
            return "deleteLane";
        }
    }

    record SetLaneHidden(String laneId, boolean hidden) implements MapOperation {
        public String type() {
            return "setLaneHidden";
        }
    }

    /** Adds a card at {@code index} among the cards of the cell (lane × step). */
    record AddCard(String cardId, String laneId, String stepId, int index, Map<CardField, Object> fields)
            implements MapOperation {
        public AddCard {
            fields = fieldMap(fields);
        }

        public String type() {
            return "addCard";
        }
    }

    /** Changes only the given fields; a null value clears the field. */
    record UpdateCard(String cardId, Map<CardField, Object> fields) implements MapOperation {
        public UpdateCard {
            fields = fieldMap(fields);
        }

        public String type() {
            return "updateCard";
        }
    }

    /** Moves a card to {@code index} among the other cards of the target cell. */
    record MoveCard(String cardId, String laneId, String stepId, int index) implements MapOperation {
        public String type() {
            return "moveCard";
        }
    }

    record DeleteCard(String cardId) implements MapOperation {
        public String type() {
            return "deleteCard";
        }
    }

    /** Sets a persona's (or, with a null persona, the general) emotion score at a step; a null score removes it. */
    record SetEmotion(String stepId, Long personaId, Integer score) implements MapOperation {
        public String type() {
            return "setEmotion";
        }
    }

    record AttachPersona(long personaId) implements MapOperation {
        public String type() {
            return "attachPersona";
        }
    }

    /** Detaches a persona from the map; its emotion scores go too. */
    record DetachPersona(long personaId) implements MapOperation {
        public String type() {
            return "detachPersona";
        }
    }

    /** Changes only the given map fields; a null value clears a field that may be empty. */
    record SetMapFields(Map<MapField, Object> fields) implements MapOperation {
        public SetMapFields {
            EnumMap<MapField, Object> copy = new EnumMap<>(MapField.class);
            if (fields != null) {
                fields.forEach(copy::put);
            }
            fields = Collections.unmodifiableMap(copy);
        }

        public String type() {
            return "setMapFields";
        }
    }

    /** Keeps null values (they mean "clear"), which Map.copyOf would refuse. */
    private static Map<CardField, Object> fieldMap(Map<CardField, Object> fields) {
        Map<CardField, Object> copy = new EnumMap<>(CardField.class);
        if (fields != null) {
            fields.forEach(copy::put);
        }
        return Collections.unmodifiableMap(copy);
    }
}
