import type { Card, Command, Emotion, LaneType, MapData, Operation } from '../editor/contract';
import { newId } from './ids';
import { findStage, findStep } from './lookup';

// Command factories for stages, steps and lanes. Inverses are computed from the map as it is now,
// so that undo restores exactly what was there (deletes re-create children, cards and scores).

export function none(label: string): Command {
  return { label, ops: [], inverse: [] };
}

export function addStage(map: MapData, index: number, name: string, firstStepName: string): Command {
  const stageId = newId();
  const op: Operation = { type: 'addStage', stageId, index: bound(index, map.stages.length), name, step: { id: newId(), name: firstStepName } };
  return { label: 'Add stage', ops: [op], inverse: [{ type: 'deleteStage', stageId }] };
}

export function renameStage(map: MapData, stageId: string, name: string): Command {
  const stage = findStage(map, stageId);
  if (stage === undefined) {
    return none('Rename stage');
  }
  return { label: 'Rename stage', ops: [{ type: 'renameStage', stageId, name }], inverse: [{ type: 'renameStage', stageId, name: stage.name }] };
}

export function moveStage(map: MapData, stageId: string, index: number): Command {
  const from = map.stages.findIndex((s) => s.id === stageId);
  if (from < 0) {
    return none('Move stage');
  }
  return {
    label: 'Move stage',
    ops: [{ type: 'moveStage', stageId, index: bound(index, map.stages.length - 1) }],
    inverse: [{ type: 'moveStage', stageId, index: from }],
  };
}

export function deleteStage(map: MapData, stageId: string): Command {
  const index = map.stages.findIndex((s) => s.id === stageId);
  if (index < 0) {
    return none('Delete stage');
  }
  const stage = map.stages[index];
  const [first, ...rest] = stage.steps;
  const inverse: Operation[] = [{ type: 'addStage', stageId, index, name: stage.name, step: { id: first.id, name: first.name } }];
  if (stage.hidden) {
    inverse.push({ type: 'setStageHidden', stageId, hidden: true });
  }
  rest.forEach((st, i) => inverse.push({ type: 'addStep', stageId, stepId: st.id, index: i + 1, name: st.name }));
  const stepIds = new Set(stage.steps.map((st) => st.id));
  inverse.push(...hiddenSteps(stage.steps), ...restoreContent(map, (c) => stepIds.has(c.stepId), (e) => stepIds.has(e.stepId)));
  return { label: 'Delete stage', ops: [{ type: 'deleteStage', stageId }], inverse };
}

export function setStageHidden(map: MapData, stageId: string, hidden: boolean): Command {
  const stage = findStage(map, stageId);
  if (stage === undefined) {
    return none(hidden ? 'Hide stage' : 'Show stage');
  }
  return {
    label: hidden ? 'Hide stage' : 'Show stage',
    ops: [{ type: 'setStageHidden', stageId, hidden }],
    inverse: [{ type: 'setStageHidden', stageId, hidden: stage.hidden }],
  };
}

export function addStep(map: MapData, stageId: string, index: number, name: string): Command {
  const stage = findStage(map, stageId);
  if (stage === undefined) {
    return none('Add step');
  }
  const stepId = newId();
  return {
    label: 'Add step',
    ops: [{ type: 'addStep', stageId, stepId, index: bound(index, stage.steps.length), name }],
    inverse: [{ type: 'deleteStep', stepId }],
  };
}

export function renameStep(map: MapData, stepId: string, name: string): Command {
  const place = findStep(map, stepId);
  if (place === null) {
    return none('Rename step');
  }
  return { label: 'Rename step', ops: [{ type: 'renameStep', stepId, name }], inverse: [{ type: 'renameStep', stepId, name: place.step.name }] };
}

export function moveStep(map: MapData, stepId: string, stageId: string, index: number): Command {
  const place = findStep(map, stepId);
  const target = findStage(map, stageId);
  if (place === null || target === undefined) {
    return none('Move step');
  }
  const siblings = target.id === place.stage.id ? target.steps.length - 1 : target.steps.length;
  return {
    label: 'Move step',
    ops: [{ type: 'moveStep', stepId, stageId, index: bound(index, siblings) }],
    inverse: [{ type: 'moveStep', stepId, stageId: place.stage.id, index: place.index }],
  };
}

