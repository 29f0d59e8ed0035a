import type { MapData, Operation } from '../editor/contract';
import * as cards from './apply-cards';
import * as structure from './apply-structure';

// Applies REST operations (docs/operations.md) to a map locally, immutably and with structural
// sharing: what an operation does not touch keeps its identity, so views can skip unchanged parts.
// Positions out of range are pulled to the nearest end, as the server does for merged batches.

/** The map after one operation, or null when it cannot apply (unknown element, invalid value). */
export function applyOperation(map: MapData, op: Operation): MapData | null {
  switch (op.type) {
    case 'addStage': return structure.addStage(map, op);
    case 'renameStage': return renamed(op.name, (n) => structure.patchStage(map, op.stageId, { name: n }));
    case 'moveStage': return structure.moveStage(map, op);
    case 'deleteStage': return structure.deleteStage(map, op);
    case 'setStageHidden': return structure.patchStage(map, op.stageId, { hidden: op.hidden === true });
    case 'addStep': return structure.addStep(map, op);
    case 'renameStep': return renamed(op.name, (n) => structure.patchStep(map, op.stepId, { name: n }));
    case 'moveStep': return structure.moveStep(map, op);
    case 'deleteStep': return structure.deleteStep(map, op);
    case 'setStepHidden': return structure.patchStep(map, op.stepId, { hidden: op.hidden === true });
    case 'addLane': return structure.addLane(map, op);
    case 'renameLane': return renamed(op.name, (n) => structure.patchLane(map, op.laneId, { name: n }));
    case 'moveLane': return structure.moveLane(map, op);
    case 'deleteLane': return structure.deleteLane(map, op);
    case 'setLaneHidden': return structure.patchLane(map, op.laneId, { hidden: op.hidden === true });
    case 'addCard': return cards.addCard(map, op);
    case 'updateCard': return cards.updateCard(map, op);
    case 'moveCard': return cards.moveCard(map, op);
    case 'deleteCard': return cards.deleteCard(map, op);
    case 'setEmotion': return cards.setEmotion(map, op);
    case 'attachPersona': return cards.attachPersona(map, op);
    case 'detachPersona': return cards.detachPersona(map, op);
    case 'setMapFields': return cards.setMapFields(map, op);
    default: return null;
  }
}

export interface ApplyResult {
  map: MapData;
  /** Indexes of the operations that could not apply and were left out. */
  skipped: number[];
}

/** Applies the operations in order, leaving out those that cannot apply. */
export function applyOperations(map: MapData, ops: readonly Operation[]): ApplyResult {
  let current = map;
  const skipped: number[] = [];
  ops.forEach((op, i) => {
    const next = applyOperation(current, op);
    if (next === null) {
      skipped.push(i);
    } else {
      current = next;
    }
  });
  return { map: current, skipped };
}

/** The map after the operations (those that cannot apply are ignored). */
export function apply(map: MapData, ops: readonly Operation[]): MapData {
  return applyOperations(map, ops).map;
}

function renamed(value: string, patch: (name: string) => MapData | null): MapData | null {
  const n = structure.name(value);
  return n === null ? null : patch(n);
}
