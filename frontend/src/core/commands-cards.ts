import type { CardFields, Command, MapData, MapFieldName, Operation, Persona } from '../editor/contract';
import { laneAccepts } from './fields';
import { newId } from './ids';
import { cellSize, findCard, findLane, indexInCell } from './lookup';
import { rememberPersonas } from './personas';
import { none, restoreContent } from './commands-structure';

// Command factories for cards, emotion scores, personas and the map's own fields.

export function addCard(map: MapData, laneId: string, stepId: string, index: number, fields: CardFields): Command {
  const cardId = newId();
  const max = cellSize(map.cards, laneId, stepId);
  return {
    label: 'Add card',
    ops: [{ type: 'addCard', cardId, laneId, stepId, index: Math.max(0, Math.min(Math.trunc(index) || 0, max)), fields: { ...fields } }],
    inverse: [{ type: 'deleteCard', cardId }],
  };
}

export function updateCard(map: MapData, cardId: string, fields: Record<string, unknown>): Command {
  const card = findCard(map, cardId);
  if (card === undefined || Object.keys(fields).length === 0) {
    return none('Edit card');
  }
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    before[key] = card.fields[key] ?? null;
  }
  return { label: 'Edit card', ops: [{ type: 'updateCard', cardId, fields: { ...fields } }], inverse: [{ type: 'updateCard', cardId, fields: before }] };
}

/**
 * Moves a card. Fields the target lane does not take are cleared first (the server refuses the
 * move otherwise); undo moves the card back and gives them back.
 */
export function moveCard(map: MapData, cardId: string, laneId: string, stepId: string, index: number): Command {
  const card = findCard(map, cardId);
  const lane = findLane(map, laneId);
  if (card === undefined || lane === undefined) {
    return none('Move card');
  }
  const sameCell = card.laneId === laneId && card.stepId === stepId;
  const max = cellSize(map.cards, laneId, stepId) - (sameCell ? 1 : 0);
  const target = Math.max(0, Math.min(Math.trunc(index) || 0, max));
  const cleared: Record<string, unknown> = {};
  const restored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(card.fields)) {
    if (!laneAccepts(lane.type, key)) {
      cleared[key] = null;
      restored[key] = value;
    }
  }
  const ops: Operation[] = [{ type: 'moveCard', cardId, laneId, stepId, index: target }];
  const inverse: Operation[] = [{ type: 'moveCard', cardId, laneId: card.laneId, stepId: card.stepId, index: indexInCell(map.cards, card) }];
  if (Object.keys(cleared).length > 0) {
    ops.unshift({ type: 'updateCard', cardId, fields: cleared });
    inverse.push({ type: 'updateCard', cardId, fields: restored });
  }
  return { label: 'Move card', ops, inverse };
}

export function duplicateCard(map: MapData, cardId: string): Command {
  const card = findCard(map, cardId);
  if (card === undefined) {
    return none('Duplicate card');
  }
  const copyId = newId();
  return {
    label: 'Duplicate card',
    ops: [{ type: 'addCard', cardId: copyId, laneId: card.laneId, stepId: card.stepId, index: indexInCell(map.cards, card) + 1, fields: { ...card.fields } }],
    inverse: [{ type: 'deleteCard', cardId: copyId }],
  };
}

/** Undo re-adds the card with all its fields at its place. Its Jira links cannot come back by operation. */
export function deleteCard(map: MapData, cardId: string): Command {
  const card = findCard(map, cardId);
  if (card === undefined) {
    return none('Delete card');
  }
  return {
    label: 'Delete card',
    ops: [{ type: 'deleteCard', cardId }],
    inverse: [{ type: 'addCard', cardId, laneId: card.laneId, stepId: card.stepId, index: indexInCell(map.cards, card), fields: { ...card.fields } }],
  };
}

export function setEmotion(map: MapData, stepId: string, personaId: number | null, score: number | null): Command {
  const previous = map.emotions.find((e) => e.stepId === stepId && e.personaId === personaId);
  return {
    label: 'Set emotion',
    ops: [{ type: 'setEmotion', stepId, personaId, score }],
    inverse: [{ type: 'setEmotion', stepId, personaId, score: previous?.score ?? null }],
  };
}

export function attachPersona(map: MapData, persona: Persona): Command {
  rememberPersonas([persona]);
  if (map.personas.some((p) => p.id === persona.id)) {
    return none('Attach persona');
  }
  return {
    label: 'Attach persona',
    ops: [{ type: 'attachPersona', personaId: persona.id }],
    inverse: [{ type: 'detachPersona', personaId: persona.id }],
  };
}

/** Undo attaches the persona again and restores its emotion scores. */
export function detachPersona(map: MapData, personaId: number): Command {
  const persona = map.personas.find((p) => p.id === personaId);
  if (persona === undefined) {
    return none('Detach persona');
  }
  rememberPersonas([persona]);
  const inverse: Operation[] = [{ type: 'attachPersona', personaId }];
  inverse.push(...restoreContent(map, () => false, (e) => e.personaId === personaId));
  return { label: 'Detach persona', ops: [{ type: 'detachPersona', personaId }], inverse };
}

export function setMapFields(map: MapData, fields: Partial<Record<MapFieldName, unknown>>): Command {
  const keys = Object.keys(fields) as MapFieldName[];
  if (keys.length === 0) {
    return none('Edit map settings');
  }
  const before: Partial<Record<MapFieldName, unknown>> = {};
  for (const key of keys) {
    before[key] = map[key] ?? null;
  }
  return { label: 'Edit map settings', ops: [{ type: 'setMapFields', fields: { ...fields } }], inverse: [{ type: 'setMapFields', fields: before }] };
}
