import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../core/commands';
import { createEditorStore } from '../core/store';
import { sampleMap } from '../core/test-fixture';
import type { EditorStore, StoreChange } from '../editor/contract';
import { FakeServer } from './fake-server';
import { splitConflicts, splitInvalid } from './conflicts';

let server: FakeServer;
let store: EditorStore;
let changes: StoreChange[];

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  server = new FakeServer(sampleMap());
  store = createEditorStore({ map: sampleMap(), canEdit: true, restBase: '/rest', api: server.api, pollIntervalMs: 0 });
  changes = [];
  store.subscribe((c) => changes.push(c));
});

afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});

/** Someone else changed c1's text; my batch renames S1 and edits c1's text and colour. */
async function conflictOnCardText(): Promise<void> {
  server.othersSave([{ type: 'updateCard', cardId: 'c1', fields: { text: 'Theirs' } }]);
  server.answerNext(() => ({
    kind: 'conflict',
    currentVersion: 6,
    conflicts: [{ operationIndex: 1, element: { type: 'card', id: 'c1' }, field: 'text', theirs: 'Theirs', yours: 'Mine', reason: 'changed' }],
  }));
  store.execute(commands.renameStage(store.map, 'S1', 'Seeing'));
  store.execute(commands.updateCard(store.map, 'c1', { text: 'Mine', colour: 'BLUE' }));
  await vi.advanceTimersByTimeAsync(700);
}

describe('409 conflicts', () => {
  it('keeps the conflict for the user, shows theirs and saves the rest of my batch', async () => {
    await conflictOnCardText();
    expect(store.saveState()).toBe('conflict');
    expect(changes).toContainEqual({ kind: 'conflicts' });
    expect(store.conflicts()).toEqual([expect.objectContaining({
      element: { type: 'card', id: 'c1' }, field: 'text', theirs: 'Theirs', yours: 'Mine', reason: 'changed',
    })]);
    expect(server.api.getMap).toHaveBeenCalledTimes(1);
    expect(store.map.cards[0].fields).toEqual({ text: 'Theirs', colour: 'BLUE' });
    expect(store.map.stages[0].name).toBe('Seeing');
    expect(server.batches[1]).toEqual({
      baseVersion: 6,
      operations: [{ type: 'renameStage', stageId: 'S1', name: 'Seeing' }, { type: 'updateCard', cardId: 'c1', fields: { colour: 'BLUE' } }],
    });
    expect(server.map.stages[0].name).toBe('Seeing');
  });

  it("'mine' sends my value again against the new version", async () => {
    await conflictOnCardText();
    store.resolveConflict(store.conflicts()[0].id, 'mine');
    expect(store.map.cards[0].fields.text).toBe('Mine');
    await vi.advanceTimersByTimeAsync(700);
    expect(server.batches[2]).toEqual({ baseVersion: 7, operations: [{ type: 'updateCard', cardId: 'c1', fields: { text: 'Mine' } }] });
    expect(server.map.cards[0].fields.text).toBe('Mine');
    expect(store.conflicts()).toEqual([]);
    expect(store.saveState()).toBe('saved');
  });

  it("'theirs' drops my change", async () => {
    await conflictOnCardText();
    store.resolveConflict(store.conflicts()[0].id, 'theirs');
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.batches).toHaveLength(2);
    expect(store.map.cards[0].fields.text).toBe('Theirs');
    expect(store.saveState()).toBe('saved');
  });

  it('drops unsent edits of an element someone deleted', async () => {
    server.othersSave([{ type: 'deleteCard', cardId: 'c1' }]);
    server.answerNext(() => ({
      kind: 'conflict', currentVersion: 6,
      conflicts: [{ operationIndex: 0, element: { type: 'card', id: 'c1' }, field: null, theirs: null, yours: null, reason: 'deleted' }],
    }));
    store.execute(commands.moveCard(store.map, 'c1', 'L1', 's4', 0));
    await vi.advanceTimersByTimeAsync(700);
    expect(store.conflicts()[0].reason).toBe('deleted');
    expect(store.map.cards.some((c) => c.id === 'c1')).toBe(false);
    store.resolveConflict(store.conflicts()[0].id, 'mine');
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.batches).toHaveLength(1); // the card is gone: nothing can be sent
    expect(store.saveState()).toBe('saved');
  });
});

describe('400 answers', () => {
  it('drops the operations the errors name, shows the reason and saves the others once', async () => {
    server.answerNext(() => ({ kind: 'invalid', message: 'Bad input', errors: [{ field: 'operations[1].name', reason: 'must have 1-255 characters' }] }));
    store.execute(commands.renameLane(store.map, 'L1', 'Doing'));
    store.execute(commands.renameStage(store.map, 'S1', 'x'.repeat(300).slice(0, 255)));
    await vi.advanceTimersByTimeAsync(700);
    expect(store.conflicts()).toEqual([expect.objectContaining({ element: { type: 'stage', id: 'S1' }, field: 'name', message: 'must have 1-255 characters' })]);
    expect(store.map.stages[0].name).toBe('Awareness');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(server.batches).toHaveLength(2);
    expect(server.batches[1].operations).toEqual([{ type: 'renameLane', laneId: 'L1', name: 'Doing' }]);
    store.resolveConflict(store.conflicts()[0].id, 'mine');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(server.batches).toHaveLength(2);
    expect(store.saveState()).toBe('saved');
  });
});

describe('splitting refused batches', () => {
  it('resolves the conflicts of one whole operation together', () => {
    const split = splitConflicts([{ type: 'deleteStage', stageId: 'S2' }], [
      { operationIndex: 0, element: { type: 'card', id: 'c2' }, field: null, theirs: null, yours: null, reason: 'changed' },
      { operationIndex: 0, element: { type: 'card', id: 'c4' }, field: null, theirs: null, yours: null, reason: 'changed' },
    ]);
    expect(split.keep).toEqual([]);
    expect(split.conflicts).toHaveLength(2);
    expect(split.conflicts[0].group).not.toBeNull();
    expect(split.conflicts[0].group).toBe(split.conflicts[1].group);
  });

  it('condemns the whole batch when no error names an operation', () => {
    const split = splitInvalid([{ type: 'deleteCard', cardId: 'c1' }], [{ field: 'baseVersion', reason: 'is newer than the map' }], 'Bad');
    expect(split.keep).toEqual([]);
    expect(split.conflicts[0].view.message).toBe('baseVersion: is newer than the map');
  });
});
