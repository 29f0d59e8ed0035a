import type { Card, MapData, Persona } from '../editor/contract';

// A small but complete map for tests: hidden stage and step, cards of several lane types spread
// over cells in an interleaved order, general and persona emotion scores.

export const ANNA: Persona = { id: 7, spaceKey: 'DS', name: 'Anna', jobTitle: 'Buyer' };
export const BEN: Persona = { id: 8, spaceKey: 'DS', name: 'Ben' };

function card(id: string, laneId: string, stepId: string, fields: Card['fields'], extra: Partial<Card> = {}): Card {
  return { id, laneId, stepId, fields, jiraLinks: [], ...extra };
}

export function sampleMap(): MapData {
  return {
    id: 42, pageId: 100, spaceKey: 'DS', macroKey: 'mk1',
    title: 'Buying a bike', goal: 'Understand buyers', journeyType: 'NEW_CUSTOMER', state: 'CURRENT',
    derivedFromMapId: null, salesCycle: null, owner: null, direction: 'LTR', language: 'en', templateId: null,
    version: 5, created: '2024-01-01T00:00:00Z', updated: '2024-01-02T00:00:00Z',
    stages: [
      { id: 'S1', name: 'Awareness', hidden: false, steps: [{ id: 's1', name: 'Sees ad', hidden: false }, { id: 's2', name: 'Asks friend', hidden: true }] },
      { id: 'S2', name: 'Purchase', hidden: true, steps: [{ id: 's3', name: 'Visits shop', hidden: false }, { id: 's4', name: 'Pays', hidden: false }] },
      { id: 'S3', name: 'Retention', hidden: false, steps: [{ id: 's5', name: 'Rides', hidden: false }] },
    ],
    lanes: [
      { id: 'L1', type: 'ACTIONS', name: 'Actions', hidden: false },
      { id: 'L2', type: 'EMOTION', name: 'Emotion', hidden: false },
      { id: 'L3', type: 'PAIN_POINTS', name: 'Pain points', hidden: true },
      { id: 'L4', type: 'OPPORTUNITIES', name: 'Opportunities', hidden: false },
    ],
    cards: [
      card('c1', 'L1', 's1', { text: 'Scrolls feed' }),
      card('c2', 'L3', 's3', { text: 'Queue', severity: 'HIGH', momentThatMatters: true }),
      card('c3', 'L1', 's1', { text: 'Clicks ad', colour: 'RED' }),
      card('c4', 'L4', 's3', { text: 'Book online', feasible: 3, viable: 4, desirable: 5 }, { priority: 12 }),
      card('c5', 'L1', 's3', { text: 'Looks around' }),
      card('c6', 'L3', 's3', { text: 'No parking', severity: 'LOW' }),
      card('c7', 'L1', 's1', { text: 'Saves post' }),
      card('c8', 'L1', 's4', { text: 'Pays by card' }),
      card('c9', 'L4', 's5', { text: 'Loyalty' }, { priority: null }),
    ],
    emotions: [
      { stepId: 's1', personaId: null, score: 1 },
      { stepId: 's3', personaId: 7, score: -2 },
      { stepId: 's3', personaId: null, score: -1 },
      { stepId: 's4', personaId: 7, score: 0 },
      { stepId: 's5', personaId: 8, score: 2 },
    ],
    personas: [ANNA, BEN],
  };
}

/**
 * The map with the orders that carry no meaning normalised: cards grouped by cell (order within a
 * cell kept), emotion scores and personas sorted. Undo restores everything up to these orders.
 */
export function canonical(map: MapData): MapData {
  const cellOrder = (c: Card) => `${c.laneId}|${c.stepId}`;
  return {
    ...map,
    cards: map.cards.slice().sort((a, b) => cellOrder(a).localeCompare(cellOrder(b))),
    emotions: map.emotions.slice().sort((a, b) => `${a.stepId}|${a.personaId}`.localeCompare(`${b.stepId}|${b.personaId}`)),
    personas: map.personas.slice().sort((a, b) => a.id - b.id),
  };
}

/** The ids of a cell's cards, in order. */
export function cell(map: MapData, laneId: string, stepId: string): string[] {
  return map.cards.filter((c) => c.laneId === laneId && c.stepId === stepId).map((c) => c.id);
}