export function deleteStep(map: MapData, stepId: string): Command {
  const place = findStep(map, stepId);
  if (place === null) {
    return none('Delete step');
  }
  const { stage, step, index } = place;
  const inverse: Operation[] = [{ type: 'addStep', stageId: stage.id, stepId, index, name: step.name }];
  inverse.push(...hiddenSteps([step]), ...restoreContent(map, (c) => c.stepId === stepId, (e) => e.stepId === stepId));
  return { label: 'Delete step', ops: [{ type: 'deleteStep', stepId }], inverse };
}

export function setStepHidden(map: MapData, stepId: string, hidden: boolean): Command {
  const place = findStep(map, stepId);
  if (place === null) {
    return none(hidden ? 'Hide step' : 'Show step');
  }
  return {
    label: hidden ? 'Hide step' : 'Show step',
    ops: [{ type: 'setStepHidden', stepId, hidden }],
    inverse: [{ type: 'setStepHidden', stepId, hidden: place.step.hidden }],
  };
}

export function addLane(map: MapData, index: number, laneType: LaneType, name: string): Command {
  const laneId = newId();
  return {
    label: 'Add lane',
    ops: [{ type: 'addLane', laneId, index: bound(index, map.lanes.length), laneType, name }],
    inverse: [{ type: 'deleteLane', laneId }],
  };
}

export function renameLane(map: MapData, laneId: string, name: string): Command {
  const lane = map.lanes.find((l) => l.id === laneId);
  if (lane === undefined) {
    return none('Rename lane');
  }
  return { label: 'Rename lane', ops: [{ type: 'renameLane', laneId, name }], inverse: [{ type: 'renameLane', laneId, name: lane.name }] };
}

export function moveLane(map: MapData, laneId: string, index: number): Command {
  const from = map.lanes.findIndex((l) => l.id === laneId);
  if (from < 0) {
    return none('Move lane');
  }
  return {
    label: 'Move lane',
    ops: [{ type: 'moveLane', laneId, index: bound(index, map.lanes.length - 1) }],
    inverse: [{ type: 'moveLane', laneId, index: from }],
  };
}

export function deleteLane(map: MapData, laneId: string): Command {
  const index = map.lanes.findIndex((l) => l.id === laneId);
  if (index < 0) {
    return none('Delete lane');
  }
  const lane = map.lanes[index];
  const inverse: Operation[] = [{ type: 'addLane', laneId, index, laneType: lane.type, name: lane.name }];
  if (lane.hidden) {
    inverse.push({ type: 'setLaneHidden', laneId, hidden: true });
  }
  inverse.push(...restoreContent(map, (c) => c.laneId === laneId, () => false));
  return { label: 'Delete lane', ops: [{ type: 'deleteLane', laneId }], inverse };
}

export function setLaneHidden(map: MapData, laneId: string, hidden: boolean): Command {
  const lane = map.lanes.find((l) => l.id === laneId);
  if (lane === undefined) {
    return none(hidden ? 'Hide lane' : 'Show lane');
  }
  return {
    label: hidden ? 'Hide lane' : 'Show lane',
    ops: [{ type: 'setLaneHidden', laneId, hidden }],
    inverse: [{ type: 'setLaneHidden', laneId, hidden: lane.hidden }],
  };
}

/**
 * Operations that re-create the matching cards (each at its place in its cell, with all its
 * fields) and emotion scores. The cells are empty when these run, so cards go in list order.
 */
export function restoreContent(map: MapData, cardGoes: (c: Card) => boolean, scoreGoes: (e: Emotion) => boolean): Operation[] {
  const ops: Operation[] = [];
  const perCell = new Map<string, number>();
  for (const card of map.cards) {
    if (cardGoes(card)) {
      const cell = `${card.laneId}\u0000${card.stepId}`;
      const index = perCell.get(cell) ?? 0;
      perCell.set(cell, index + 1);
      ops.push({ type: 'addCard', cardId: card.id, laneId: card.laneId, stepId: card.stepId, index, fields: { ...card.fields } });
    }
  }
  for (const e of map.emotions) {
    if (scoreGoes(e)) {
      ops.push({ type: 'setEmotion', stepId: e.stepId, personaId: e.personaId, score: e.score });
    }
  }
  return ops;
}

function hiddenSteps(steps: readonly { id: string; hidden: boolean }[]): Operation[] {
  return steps.filter((st) => st.hidden).map((st) => ({ type: 'setStepHidden', stepId: st.id, hidden: true }));
}

/** An index in 0..max (what the server accepts for a batch against the current version). */
function bound(index: number, max: number): number {
  if (!Number.isFinite(index) || index < 0) {
    return 0;
  }
  return Math.min(Math.trunc(index), Math.max(max, 0));
}
