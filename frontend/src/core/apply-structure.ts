import type { Emotion, MapData, Operation, Stage, Step } from '../editor/contract';
import { clamp, findStep, idIsFree, insertAt, replaceAt } from './lookup';

// Stages, steps and lanes: the grid's columns and rows. Each function returns the new map, or null
// when the operation cannot apply to this map (the server would refuse it too).

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;

export function name(value: unknown): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed.length >= 1 && trimmed.length <= 255 ? trimmed : null;
}

export function addStage(map: MapData, op: Op<'addStage'>): MapData | null {
  const stageName = name(op.name);
  const stepName = name(op.step?.name);
  if (stageName === null || stepName === null || op.stageId === op.step.id
      || !idIsFree(map, op.stageId) || !idIsFree(map, op.step.id)) {
    return null;
  }
  const stage: Stage = { id: op.stageId, name: stageName, hidden: false, steps: [{ id: op.step.id, name: stepName, hidden: false }] };
  return { ...map, stages: insertAt(map.stages, clamp(op.index, map.stages.length), stage) };
}

export function patchStage(map: MapData, stageId: string, patch: Partial<Stage>): MapData | null {
  const index = map.stages.findIndex((s) => s.id === stageId);
  if (index < 0) {
    return null;
  }
  return { ...map, stages: replaceAt(map.stages, index, { ...map.stages[index], ...patch }) };
}

export function moveStage(map: MapData, op: Op<'moveStage'>): MapData | null {
  const from = map.stages.findIndex((s) => s.id === op.stageId);
  if (from < 0) {
    return null;
  }
  const without = map.stages.filter((_, i) => i !== from);
  return { ...map, stages: insertAt(without, clamp(op.index, without.length), map.stages[from]) };
}

export function deleteStage(map: MapData, op: Op<'deleteStage'>): MapData | null {
  const stage = map.stages.find((s) => s.id === op.stageId);
  if (stage === undefined || map.stages.length === 1) {
    return null;
  }
  const steps = new Set(stage.steps.map((st) => st.id));
  return removeCardsAndScores({ ...map, stages: map.stages.filter((s) => s !== stage) }, steps, null);
}

export function addStep(map: MapData, op: Op<'addStep'>): MapData | null {
  const index = map.stages.findIndex((s) => s.id === op.stageId);
  const stepName = name(op.name);
  if (index < 0 || stepName === null || !idIsFree(map, op.stepId)) {
    return null;
  }
  const stage = map.stages[index];
  const step: Step = { id: op.stepId, name: stepName, hidden: false };
  const steps = insertAt(stage.steps, clamp(op.index, stage.steps.length), step);
  return { ...map, stages: replaceAt(map.stages, index, { ...stage, steps }) };
}

export function patchStep(map: MapData, stepId: string, patch: Partial<Step>): MapData | null {
  const place = findStep(map, stepId);
  if (place === null) {
    return null;
  }
  const steps = replaceAt(place.stage.steps, place.index, { ...place.step, ...patch });
  return { ...map, stages: replaceAt(map.stages, place.stageIndex, { ...place.stage, steps }) };
}

export function moveStep(map: MapData, op: Op<'moveStep'>): MapData | null {
  const place = findStep(map, op.stepId);
  const targetIndex = map.stages.findIndex((s) => s.id === op.stageId);
  if (place === null || targetIndex < 0) {
    return null;
  }
  if (targetIndex !== place.stageIndex && place.stage.steps.length === 1) {
    return null;
  }
  const remaining = place.stage.steps.filter((_, i) => i !== place.index);
  let stages = replaceAt(map.stages, place.stageIndex, { ...place.stage, steps: remaining });
  const target = stages[targetIndex];
  const steps = insertAt(target.steps, clamp(op.index, target.steps.length), place.step);
  stages = replaceAt(stages, targetIndex, { ...target, steps });
  return { ...map, stages };
}

export function deleteStep(map: MapData, op: Op<'deleteStep'>): MapData | null {
  const place = findStep(map, op.stepId);
  if (place === null || place.stage.steps.length === 1) {
    return null;
  }
  const steps = place.stage.steps.filter((_, i) => i !== place.index);
  const stages = replaceAt(map.stages, place.stageIndex, { ...place.stage, steps });
  return removeCardsAndScores({ ...map, stages }, new Set([op.stepId]), null);
}

export function addLane(map: MapData, op: Op<'addLane'>): MapData | null {
  const laneName = name(op.name);
  if (laneName === null || !idIsFree(map, op.laneId) || typeof op.laneType !== 'string') {
    return null;
  }
  const lane = { id: op.laneId, type: op.laneType, name: laneName, hidden: false };
  return { ...map, lanes: insertAt(map.lanes, clamp(op.index, map.lanes.length), lane) };
}

export function patchLane(map: MapData, laneId: string, patch: { name?: string; hidden?: boolean }): MapData | null {
  const index = map.lanes.findIndex((l) => l.id === laneId);
  if (index < 0) {
    return null;
  }
  return { ...map, lanes: replaceAt(map.lanes, index, { ...map.lanes[index], ...patch }) };
}

export function moveLane(map: MapData, op: Op<'moveLane'>): MapData | null {
  const from = map.lanes.findIndex((l) => l.id === op.laneId);
  if (from < 0) {
    return null;
  }
  const without = map.lanes.filter((_, i) => i !== from);
  return { ...map, lanes: insertAt(without, clamp(op.index, without.length), map.lanes[from]) };
}

export function deleteLane(map: MapData, op: Op<'deleteLane'>): MapData | null {
  if (!map.lanes.some((l) => l.id === op.laneId)) {
    return null;
  }
  const lanes = map.lanes.filter((l) => l.id !== op.laneId);
  return removeCardsAndScores({ ...map, lanes }, null, op.laneId);
}

/** Drops the cards of the given steps or lane, and the scores of those steps. Arrays that lose nothing are kept. */
function removeCardsAndScores(map: MapData, stepIds: Set<string> | null, laneId: string | null): MapData {
  const goes = (stepId: string, lane: string | null) => (stepIds !== null && stepIds.has(stepId)) || (lane !== null && lane === laneId);
  const cards = map.cards.filter((c) => !goes(c.stepId, c.laneId));
  const emotions: Emotion[] = stepIds === null ? map.emotions : map.emotions.filter((e) => !stepIds.has(e.stepId));
  return {
    ...map,
    cards: cards.length === map.cards.length ? map.cards : cards,
    emotions: emotions.length === map.emotions.length ? map.emotions : emotions,
  };
}
