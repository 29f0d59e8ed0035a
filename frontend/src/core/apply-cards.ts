import type { Card, CardFields, Emotion, Lane, MapData, MapFieldName, Operation } from '../editor/contract';
import { holdsCards, priorityOf } from './fields';
import { clamp, findLane, findStep, idIsFree, insertAt, replaceAt } from './lookup';
import { knownPersona } from './personas';
import { name } from './apply-structure';

// Cards, emotion scores, personas and the map's own fields. As in apply-structure.ts, null means
// "cannot apply to this map".

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;

const MAP_FIELDS: readonly MapFieldName[] = ['title', 'goal', 'journeyType', 'state', 'salesCycle', 'direction', 'owner'];

export function addCard(map: MapData, op: Op<'addCard'>): MapData | null {
  const lane = cardLane(map, op.laneId);
  if (lane === null || findStep(map, op.stepId) === null || !idIsFree(map, op.cardId)) {
    return null;
  }
  const card = withPriority({ id: op.cardId, laneId: lane.id, stepId: op.stepId, fields: merge({}, op.fields ?? {}), jiraLinks: [] }, lane);
  return { ...map, cards: insertInCell(map.cards, card, op.index) };
}

export function updateCard(map: MapData, op: Op<'updateCard'>): MapData | null {
  const index = map.cards.findIndex((c) => c.id === op.cardId);
  if (index < 0 || op.fields === null || typeof op.fields !== 'object' || Object.keys(op.fields).length === 0) {
    return null;
  }
  const card = map.cards[index];
  const lane = findLane(map, card.laneId);
  const updated = withPriority({ ...card, fields: merge(card.fields, op.fields) }, lane);
  return { ...map, cards: replaceAt(map.cards, index, updated) };
}

export function moveCard(map: MapData, op: Op<'moveCard'>): MapData | null {
  const index = map.cards.findIndex((c) => c.id === op.cardId);
  const lane = cardLane(map, op.laneId);
  if (index < 0 || lane === null || findStep(map, op.stepId) === null) {
    return null;
  }
  const without = map.cards.filter((_, i) => i !== index);
  const moved = withPriority({ ...map.cards[index], laneId: lane.id, stepId: op.stepId }, lane);
  return { ...map, cards: insertInCell(without, moved, op.index) };
}

export function deleteCard(map: MapData, op: Op<'deleteCard'>): MapData | null {
  const index = map.cards.findIndex((c) => c.id === op.cardId);
  return index < 0 ? null : { ...map, cards: map.cards.filter((_, i) => i !== index) };
}

export function setEmotion(map: MapData, op: Op<'setEmotion'>): MapData | null {
  const personaId = op.personaId ?? null;
  const score = op.score;
  if (findStep(map, op.stepId) === null || (personaId !== null && !map.personas.some((p) => p.id === personaId))) {
    return null;
  }
  if (score !== null && (!Number.isInteger(score) || score < -2 || score > 2)) {
    return null;
  }
  const index = map.emotions.findIndex((e) => e.stepId === op.stepId && e.personaId === personaId);
  let emotions: Emotion[];
  if (score === null) {
    emotions = index < 0 ? map.emotions : map.emotions.filter((_, i) => i !== index);
  } else {
    const emotion = { stepId: op.stepId, personaId, score };
    emotions = index < 0 ? [...map.emotions, emotion] : replaceAt(map.emotions, index, emotion);
  }
  return emotions === map.emotions ? map : { ...map, emotions };
}

export function attachPersona(map: MapData, op: Op<'attachPersona'>): MapData | null {
  if (!Number.isInteger(op.personaId) || op.personaId <= 0) {
    return null;
  }
  if (map.personas.some((p) => p.id === op.personaId)) {
    return map;
  }
  // An unknown persona shows by id until the next load brings its record.
  const persona = knownPersona(op.personaId) ?? { id: op.personaId, spaceKey: map.spaceKey, name: `#${op.personaId}` };
  return { ...map, personas: [...map.personas, persona] };
}

export function detachPersona(map: MapData, op: Op<'detachPersona'>): MapData | null {
  if (!map.personas.some((p) => p.id === op.personaId)) {
    return null;
  }
  const emotions = map.emotions.filter((e) => e.personaId !== op.personaId);
  return {
    ...map,
    personas: map.personas.filter((p) => p.id !== op.personaId),
    emotions: emotions.length === map.emotions.length ? map.emotions : emotions,
  };
}

export function setMapFields(map: MapData, op: Op<'setMapFields'>): MapData | null {
  const entries = Object.entries(op.fields ?? {}).filter(([k]) => (MAP_FIELDS as readonly string[]).includes(k));
  if (entries.length === 0) {
    return null;
  }
  const next: Record<string, unknown> = { ...map };
  for (const [key, value] of entries) {
    if (key === 'title') {
      const title = name(value);
      if (title === null) {
        return null;
      }
      next.title = title;
    } else {
      next[key] = value ?? null;
    }
  }
  return next as unknown as MapData;
}

function cardLane(map: MapData, laneId: string): Lane | null {
  const lane = findLane(map, laneId);
  return lane !== undefined && holdsCards(lane.type) ? lane : null;
}

/** Partial field update: null or undefined clears a field. */
function merge(fields: CardFields, changes: Record<string, unknown>): CardFields {
  const result: CardFields = { ...fields };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined) {
      delete result[key];
    } else {
      result[key] = value as string | number | boolean;
    }
  }
  return result;
}

/** Opportunity cards carry their derived priority; other cards do not have the key. */
function withPriority(card: Card, lane: Lane | undefined): Card {
  if (lane?.type === 'OPPORTUNITIES') {
    return { ...card, priority: priorityOf(card.fields) };
  }
  if ('priority' in card) {
    const { priority: _dropped, ...rest } = card;
    return rest;
  }
  return card;
}

/**
 * Inserts the card at `index` among the cards of its cell, as the server does: before the cell's
 * card at that index, or after the cell's last card (at the end of the list for an empty cell).
 */
export function insertInCell(cards: readonly Card[], card: Card, index: number): Card[] {
  let seen = 0;
  let lastOfCell = -1;
  let size = 0;
  for (const c of cards) {
    if (c.laneId === card.laneId && c.stepId === card.stepId) {
      size++;
    }
  }
  const wanted = clamp(index, size);
  for (let i = 0; i < cards.length; i++) {
    const c = cards[i];
    if (c.laneId === card.laneId && c.stepId === card.stepId) {
      if (seen === wanted) {
        return insertAt(cards, i, card);
      }
      seen++;
      lastOfCell = i;
    }
  }
  return insertAt(cards, lastOfCell < 0 ? cards.length : lastOfCell + 1, card);
}
