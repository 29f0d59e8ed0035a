// An in-memory EditorStore for view tests and the static demo page: applies operations to a copy
// of the map the simple way, undo by snapshots, records every executed command.
import type { Card, Command, Commands, ConflictView, EditorStore, MapData, Operation, Persona, SaveState, StoreChange } from '../../editor/contract';

export interface FakeStore extends EditorStore {
  executed: Command[];
  resolved: Array<{ id: string; choice: 'mine' | 'theirs' }>;
  setSaveState(state: SaveState): void;
  setConflicts(conflicts: ConflictView[]): void;
  /** Personas the fake can attach (the real core gets them in the command). */
  library: Persona[];
  /** Maps handed over with loadServerMap (e.g. restored revisions). */
  serverMaps: MapData[];
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function place<T>(list: T[], item: T, index: number): void {
  list.splice(Math.max(0, Math.min(index, list.length)), 0, item);
}

export function applyOp(map: MapData, op: Operation, library: Persona[]): void {
  const steps = () => map.stages.flatMap((s) => s.steps);
  const stageOf = (stepId: string) => map.stages.find((s) => s.steps.some((x) => x.id === stepId))!;
  switch (op.type) {
    case 'addStage': place(map.stages, { id: op.stageId, name: op.name, hidden: false, steps: [{ id: op.step.id, name: op.step.name, hidden: false }] }, op.index); break;
    case 'renameStage': map.stages.find((s) => s.id === op.stageId)!.name = op.name; break;
    case 'moveStage': { const i = map.stages.findIndex((s) => s.id === op.stageId); place(map.stages, map.stages.splice(i, 1)[0], op.index); break; }
    case 'deleteStage': map.stages = map.stages.filter((s) => s.id !== op.stageId); break;
    case 'setStageHidden': map.stages.find((s) => s.id === op.stageId)!.hidden = op.hidden; break;
    case 'addStep': place(map.stages.find((s) => s.id === op.stageId)!.steps, { id: op.stepId, name: op.name, hidden: false }, op.index); break;
    case 'renameStep': steps().find((s) => s.id === op.stepId)!.name = op.name; break;
    case 'moveStep': {
      const from = stageOf(op.stepId);
      const step = from.steps.splice(from.steps.findIndex((s) => s.id === op.stepId), 1)[0];
      place(map.stages.find((s) => s.id === op.stageId)!.steps, step, op.index);
      break;
    }
    case 'deleteStep': { const st = stageOf(op.stepId); st.steps = st.steps.filter((s) => s.id !== op.stepId); map.cards = map.cards.filter((c) => c.stepId !== op.stepId); break; }
    case 'setStepHidden': steps().find((s) => s.id === op.stepId)!.hidden = op.hidden; break;
    case 'addLane': place(map.lanes, { id: op.laneId, type: op.laneType, name: op.name, hidden: false }, op.index); break;
    case 'renameLane': map.lanes.find((l) => l.id === op.laneId)!.name = op.name; break;
    case 'moveLane': { const i = map.lanes.findIndex((l) => l.id === op.laneId); place(map.lanes, map.lanes.splice(i, 1)[0], op.index); break; }
    case 'deleteLane': map.lanes = map.lanes.filter((l) => l.id !== op.laneId); map.cards = map.cards.filter((c) => c.laneId !== op.laneId); break;
    case 'setLaneHidden': map.lanes.find((l) => l.id === op.laneId)!.hidden = op.hidden; break;
    case 'addCard': case 'moveCard': {
      const existing = map.cards.find((c) => c.id === op.cardId);
      const card: Card = existing ?? { id: op.cardId, laneId: op.laneId, stepId: op.stepId, fields: {}, jiraLinks: [] };
      if (op.type === 'addCard') Object.assign(card.fields, op.fields ?? {});
      map.cards = map.cards.filter((c) => c !== card);
      card.laneId = op.laneId;
      card.stepId = op.stepId;
      const inCell = map.cards.filter((c) => c.laneId === op.laneId && c.stepId === op.stepId);
      const before = inCell[op.index];
      const at = before ? map.cards.indexOf(before) : (inCell.length ? map.cards.indexOf(inCell[inCell.length - 1]) + 1 : map.cards.length);
      map.cards.splice(at, 0, card);
      break;
    }
    case 'updateCard': {
      const card = map.cards.find((c) => c.id === op.cardId)!;
      for (const [k, v] of Object.entries(op.fields)) {
        if (v === null) delete card.fields[k];
        else card.fields[k] = v as string | number | boolean;
      }
      break;
    }
    case 'deleteCard': map.cards = map.cards.filter((c) => c.id !== op.cardId); break;
    case 'setEmotion':
      map.emotions = map.emotions.filter((e) => !(e.stepId === op.stepId && e.personaId === op.personaId));
      if (op.score !== null) map.emotions.push({ stepId: op.stepId, personaId: op.personaId, score: op.score });
      break;
    case 'attachPersona': {
      const p = library.find((x) => x.id === op.personaId);
      if (p && !map.personas.some((x) => x.id === p.id)) map.personas.push(p);
      break;
    }
    case 'detachPersona': map.personas = map.personas.filter((p) => p.id !== op.personaId); break;
    case 'setMapFields': Object.assign(map, op.fields); break;
  }
}

export function createFakeStore(initial: MapData, canEdit = true): FakeStore {
  let map = clone(initial);
  const undoStack: MapData[] = [];
  const redoStack: MapData[] = [];
  const listeners = new Set<(c: StoreChange) => void>();
  let save: SaveState = 'saved';
  let conflicts: ConflictView[] = [];
  const emit = (c: StoreChange) => listeners.forEach((l) => l(c));
  const store: FakeStore = {
    get map() { return map; },
    canEdit,
    executed: [],
    resolved: [],
    library: [...initial.personas],
    serverMaps: [],
    subscribe(l) { listeners.add(l); return () => listeners.delete(l); },
    execute(command) {
      store.executed.push(command);
      undoStack.push(clone(map));
      redoStack.length = 0;
      const next = clone(map);
      command.ops.forEach((op) => applyOp(next, op, store.library));
      map = next;
      emit({ kind: 'map' });
    },
    undo() { const prev = undoStack.pop(); if (prev) { redoStack.push(map); map = prev; emit({ kind: 'map' }); } },
    redo() { const next = redoStack.pop(); if (next) { undoStack.push(map); map = next; emit({ kind: 'map' }); } },
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    saveState: () => save,
    conflicts: () => conflicts,
    resolveConflict(id, choice) { store.resolved.push({ id, choice }); conflicts = conflicts.filter((c) => c.id !== id); emit({ kind: 'conflicts' }); },
    loadServerMap(m) { store.serverMaps.push(m); map = clone(m); undoStack.length = 0; redoStack.length = 0; emit({ kind: 'map' }); },
    dispose() { listeners.clear(); },
    setSaveState(s) { save = s; emit({ kind: 'save', state: s }); },
    setConflicts(c) { conflicts = c; emit({ kind: 'conflicts' }); },
  };
  return store;
}

let seq = 0;
const id = (p: string) => `${p}${++seq}`;
const cmd = (label: string, ...ops: Operation[]): Command => ({ label, ops, inverse: [] });

/** Command factories that build the obvious operations (no inverses: the fake undoes by snapshot). */
export const fakeCommands: Commands = {
  addStage: (_m, index, name, firstStepName) => cmd('Add stage', { type: 'addStage', stageId: id('S'), index, name, step: { id: id('st'), name: firstStepName } }),
  renameStage: (_m, stageId, name) => cmd('Rename stage', { type: 'renameStage', stageId, name }),
  moveStage: (_m, stageId, index) => cmd('Move stage', { type: 'moveStage', stageId, index }),
  deleteStage: (_m, stageId) => cmd('Delete stage', { type: 'deleteStage', stageId }),
  setStageHidden: (_m, stageId, hidden) => cmd('Hide stage', { type: 'setStageHidden', stageId, hidden }),
  addStep: (_m, stageId, index, name) => cmd('Add step', { type: 'addStep', stageId, stepId: id('st'), index, name }),
  renameStep: (_m, stepId, name) => cmd('Rename step', { type: 'renameStep', stepId, name }),
  moveStep: (_m, stepId, stageId, index) => cmd('Move step', { type: 'moveStep', stepId, stageId, index }),
  deleteStep: (_m, stepId) => cmd('Delete step', { type: 'deleteStep', stepId }),
  setStepHidden: (_m, stepId, hidden) => cmd('Hide step', { type: 'setStepHidden', stepId, hidden }),
  addLane: (_m, index, laneType, name) => cmd('Add lane', { type: 'addLane', laneId: id('L'), index, laneType, name }),
  renameLane: (_m, laneId, name) => cmd('Rename lane', { type: 'renameLane', laneId, name }),
  moveLane: (_m, laneId, index) => cmd('Move lane', { type: 'moveLane', laneId, index }),
  deleteLane: (_m, laneId) => cmd('Delete lane', { type: 'deleteLane', laneId }),
  setLaneHidden: (_m, laneId, hidden) => cmd('Hide lane', { type: 'setLaneHidden', laneId, hidden }),
  addCard: (_m, laneId, stepId, index, fields) => cmd('Add card', { type: 'addCard', cardId: id('k'), laneId, stepId, index, fields }),
  updateCard: (_m, cardId, fields) => cmd('Edit card', { type: 'updateCard', cardId, fields }),
  moveCard: (_m, cardId, laneId, stepId, index) => cmd('Move card', { type: 'moveCard', cardId, laneId, stepId, index }),
  duplicateCard: (m, cardId) => {
    const c = m.cards.find((x) => x.id === cardId)!;
    const index = m.cards.filter((x) => x.laneId === c.laneId && x.stepId === c.stepId).findIndex((x) => x.id === cardId) + 1;
    return cmd('Duplicate card', { type: 'addCard', cardId: id('k'), laneId: c.laneId, stepId: c.stepId, index, fields: { ...c.fields } });
  },
  deleteCard: (_m, cardId) => cmd('Delete card', { type: 'deleteCard', cardId }),
  setEmotion: (_m, stepId, personaId, score) => cmd('Set emotion', { type: 'setEmotion', stepId, personaId, score }),
  attachPersona: (_m, persona) => cmd('Attach persona', { type: 'attachPersona', personaId: persona.id }),
  detachPersona: (_m, personaId) => cmd('Detach persona', { type: 'detachPersona', personaId }),
  setMapFields: (_m, fields) => cmd('Map settings', { type: 'setMapFields', fields }),
};
