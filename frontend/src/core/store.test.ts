import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BatchResult } from '../api/maps';
import type { EditorStore, StoreChange } from '../editor/contract';
import { FakeServer } from '../sync/fake-server';
import { commands } from './commands';
import { createEditorStore } from './store';
import { cell, sampleMap } from './test-fixture';

let server: FakeServer;
let store: EditorStore;
let changes: StoreChange[];

function open(canEdit = true): EditorStore {
  const s = createEditorStore({ map: sampleMap(), canEdit, restBase: '/rest/journey-maps/1.0', api: server.api, pollIntervalMs: 0 });
  s.subscribe((c) => changes.push(c));
  return s;
}

function rename(name: string): void {
  store.execute(commands.renameStage(store.map, 'S1', name));
}

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  server = new FakeServer(sampleMap());
  changes = [];
  store = open();
});

afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});

describe('editing and undo', () => {
  it('applies a command at once and notifies the views', () => {
    rename('Seeing');
    expect(store.map.stages[0].name).toBe('Seeing');
    expect(changes).toContainEqual({ kind: 'map' });
    expect(store.saveState()).toBe('saving');
  });

  it('undo applies the inverse and saves it as a new batch; redo does it again', async () => {
    store.execute(commands.deleteCard(store.map, 'c3'));
    await vi.advanceTimersByTimeAsync(700);
    store.undo();
    expect(cell(store.map, 'L1', 's1')).toEqual(['c1', 'c3', 'c7']);
    expect(store.canRedo()).toBe(true);
    await vi.advanceTimersByTimeAsync(700);
    expect(server.batches.map((b) => b.operations[0].type)).toEqual(['deleteCard', 'addCard']);
    expect(cell(server.map, 'L1', 's1')).toEqual(['c1', 'c3', 'c7']);
    store.redo();
    expect(cell(store.map, 'L1', 's1')).toEqual(['c1', 'c7']);
  });

  it('a new command clears redo', () => {
    rename('A');
    store.undo();
    expect(store.canRedo()).toBe(true);
    rename('B');
    expect(store.canRedo()).toBe(false);
    expect(store.canUndo()).toBe(true);
  });

  it('readers cannot edit', () => {
    store.dispose();
    store = open(false);
    rename('X');
    expect(store.map.stages[0].name).toBe('Awareness');
    expect(store.canUndo()).toBe(false);
  });
});

describe('saving', () => {
  it('sends many quick edits as one batch after the save delay', async () => {
    for (const name of ['A', 'Ab', 'Abc']) {
      rename(name);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(server.batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(server.batches).toHaveLength(1);
    expect(server.batches[0].baseVersion).toBe(5);
    expect(server.batches[0].operations).toHaveLength(3);
    expect(store.saveState()).toBe('saved');
    expect(store.map.version).toBe(6);
    expect(changes).toContainEqual({ kind: 'save', state: 'saved' });
  });

  it('edits made while a batch is in flight wait for the next batch, based on the new version', async () => {
    let release: (r: BatchResult) => void = () => {};
    server.answerNext(() => new Promise((resolve) => { release = resolve; }));
    rename('A');
    await vi.advanceTimersByTimeAsync(700);
    rename('B');
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.batches).toHaveLength(1);
    release(server.store(server.batches[0].operations));
    await vi.advanceTimersByTimeAsync(0);
    expect(server.batches).toHaveLength(2);
    expect(server.batches[1]).toEqual({ baseVersion: 6, operations: [{ type: 'renameStage', stageId: 'S1', name: 'B' }] });
    expect(server.map.stages[0].name).toBe('B');
    expect(store.saveState()).toBe('saved');
  });

  it('goes offline on network errors, retries with growing pauses and loses nothing', async () => {
    server.answerNext(() => ({ kind: 'offline' }));
    server.answerNext(() => ({ kind: 'offline' }));
    rename('A');
    await vi.advanceTimersByTimeAsync(700);
    expect(store.saveState()).toBe('offline');
    store.execute(commands.updateCard(store.map, 'c1', { text: 'typed offline' }));
    await vi.advanceTimersByTimeAsync(999);
    expect(server.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.batches).toHaveLength(2); // first retry after 1 s fails again
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.batches).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.batches).toHaveLength(3); // second retry after 2 s succeeds
    expect(server.batches[2].operations.map((o) => o.type)).toEqual(['renameStage', 'updateCard']);
    expect(server.map.cards[0].fields.text).toBe('typed offline');
    expect(store.saveState()).toBe('saved');
    expect(sessionStorage.length).toBe(0);
  });

  it('caps the retry pause at about ten seconds', async () => {
    for (let i = 0; i < 8; i++) {
      server.answerNext(() => ({ kind: 'offline' }));
    }
    rename('A');
    await vi.advanceTimersByTimeAsync(700 + 1000 + 2000 + 4000 + 8000);
    expect(server.batches).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.batches).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.batches).toHaveLength(7);
  });

  it('retries a busy server (503) after Retry-After', async () => {
    server.answerNext(() => ({ kind: 'retry', status: 503, retryAfterMs: 3000 }));
    rename('A');
    await vi.advanceTimersByTimeAsync(700);
    expect(store.saveState()).toBe('offline');
    await vi.advanceTimersByTimeAsync(2999);
    expect(server.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.batches).toHaveLength(2);
    expect(store.saveState()).toBe('saved');
  });

  it('merges others\' changes after saving when they saved in between', async () => {
    server.othersSave([{ type: 'renameLane', laneId: 'L1', name: 'Doing' }]);
    rename('A');
    await vi.advanceTimersByTimeAsync(700);
    expect(server.api.getMap).toHaveBeenCalledTimes(1);
    expect(store.map.lanes[0].name).toBe('Doing');
    expect(store.map.stages[0].name).toBe('A');
    expect(store.map.version).toBe(7);
  });
});

describe('a map the server stored (restore)', () => {
  it('shows it as the current version, not as an undoable edit', async () => {
    rename('Mine');
    await vi.advanceTimersByTimeAsync(700);
    const restored = { ...structuredClone(server.map), version: server.map.version + 1 };
    restored.stages[0].name = 'Restored';
    server.map = structuredClone(restored);
    store.loadServerMap!(restored);
    expect(store.map.stages[0].name).toBe('Restored');
    expect(store.map.version).toBe(restored.version);
    expect(store.canUndo()).toBe(false);
    expect(store.saveState()).toBe('saved');
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.batches).toHaveLength(1);
  });

  it('keeps unsent edits on top and saves them against the restored version', async () => {
    const restored = { ...structuredClone(server.map), version: server.map.version + 1 };
    server.map = structuredClone(restored);
    rename('Typed meanwhile');
    store.loadServerMap!(restored);
    expect(store.map.stages[0].name).toBe('Typed meanwhile');
    await vi.advanceTimersByTimeAsync(700);
    expect(server.batches[0].baseVersion).toBe(restored.version);
  });

  it('ignores a map older than the one shown', () => {
    const old = { ...structuredClone(server.map), version: 0, title: 'Old' };
    store.loadServerMap!(old);
    expect(store.map.title).not.toBe('Old');
  });
});
