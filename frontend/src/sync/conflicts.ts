import type { FieldError, ServerConflict } from '../api/maps';
import type { ConflictView, Operation } from '../editor/contract';

/** A conflict waiting for the user, with what "mine" sends again (null: nothing can be sent). */
export interface PendingConflict {
  view: ConflictView;
  mine: Operation[] | null;
  /** Conflicts of one operation that cannot be split by field are resolved together. */
  group: string | null;
}

export interface Split {
  /** Operations of the refused batch that did not conflict: they go back into the queue. */
  keep: Operation[];
  conflicts: PendingConflict[];
}

let counter = 0;
function nextId(): string {
  counter += 1;
  return `conflict-${counter}`;
}

/**
 * Splits a batch the server refused with 409. Field edits (updateCard, setMapFields) are split by
 * field, so the fields that did not conflict are sent again at once and each conflicting field
 * can be decided alone; any other conflicting operation is decided as a whole.
 */
export function splitConflicts(batch: readonly Operation[], conflicts: readonly ServerConflict[]): Split {
  const byOp = new Map<number, ServerConflict[]>();
  for (const c of conflicts) {
    byOp.set(c.operationIndex, [...(byOp.get(c.operationIndex) ?? []), c]);
  }
  const keep: Operation[] = [];
  const pending: PendingConflict[] = [];
  batch.forEach((op, index) => {
    const found = byOp.get(index);
    if (found === undefined) {
      keep.push(op);
      return;
    }
    const fields = op.type === 'updateCard' || op.type === 'setMapFields' ? fieldsOf(op) : null;
    if (fields !== null && found.every((c) => c.field !== null && c.field in fields)) {
      const rest = { ...fields };
      for (const c of found) {
        delete rest[c.field as string];
        pending.push({ view: view(c), mine: [withFields(op, { [c.field as string]: fields[c.field as string] })], group: null });
      }
      if (Object.keys(rest).length > 0) {
        keep.push(withFields(op, rest));
      }
      return;
    }
    const group = nextId();
    for (const c of found) {
      pending.push({ view: view(c), mine: [op], group });
    }
  });
  return { keep, conflicts: pending };
}

/**
 * Splits a batch the server refused as invalid (400) or not allowed (403/404): the operations the
 * errors name are dropped and shown with the reason; the others go back into the queue. Errors
 * that name no operation condemn the whole batch.
 */
export function splitInvalid(batch: readonly Operation[], errors: readonly FieldError[], message: string): Split {
  const bad = new Map<number, FieldError>();
  for (const e of errors) {
    const m = /^operations\[(\d+)\](?:\.(.*))?$/.exec(e.field ?? '');
    if (m !== null && Number(m[1]) < batch.length && !bad.has(Number(m[1]))) {
      bad.set(Number(m[1]), e);
    }
  }
  if (bad.size === 0) {
    const reason = errors.length > 0 ? errors.map((e) => `${e.field}: ${e.reason}`).join('; ') : message;
    return {
      keep: [],
      conflicts: [{ view: { id: nextId(), element: { type: 'map', id: '' }, field: null, theirs: null, yours: null, reason: 'changed', message: reason }, mine: null, group: null }],
    };
  }
  const keep = batch.filter((_, i) => !bad.has(i));
  const conflicts = [...bad.entries()].map(([index, e]): PendingConflict => {
    const op = batch[index];
    const path = (/^operations\[\d+\]\.?(.*)$/.exec(e.field)?.[1] ?? '').replace(/^fields\./, '');
    const fields = fieldsOf(op);
    const yours = fields !== null && path in fields ? fields[path] : null;
    return {
      view: { id: nextId(), element: elementOf(op), field: path === '' ? null : path, theirs: null, yours, reason: 'changed', message: e.reason },
      mine: null,
      group: null,
    };
  });
  return { keep, conflicts };
}

function view(c: ServerConflict): ConflictView {
  return { id: nextId(), element: c.element, field: c.field, theirs: c.theirs, yours: c.yours, reason: c.reason };
}

function fieldsOf(op: Operation): Record<string, unknown> | null {
  return op.type === 'updateCard' || op.type === 'setMapFields' || op.type === 'addCard' ? { ...(op.fields ?? {}) } : null;
}

function withFields(op: Operation, fields: Record<string, unknown>): Operation {
  if (op.type === 'updateCard' || op.type === 'setMapFields') {
    return { ...op, fields };
  }
  return op;
}

/** The element an operation is about, named as the server names conflict elements. */
export function elementOf(op: Operation): { type: string; id: string } {
  switch (op.type) {
    case 'addStage': case 'renameStage': case 'moveStage': case 'deleteStage': case 'setStageHidden':
      return { type: 'stage', id: op.stageId };
    case 'addStep': case 'renameStep': case 'moveStep': case 'deleteStep': case 'setStepHidden':
      return { type: 'step', id: op.stepId };
    case 'addLane': case 'renameLane': case 'moveLane': case 'deleteLane': case 'setLaneHidden':
      return { type: 'lane', id: op.laneId };
    case 'addCard': case 'updateCard': case 'moveCard': case 'deleteCard':
      return { type: 'card', id: op.cardId };
    case 'setEmotion':
      return { type: 'emotion', id: `${op.stepId}:${op.personaId ?? 'none'}` };
    case 'attachPersona': case 'detachPersona':
      return { type: 'persona', id: String(op.personaId) };
    default:
      return { type: 'map', id: '' };
  }
}
