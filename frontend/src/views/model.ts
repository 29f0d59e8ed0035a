// Read-only helpers over MapData for the views: what is shown, which fields a lane takes.
import type { Card, Lane, LaneType, MapData, Stage, Step } from '../editor/contract';

export interface Column { step: Step; stage: Stage }

/** Fields every card may have; the others depend on the lane type (docs/operations.md). */
export const COMMON_FIELDS = ['text', 'momentThatMatters', 'owner', 'colour'];

export const LANE_FIELDS: Partial<Record<LaneType, string[]>> = {
  PAIN_POINTS: ['severity', 'frequency'],
  OPPORTUNITIES: ['feasible', 'viable', 'desirable'],
  TOUCHPOINTS: ['channel'],
  ONSTAGE: ['actor'],
  BACKSTAGE: ['actor'],
  METRICS: ['metricName', 'metricUnit', 'metricTarget', 'metricActual', 'metricSource'],
  EVIDENCE: ['evidenceKind', 'evidenceSource', 'evidenceQuote', 'evidenceCount'],
};

export const LANE_TYPES: LaneType[] = ['ACTIONS', 'THOUGHTS', 'FEELINGS', 'EMOTION', 'TOUCHPOINTS', 'ONSTAGE',
  'BACKSTAGE', 'PAIN_POINTS', 'OPPORTUNITIES', 'METRICS', 'OWNERS', 'EVIDENCE', 'TEXT'];

/** Whether a card can move into a lane as it is (the server refuses fields the lane does not take). */
export function laneTakes(lane: Lane, card: Card): boolean {
  if (lane.type === 'EMOTION') return false;
  const allowed = new Set([...COMMON_FIELDS, ...(LANE_FIELDS[lane.type] ?? [])]);
  return Object.entries(card.fields).every(([k, v]) => v === null || v === '' || allowed.has(k));
}

/** Stages shown: editors see hidden ones too (marked), readers do not. */
export function shownStages(map: MapData, canEdit: boolean): Stage[] {
  return map.stages.filter((s) => canEdit || !s.hidden);
}

export function columns(map: MapData, canEdit: boolean): Column[] {
  const out: Column[] = [];
  for (const stage of shownStages(map, canEdit)) {
    for (const step of stage.steps) {
      if (canEdit || !step.hidden) out.push({ step, stage });
    }
  }
  return out;
}

export function cardsIn(map: MapData, laneId: string, stepId: string): Card[] {
  return map.cards.filter((c) => c.laneId === laneId && c.stepId === stepId);
}

export function findStep(map: MapData, stepId: string): { stage: Stage; step: Step; index: number } | null {
  for (const stage of map.stages) {
    const index = stage.steps.findIndex((s) => s.id === stepId);
    if (index >= 0) return { stage, step: stage.steps[index], index };
  }
  return null;
}

export function cardText(card: Card): string {
  const text = card.fields.text;
  return typeof text === 'string' ? text : '';
}

/** Opportunity priority: the server's value, else the sum when all three scores are there. */
export function priorityOf(card: Card): number | null {
  if (typeof card.priority === 'number') return card.priority;
  const { feasible, viable, desirable } = card.fields;
  return typeof feasible === 'number' && typeof viable === 'number' && typeof desirable === 'number'
    ? feasible + viable + desirable : null;
}

/** Comment count when the map JSON carries one (a later issue adds comments). */
export function commentCount(card: Card): number {
  const n = (card as unknown as { commentCount?: unknown }).commentCount;
  return typeof n === 'number' && n > 0 ? n : 0;
}
