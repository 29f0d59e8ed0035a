import type { CardFields, LaneType } from '../editor/contract';

/** Fields every card may have, whatever its lane. */
export const COMMON_FIELDS: readonly string[] = ['text', 'momentThatMatters', 'owner', 'colour'];

const TYPED_FIELDS: Partial<Record<LaneType, readonly string[]>> = {
  PAIN_POINTS: ['severity', 'frequency'],
  OPPORTUNITIES: ['feasible', 'viable', 'desirable'],
  TOUCHPOINTS: ['channel'],
  ONSTAGE: ['actor'],
  BACKSTAGE: ['actor'],
  METRICS: ['metricName', 'metricUnit', 'metricTarget', 'metricActual', 'metricSource'],
  EVIDENCE: ['evidenceKind', 'evidenceSource', 'evidenceQuote', 'evidenceCount'],
};

/** The fields a card in a lane of this type may carry (the server refuses others). */
export function fieldsOf(laneType: LaneType): readonly string[] {
  return [...COMMON_FIELDS, ...(TYPED_FIELDS[laneType] ?? [])];
}

export function laneAccepts(laneType: LaneType, field: string): boolean {
  return COMMON_FIELDS.includes(field) || (TYPED_FIELDS[laneType]?.includes(field) ?? false);
}

/** The emotion lane holds scores per step and persona, not cards. */
export function holdsCards(laneType: LaneType): boolean {
  return laneType !== 'EMOTION';
}

/** Opportunity priority: feasible + viable + desirable, or null while a score is missing. */
export function priorityOf(fields: CardFields): number | null {
  const f = fields.feasible;
  const v = fields.viable;
  const d = fields.desirable;
  return typeof f === 'number' && typeof v === 'number' && typeof d === 'number' ? f + v + d : null;
}
