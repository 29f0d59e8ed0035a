// The contract between the editor's core (model, commands, undo, sync: src/core, src/sync) and its
// views (src/views). Both sides code against these types; change them only together.
// Shapes follow the REST API: GET /maps/{id} (MapJson) and docs/operations.md.

export type LaneType =
  | 'ACTIONS' | 'THOUGHTS' | 'FEELINGS' | 'EMOTION' | 'TOUCHPOINTS' | 'ONSTAGE' | 'BACKSTAGE'
  | 'PAIN_POINTS' | 'OPPORTUNITIES' | 'METRICS' | 'OWNERS' | 'EVIDENCE' | 'TEXT';

/** Card field values by wire name: text, severity, frequency, feasible, viable, desirable, channel,
 *  actor, metricName, metricUnit, metricTarget, metricActual, metricSource, evidenceKind,
 *  evidenceSource, evidenceQuote, evidenceCount, momentThatMatters, owner, colour. */
export type CardFields = Record<string, string | number | boolean>;

export interface Step { id: string; name: string; hidden: boolean }
export interface Stage { id: string; name: string; hidden: boolean; steps: Step[] }
export interface Lane { id: string; type: LaneType; name: string; hidden: boolean }
export interface JiraLinkData {
  serverId: string; issueKey: string; summary: string | null; statusName: string | null;
  statusCategory: 'new' | 'indeterminate' | 'done' | 'undefined' | null; assignee: string | null; fetchedAt: string | null;
  /** OK, PENDING, UNREACHABLE, NOT_FOUND, AUTH_REQUIRED…; stateMessage says it in words (null when OK). */
  state?: string; stateMessage?: string | null;
}
export interface Card {
  id: string; laneId: string; stepId: string; fields: CardFields;
  /** Opportunities: feasible + viable + desirable, or null when a score is missing. */
  priority?: number | null;
  jiraLinks: JiraLinkData[];
}
export interface Emotion { stepId: string; personaId: number | null; score: number }
export interface Persona {
  id: number; spaceKey: string; name: string; colour?: string | null; photoUrl?: string | null; age?: number | null;
  jobTitle?: string | null; familyStatus?: string | null; incomeBand?: string | null; gender?: string | null;
  professionalGoals?: string | null; personalGoals?: string | null; purchaseMotivations?: string | null;
  keyInfluencers?: string | null; quote?: string | null; notes?: string | null;
}
export type MapFieldName = 'title' | 'goal' | 'journeyType' | 'state' | 'salesCycle' | 'direction' | 'owner';

/** GET /maps/{id}. Card order in `cards` is the order within each cell. */
export interface MapData {
  id: number; pageId: number; spaceKey: string; macroKey: string;
  title: string; goal: string | null; journeyType: string | null; state: string | null;
  derivedFromMapId: number | null; salesCycle: string | null; owner: string | null;
  direction: 'LTR' | 'RTL'; language: string; templateId: string | null;
  version: number; created: string; updated: string;
  stages: Stage[]; lanes: Lane[]; cards: Card[]; emotions: Emotion[]; personas: Persona[];
}

/** One REST operation (docs/operations.md). `null` in fields clears a field. */
export type Operation =
  | { type: 'addStage'; stageId: string; index: number; name: string; step: { id: string; name: string } }
  | { type: 'renameStage'; stageId: string; name: string }
  | { type: 'moveStage'; stageId: string; index: number }
  | { type: 'deleteStage'; stageId: string }
  | { type: 'setStageHidden'; stageId: string; hidden: boolean }
  | { type: 'addStep'; stageId: string; stepId: string; index: number; name: string }
  | { type: 'renameStep'; stepId: string; name: string }
  | { type: 'moveStep'; stepId: string; stageId: string; index: number }
  | { type: 'deleteStep'; stepId: string }
  | { type: 'setStepHidden'; stepId: string; hidden: boolean }
  | { type: 'addLane'; laneId: string; index: number; laneType: LaneType; name: string }
  | { type: 'renameLane'; laneId: string; name: string }
  | { type: 'moveLane'; laneId: string; index: number }
  | { type: 'deleteLane'; laneId: string }
  | { type: 'setLaneHidden'; laneId: string; hidden: boolean }
  | { type: 'addCard'; cardId: string; laneId: string; stepId: string; index: number; fields?: Record<string, unknown> }
  | { type: 'updateCard'; cardId: string; fields: Record<string, unknown> }
  | { type: 'moveCard'; cardId: string; laneId: string; stepId: string; index: number }
  | { type: 'deleteCard'; cardId: string }
  | { type: 'setEmotion'; stepId: string; personaId: number | null; score: number | null }
  | { type: 'attachPersona'; personaId: number }
  | { type: 'detachPersona'; personaId: number }
  | { type: 'setMapFields'; fields: Partial<Record<MapFieldName, unknown>> };

