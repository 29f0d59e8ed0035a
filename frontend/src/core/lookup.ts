import type { Card, Lane, MapData, Stage, Step } from '../editor/contract';

/** Where a step sits: its stage and its index among the stage's steps. */
export interface StepPlace { stage: Stage; stageIndex: number; step: Step; index: number }

export function findStep(map: MapData, stepId: string): StepPlace | null {
  for (let s = 0; s < map.stages.length; s++) {
    const stage = map.stages[s];
    const index = stage.steps.findIndex((st) => st.id === stepId);
    if (index >= 0) {
      return { stage, stageIndex: s, step: stage.steps[index], index };
    }
  }
  return null;
}

export function findStage(map: MapData, stageId: string): Stage | undefined {
  return map.stages.find((s) => s.id === stageId);
}

export function findLane(map: MapData, laneId: string): Lane | undefined {
  return map.lanes.find((l) => l.id === laneId);
}

export function findCard(map: MapData, cardId: string): Card | undefined {
  return map.cards.find((c) => c.id === cardId);
}

/** The card's position among the cards of its cell (the index a move or add uses). */
export function indexInCell(cards: readonly Card[], card: Card): number {
  let index = 0;
  for (const c of cards) {
    if (c === card || c.id === card.id) {
      return index;
    }
    if (c.laneId === card.laneId && c.stepId === card.stepId) {
      index++;
    }
  }
  return -1;
}

export function cellSize(cards: readonly Card[], laneId: string, stepId: string): number {
  let n = 0;
  for (const c of cards) {
    if (c.laneId === laneId && c.stepId === stepId) {
      n++;
    }
  }
  return n;
}

/** True when no stage, step, lane or card of the map uses the id. */
export function idIsFree(map: MapData, id: string): boolean {
  if (map.lanes.some((l) => l.id === id) || map.cards.some((c) => c.id === id)) {
    return false;
  }
  return !map.stages.some((s) => s.id === id || s.steps.some((st) => st.id === id));
}

export function clamp(index: number, max: number): number {
  if (!Number.isFinite(index) || index < 0) {
    return 0;
  }
  return Math.min(Math.trunc(index), max);
}

/** A copy of the list with the item inserted at index. */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy.splice(index, 0, item);
  return copy;
}

/** A copy of the list with the item at index replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}
