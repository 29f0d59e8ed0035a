// Map fixtures for view tests and the static browser page.
import type { MapData } from '../../editor/contract';

export function fixtureMap(overrides: Partial<MapData> = {}): MapData {
  return {
    id: 42, pageId: 7, spaceKey: 'DEMO', macroKey: 'm1', title: 'Buying a car', goal: 'Find where buyers drop out',
    journeyType: 'NEW_CUSTOMER', state: 'CURRENT', derivedFromMapId: null, salesCycle: 'DAYS_30', owner: null,
    direction: 'LTR', language: 'en', templateId: null, version: 3, created: '2026-01-01T00:00:00Z', updated: '2026-01-02T00:00:00Z',
    stages: [
      { id: 'S1', name: 'Awareness', hidden: false, steps: [{ id: 'st1', name: 'Sees an ad', hidden: false }, { id: 'st2', name: 'Reads reviews', hidden: false }] },
      { id: 'S2', name: 'Purchase', hidden: false, steps: [{ id: 'st3', name: 'Test drive', hidden: false }] },
      { id: 'S3', name: 'Retired', hidden: true, steps: [{ id: 'st4', name: 'Old step', hidden: false }] },
    ],
    lanes: [
      { id: 'act', type: 'ACTIONS', name: 'Customer actions', hidden: false },
      { id: 'emo', type: 'EMOTION', name: 'Emotion curve', hidden: false },
      { id: 'tp', type: 'TOUCHPOINTS', name: 'Touchpoints', hidden: false },
      { id: 'pain', type: 'PAIN_POINTS', name: 'Pain points', hidden: false },
      { id: 'opp', type: 'OPPORTUNITIES', name: 'Opportunities', hidden: false },
      { id: 'met', type: 'METRICS', name: 'Metrics', hidden: false },
      { id: 'ev', type: 'EVIDENCE', name: 'Evidence', hidden: false },
      { id: 'notes', type: 'TEXT', name: 'Notes', hidden: true },
    ],
    cards: [
      { id: 'c1', laneId: 'act', stepId: 'st1', fields: { text: 'Sees a banner <b>ad</b>', momentThatMatters: true }, jiraLinks: [] },
      { id: 'c2', laneId: 'act', stepId: 'st1', fields: { text: 'Clicks through' }, jiraLinks: [] },
      { id: 'c3', laneId: 'tp', stepId: 'st2', fields: { text: 'Review site', channel: 'WEB' }, jiraLinks: [] },
      { id: 'c4', laneId: 'pain', stepId: 'st2', fields: { text: 'Reviews contradict', severity: 'HIGH', frequency: 'OFTEN' },
        jiraLinks: [{ serverId: 'j', issueKey: 'CX-1', summary: 'Fix reviews', statusName: 'In Progress', statusCategory: 'indeterminate', assignee: null, fetchedAt: null }] },
      { id: 'c5', laneId: 'pain', stepId: 'st3', fields: { text: 'Dealer is late', severity: 'LOW' }, jiraLinks: [] },
      { id: 'c6', laneId: 'opp', stepId: 'st3', fields: { text: 'Book online', feasible: 4, viable: 3, desirable: 5 }, priority: 12, jiraLinks: [] },
      { id: 'c7', laneId: 'met', stepId: 'st3', fields: { text: 'Satisfaction', metricName: 'CSAT', metricTarget: 80, metricActual: 72, metricUnit: '%' }, jiraLinks: [] },
      { id: 'c8', laneId: 'ev', stepId: 'st2', fields: { text: 'Survey', evidenceKind: 'SOLICITED', evidenceSource: 'javascript:alert(1)', evidenceCount: 12 }, jiraLinks: [] },
      { id: 'c9', laneId: 'ev', stepId: 'st3', fields: { text: 'Support log', evidenceKind: 'UNSOLICITED', evidenceSource: 'https://example.com/log' }, jiraLinks: [] },
    ],
    emotions: [
      { stepId: 'st1', personaId: null, score: 1 }, { stepId: 'st2', personaId: null, score: -1 }, { stepId: 'st3', personaId: null, score: 2 },
      { stepId: 'st1', personaId: 5, score: 0 }, { stepId: 'st2', personaId: 5, score: -2 },
    ],
    personas: [{ id: 5, spaceKey: 'DEMO', name: 'Sara', colour: '#FF5630', jobTitle: 'Engineer' }],
    ...overrides,
  };
}

/** A map of n cards spread over 20 steps and 10 lanes (benchmarks). */
export function bigMap(n: number): MapData {
  const base = fixtureMap({ cards: [], emotions: [] });
  base.stages = Array.from({ length: 5 }, (_, s) => ({ id: `S${s}`, name: `Stage ${s}`, hidden: false,
    steps: Array.from({ length: 4 }, (_, i) => ({ id: `st${s}_${i}`, name: `Step ${s}.${i}`, hidden: false })) }));
  const steps = base.stages.flatMap((s) => s.steps);
  base.lanes = Array.from({ length: 10 }, (_, i) => ({ id: `l${i}`, type: i === 3 ? 'PAIN_POINTS' : 'ACTIONS', name: `Lane ${i}`, hidden: false }));
  base.cards = Array.from({ length: n }, (_, i) => ({ id: `k${i}`, laneId: `l${i % 10}`, stepId: steps[Math.floor(i / 10) % steps.length].id,
    fields: { text: `Card ${i}`, ...(i % 10 === 3 ? { severity: 'MEDIUM' } : {}) }, jiraLinks: [] }));
  return base;
}