/** An undoable edit: the operations that do it and those that undo it (computed when created). */
export interface Command {
  /** For screen readers and the undo button's title, e.g. "Move card". */
  label: string;
  ops: Operation[];
  inverse: Operation[];
}

export type SaveState = 'saved' | 'saving' | 'offline' | 'conflict';

/** A conflict the server reported (409), shown to the user with both values. */
export interface ConflictView {
  id: string;
  element: { type: string; id: string };
  field: string | null;
  theirs: unknown;
  yours: unknown;
  reason: 'changed' | 'deleted';
  /** Set when the server refused the change as invalid (400/403) rather than as a conflict: the
   *  reason to show. Such a change cannot be sent again, so both choices just dismiss it. */
  message?: string;
}

export type StoreChange =
  | { kind: 'map' }            // the map changed (local edit, undo/redo, remote update)
  | { kind: 'save'; state: SaveState }
  | { kind: 'conflicts' };

/** One map's editor state. Local edits apply at once; saving follows within a second. */
export interface EditorStore {
  readonly map: MapData;
  readonly canEdit: boolean;
  subscribe(listener: (change: StoreChange) => void): () => void;
  /** Applies the command locally, pushes it on the undo stack, queues its ops for saving. */
  execute(command: Command): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  saveState(): SaveState;
  conflicts(): ConflictView[];
  /** 'mine' re-sends my value on top of theirs; 'theirs' drops my change (the map shows theirs). */
  resolveConflict(conflictId: string, choice: 'mine' | 'theirs'): void;
  /** Loads the map again from the server now if its version moved (e.g. after a Jira change). */
  reload?(): void;
  /** Shows a map the server stored (e.g. a restored revision) as the current version: not an
   *  undoable edit; the undo history is cleared, unsent local edits stay on top of it. */
  loadServerMap?(map: MapData): void;
  /** Stops timers and pollers (the container left the page). */
  dispose(): void;
}

/**
 * Command factories (src/core/commands.ts). Each reads the current map to compute the inverse,
 * and generates ids for new elements. Indexes follow docs/operations.md.
 */
export interface Commands {
  addStage(map: MapData, index: number, name: string, firstStepName: string): Command;
  renameStage(map: MapData, stageId: string, name: string): Command;
  moveStage(map: MapData, stageId: string, index: number): Command;
  deleteStage(map: MapData, stageId: string): Command;
  setStageHidden(map: MapData, stageId: string, hidden: boolean): Command;
  addStep(map: MapData, stageId: string, index: number, name: string): Command;
  renameStep(map: MapData, stepId: string, name: string): Command;
  moveStep(map: MapData, stepId: string, stageId: string, index: number): Command;
  deleteStep(map: MapData, stepId: string): Command;
  setStepHidden(map: MapData, stepId: string, hidden: boolean): Command;
  addLane(map: MapData, index: number, laneType: LaneType, name: string): Command;
  renameLane(map: MapData, laneId: string, name: string): Command;
  moveLane(map: MapData, laneId: string, index: number): Command;
  deleteLane(map: MapData, laneId: string): Command;
  setLaneHidden(map: MapData, laneId: string, hidden: boolean): Command;
  addCard(map: MapData, laneId: string, stepId: string, index: number, fields: CardFields): Command;
  updateCard(map: MapData, cardId: string, fields: Record<string, unknown>): Command;
  moveCard(map: MapData, cardId: string, laneId: string, stepId: string, index: number): Command;
  duplicateCard(map: MapData, cardId: string): Command;
  deleteCard(map: MapData, cardId: string): Command;
  setEmotion(map: MapData, stepId: string, personaId: number | null, score: number | null): Command;
  attachPersona(map: MapData, persona: Persona): Command;
  detachPersona(map: MapData, personaId: number): Command;
  setMapFields(map: MapData, fields: Partial<Record<MapFieldName, unknown>>): Command;
}
