import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../core/commands';
import { createEditorStore } from '../core/store';
import { sampleMap } from '../core/test-fixture';
import type { EditorStore } from '../editor/contract';
import { FakeServer } from './fake-server';
import { loadQueue } from './persist';

let server: FakeServer;
const stores: EditorStore[] = [];

function open(map = sampleMap()): EditorStore {
  const store = createEditorStore({ map, canEdit: true, restBase: '/rest', api: server.api, pollIntervalMs: 0 });
  stores.push(store);
  return store;
}

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  server = new FakeServer(sampleMap());
});

afterEach(() => {
  stores.splice(0).forEach((s) => s.dispose());
  vi.useRealTimers();
});

describe('unsent edits survive a reload', () => {
  it('keeps the queue in sessionStorage until the server has it', async () => {
    server.answerNext(() => ({ kind: 'offline' }));
    const store = open();
    store.execute(commands.updateCard(store.map, 'c1', { text: 'typed' }));
    expect(loadQueue(42)?.ops).toEqual([{ type: 'updateCard', cardId: 'c1', fields: { text: 'typed' } }]);
    await vi.advanceTimersByTimeAsync(700);
    expect(loadQueue(42)?.baseVersion).toBe(5);
    await vi.advanceTimersByTimeAsync(1000);
    expect(loadQueue(42)).toBeNull();
  });

  it('restores the edits on a new page load, shows them and sends them', async () => {
    server.answerNext(() => ({ kind: 'offline' }));
    const first = open();
    first.execute(commands.updateCard(first.map, 'c1', { text: 'typed' }));
    first.execute(commands.attachPersona(first.map, { id: 31, spaceKey: 'DS', name: 'Cleo' }));
    await vi.advanceTimersByTimeAsync(700);
    first.dispose(); // the page goes away while offline

    const second = open();
    expect(second.map.cards[0].fields.text).toBe('typed');
    expect(second.map.personas.map((p) => p.name)).toContain('Cleo');
    expect(second.saveState()).toBe('saving');
    await vi.advanceTimersByTimeAsync(700);
    expect(server.batches).toHaveLength(2);
    expect(server.map.cards[0].fields.text).toBe('typed');
    expect(second.saveState()).toBe('saved');
    expect(loadQueue(42)).toBeNull();
  });

  it('sends restored edits against the version they were made on, so the server can merge them', async () => {
    server.answerNext(() => ({ kind: 'offline' }));
    const first = open();
    first.execute(commands.renameLane(first.map, 'L1', 'Doing'));
    await vi.advanceTimersByTimeAsync(700);
    first.dispose();
    server.othersSave([{ type: 'renameStage', stageId: 'S1', name: 'Seeing' }]);

    const second = open(structuredClone(server.map));
    await vi.advanceTimersByTimeAsync(700);
    expect(server.batches[1].baseVersion).toBe(5);
    expect(second.map.stages[0].name).toBe('Seeing');
    expect(second.map.lanes[0].name).toBe('Doing');
  });

  it('ignores a stored queue made against a newer version than the map', () => {
    sessionStorage.setItem('journey-maps:unsaved:42', JSON.stringify({ baseVersion: 9, ops: [{ type: 'deleteCard', cardId: 'c1' }], personas: [] }));
    const store = open();
    expect(store.map.cards[0].id).toBe('c1');
    expect(store.saveState()).toBe('saved');
  });
});
