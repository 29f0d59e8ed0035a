package io.journeymaps.map.operation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.map.model.JourneyMap;
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
import io.journeymaps.map.operation.MapOperation.UpdateCard;

/**
 * Applies operations to a map, validating each against the map as it is at that point of the batch:
 * ids well formed, new ids unused, referenced ids present in this map, positions in range, card fields
 * allowed by the lane type, values in range, names and texts within the limits. Any failure throws
 * {@link InvalidInputException} naming {@code operations[i].<field>}; the input map is never changed.
 */
public final class OperationApplier {

    /** Applies a whole batch; all or nothing. */
    public JourneyMap applyAll(JourneyMap map, List<MapOperation> ops) {
        return applyBatch(map, ops).map();
    }

    /** Applies a whole batch and reports every target it changed. */
    public OperationResult applyBatch(JourneyMap map, List<MapOperation> ops) {
        JourneyMap current = map;
        Set<Target> changed = new LinkedHashSet<>();
        for (int i = 0; i < ops.size(); i++) {
            OperationResult r = apply(current, ops.get(i), i, false);
            current = r.map();
            changed.addAll(r.changed());
        }
        return new OperationResult(current, changed);
    }

    /**
     * Applies one operation, the {@code index}-th of its batch. With {@code clampIndices} (a batch
     * rebased onto a newer version, where others may have added or removed elements) positions beyond
     * the ends are pulled to the nearest end instead of refused.
     */
    public OperationResult apply(JourneyMap map, MapOperation op, int index, boolean clampIndices) {
        String path = "operations[" + index + "]";
        if (op == null) {
            throw new InvalidInputException(path, "is required");
        }
        boolean c = clampIndices;
        if (op instanceof AddStage o) {
            return StructureEdits.addStage(map, o, path, c);
        } else if (op instanceof RenameStage o) {
            return StructureEdits.renameStage(map, o, path);
        } else if (op instanceof MoveStage o) {
            return StructureEdits.moveStage(map, o, path, c);
        } else if (op instanceof DeleteStage o) {
            return StructureEdits.deleteStage(map, o, path);
        } else if (op instanceof SetStageHidden o) {
            return StructureEdits.setStageHidden(map, o, path);
        } else if (op instanceof AddStep o) {
            return StructureEdits.addStep(map, o, path, c);
        } else if (op instanceof RenameStep o) {
            return StructureEdits.renameStep(map, o, path);
        } else if (op instanceof MoveStep o) {
            return StructureEdits.moveStep(map, o, path, c);
        } else if (op instanceof DeleteStep o) {
            return StructureEdits.deleteStep(map, o, path);
        } else if (op instanceof SetStepHidden o) {
            return StructureEdits.setStepHidden(map, o, path);
        } else if (op instanceof AddLane o) {
            return StructureEdits.addLane(map, o, path, c);
        } else if (op instanceof RenameLane o) {
            return StructureEdits.renameLane(map, o, path);
        } else if (op instanceof MoveLane o) {
            return StructureEdits.moveLane(map, o, path, c);
        } else if (op instanceof DeleteLane o) {
            return StructureEdits.deleteLane(map, o, path);
        } else if (op instanceof SetLaneHidden o) {
            return StructureEdits.setLaneHidden(map, o, path);
        } else if (op instanceof AddCard o) {
            return CardEdits.addCard(map, o, path, c);
        } else if (op instanceof UpdateCard o) {
            return CardEdits.updateCard(map, o, path);
        } else if (op instanceof MoveCard o) {
            return CardEdits.moveCard(map, o, path, c);
        } else if (op instanceof DeleteCard o) {
            return CardEdits.deleteCard(map, o, path);
        } else if (op instanceof SetEmotion o) {
            return MapEdits.setEmotion(map, o, path);
        } else if (op instanceof AttachPersona o) {
            return MapEdits.attachPersona(map, o, path);
        } else if (op instanceof DetachPersona o) {
            return MapEdits.detachPersona(map, o, path);
        } else if (op instanceof SetMapFields o) {
            return MapEdits.setMapFields(map, o, path);
        }
        throw new IllegalStateException("unhandled operation " + op.type());
    }
}
